// Metrics: request counters by route and status, a latency histogram and the in-flight gauge,
// rendered in the Prometheus text format for GET /metrics. Thread-safe.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace steward::api {

class Metrics {
  public:
    // Upper bounds of the latency histogram buckets, in seconds (+Inf is implicit).
    static constexpr std::array<double, 12> kBucketSeconds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,   0.25,   0.5,   1.0,  2.5,   5.0};

    // Counts one finished request. `route` is the matched pattern ("/api/schools/{school_id}"),
    // never the raw path, so that the number of series stays bounded; "unmatched" otherwise.
    void Record(std::string_view method, std::string_view route, int status,
                std::chrono::nanoseconds latency);

    void RequestStarted() { in_flight_.fetch_add(1, std::memory_order_relaxed); }
    void RequestFinished() { in_flight_.fetch_sub(1, std::memory_order_relaxed); }
    void ConnectionOpened() { connections_.fetch_add(1, std::memory_order_relaxed); }
    void ConnectionClosed() { connections_.fetch_sub(1, std::memory_order_relaxed); }
    void ConnectionRefused() { refused_.fetch_add(1, std::memory_order_relaxed); }

    // Returns the Prometheus text exposition (format 0.0.4).
    std::string RenderPrometheus() const;

  private:
    using Key = std::tuple<std::string, std::string, int>;  // method, route, status

    mutable std::mutex mutex_;  // guards counts_, buckets_, latency_sum_, latency_count_
    std::map<Key, std::uint64_t> counts_;
    std::array<std::uint64_t, kBucketSeconds.size()> buckets_{};
    double latency_sum_ = 0;
    std::uint64_t latency_count_ = 0;

    std::atomic<std::int64_t> in_flight_{0};
    std::atomic<std::int64_t> connections_{0};
    std::atomic<std::uint64_t> refused_{0};
};

}  // namespace steward::api
