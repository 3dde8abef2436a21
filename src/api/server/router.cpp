#include "api/server/router.hpp"

#include <algorithm>
#include <limits>

#include "core/check.hpp"

namespace steward::api {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
    std::vector<std::string_view> parts;
    if (path.empty() || path.front() != '/') return parts;
    path.remove_prefix(1);
    while (true) {
        const auto slash = path.find('/');
        parts.push_back(path.substr(0, slash));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return parts;
}

bool IsParameter(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Returns the number of parameter segments used, or nullopt if `route` does not match.
std::optional<int> MatchSegments(const Route& route, const std::vector<std::string_view>& parts,
                                 PathParams* params) {
    if (route.segments.size() != parts.size()) return std::nullopt;
    int parameters = 0;
    PathParams found;
    for (std::size_t index = 0; index < parts.size(); ++index) {
        const std::string& segment = route.segments[index];
        if (IsParameter(segment)) {
            if (parts[index].empty()) return std::nullopt;
            found.emplace_back(segment.substr(1, segment.size() - 2), std::string(parts[index]));
            ++parameters;
        } else if (segment != parts[index]) {
            return std::nullopt;
        }
    }
    if (params != nullptr) *params = std::move(found);
    return parameters;
}

}  // namespace

void Router::Add(Method method, std::string_view pattern, RouteInfo info, Handler handler) {
    STEWARD_CHECK(!pattern.empty() && pattern.front() == '/');
    STEWARD_CHECK(handler != nullptr);
    for (const Route& existing : routes_) {
        STEWARD_CHECK(!(existing.method == method && existing.pattern == pattern));
    }
    Route route{method, std::string(pattern), {}, std::move(info), std::move(handler)};
    for (std::string_view segment : Split(pattern)) {
        const bool braces = segment.find_first_of("{}") != std::string_view::npos;
        STEWARD_CHECK(!braces || IsParameter(segment));
        route.segments.emplace_back(segment);
    }
    largest_body_limit_ = std::max(largest_body_limit_, route.info.max_body_bytes.value_or(0));
    routes_.push_back(std::move(route));
}

std::size_t Router::BodyLimit(Method method, std::string_view path,
                              std::size_t server_limit) const {
    if (largest_body_limit_ == 0) return server_limit;
    const RouteMatch match = Match(method, path);
    if (match.route == nullptr || !match.route->info.max_body_bytes) return server_limit;
    return *match.route->info.max_body_bytes;
}

RouteMatch Router::Match(Method method, std::string_view path) const {
    const auto parts = Split(path);
    RouteMatch match;
    int best = std::numeric_limits<int>::max();
    for (const Route& route : routes_) {
        PathParams params;
        const auto parameters = MatchSegments(route, parts, &params);
        if (!parameters) continue;
        if (route.method != method) {
            if (std::find(match.allowed.begin(), match.allowed.end(), route.method) ==
                match.allowed.end()) {
                match.allowed.push_back(route.method);
            }
            continue;
        }
        if (*parameters < best) {
            best = *parameters;
            match.route = &route;
            match.params = std::move(params);
        }
    }
    if (match.route != nullptr) match.allowed.clear();
    return match;
}

}  // namespace steward::api
