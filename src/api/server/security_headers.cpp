#include "api/server/security_headers.hpp"

#include <algorithm>
#include <string_view>

namespace steward::api {
namespace {

void AddIfMissing(Response& response, std::string_view name, std::string_view value) {
    const bool present = std::any_of(response.headers.begin(), response.headers.end(),
                                     [&](const auto& header) { return header.first == name; });
    if (!present) response.headers.emplace_back(std::string(name), std::string(value));
}

}  // namespace

void AddSecurityHeaders(Response& response) {
    AddIfMissing(response, "content-security-policy", kContentSecurityPolicy);
    AddIfMissing(response, "x-content-type-options", "nosniff");
    AddIfMissing(response, "referrer-policy", "no-referrer");
    AddIfMissing(response, "x-frame-options", "DENY");
    AddIfMissing(response, "cross-origin-opener-policy", "same-origin");
}

}  // namespace steward::api
