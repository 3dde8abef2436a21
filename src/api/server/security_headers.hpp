// Security headers that every response carries: a Content-Security-Policy without
// 'unsafe-inline' (scripts, styles, fonts and images only from Steward itself), no MIME sniffing,
// no referrer leaving the site, and no framing (clickjacking).
#pragma once

#include "api/server/http_types.hpp"

namespace steward::api {

// The Content-Security-Policy value sent with every response.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

// Adds the security headers to `response` unless it already carries them.
void AddSecurityHeaders(Response& response);

}  // namespace steward::api
