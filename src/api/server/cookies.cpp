#include "api/server/cookies.hpp"

namespace steward::api {
namespace {

std::string_view Trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

}  // namespace

std::string SessionCookie(std::string_view token, std::chrono::seconds max_age) {
    std::string cookie = std::string(kSessionCookieName) + "=" + std::string(token) +
                         "; HttpOnly; Secure; SameSite=Strict; Path=/";
    if (max_age.count() > 0) cookie += "; Max-Age=" + std::to_string(max_age.count());
    return cookie;
}

std::string ClearSessionCookie() {
    return std::string(kSessionCookieName) +
           "=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0";
}

std::optional<std::string_view> FindCookie(std::string_view cookie_header, std::string_view name) {
    while (!cookie_header.empty()) {
        const auto semicolon = cookie_header.find(';');
        const std::string_view pair = Trim(cookie_header.substr(0, semicolon));
        const auto equals = pair.find('=');
        if (equals != std::string_view::npos && Trim(pair.substr(0, equals)) == name) {
            std::string_view value = Trim(pair.substr(equals + 1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
                value = value.substr(1, value.size() - 2);
            }
            return value;
        }
        if (semicolon == std::string_view::npos) break;
        cookie_header.remove_prefix(semicolon + 1);
    }
    return std::nullopt;
}

}  // namespace steward::api
