#include "api/server/metrics.hpp"

#include <sstream>

namespace steward::api {
namespace {

// Escapes a label value: backslash, double quote and newline (Prometheus text format).
std::string Escape(std::string_view value) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

void Metrics::Record(std::string_view method, std::string_view route, int status,
                     std::chrono::nanoseconds latency) {
    const double seconds = std::chrono::duration<double>(latency).count();
    std::lock_guard lock(mutex_);
    ++counts_[Key{std::string(method), std::string(route), status}];
    for (std::size_t index = 0; index < kBucketSeconds.size(); ++index) {
        if (seconds <= kBucketSeconds[index]) ++buckets_[index];
    }
    latency_sum_ += seconds;
    ++latency_count_;
}

std::string Metrics::RenderPrometheus() const {
    std::ostringstream out;
    out << "# HELP steward_http_requests_total HTTP requests answered, by route and status.\n"
        << "# TYPE steward_http_requests_total counter\n";
    std::lock_guard lock(mutex_);
    for (const auto& [key, count] : counts_) {
        const auto& [method, route, status] = key;
        out << "steward_http_requests_total{method=\"" << Escape(method) << "\",route=\""
            << Escape(route) << "\",status=\"" << status << "\"} " << count << "\n";
    }
    out << "# HELP steward_http_request_duration_seconds Time from a request's last byte to its "
           "response.\n"
        << "# TYPE steward_http_request_duration_seconds histogram\n";
    for (std::size_t index = 0; index < kBucketSeconds.size(); ++index) {
        out << "steward_http_request_duration_seconds_bucket{le=\"" << kBucketSeconds[index]
            << "\"} " << buckets_[index] << "\n";
    }
    out << "steward_http_request_duration_seconds_bucket{le=\"+Inf\"} " << latency_count_ << "\n"
        << "steward_http_request_duration_seconds_sum " << latency_sum_ << "\n"
        << "steward_http_request_duration_seconds_count " << latency_count_ << "\n"
        << "# HELP steward_http_requests_in_flight Requests being handled now.\n"
        << "# TYPE steward_http_requests_in_flight gauge\n"
        << "steward_http_requests_in_flight " << in_flight_.load() << "\n"
        << "# HELP steward_http_connections_open Client connections open now.\n"
        << "# TYPE steward_http_connections_open gauge\n"
        << "steward_http_connections_open " << connections_.load() << "\n"
        << "# HELP steward_http_connections_refused_total Connections refused at the limit.\n"
        << "# TYPE steward_http_connections_refused_total counter\n"
        << "steward_http_connections_refused_total " << refused_.load() << "\n";
    return out.str();
}

}  // namespace steward::api
