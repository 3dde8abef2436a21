// The session cookie: its name, the Set-Cookie values that set and clear it, and reading one
// cookie out of a Cookie header. No Beast types.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace steward::api {

inline constexpr std::string_view kSessionCookieName = "steward_session";

// Returns the Set-Cookie value for a session token: HttpOnly, Secure, SameSite=Strict, Path=/,
// and Max-Age when `max_age` is positive (else a browser-session cookie).
std::string SessionCookie(std::string_view token, std::chrono::seconds max_age);

// Returns the Set-Cookie value that makes the browser drop the session cookie.
std::string ClearSessionCookie();

// Returns the value of cookie `name` in a Cookie request header ("a=1; b=2"), or nullopt.
std::optional<std::string_view> FindCookie(std::string_view cookie_header, std::string_view name);

}  // namespace steward::api
