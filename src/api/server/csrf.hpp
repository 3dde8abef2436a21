// CSRF defence for cookie sessions: a state-changing request under /api from a signed-in
// session must carry the session's CSRF token in X-CSRF-Token; the server compares its hash
// with the hash stored with the session (double submit against a server-side secret).
#pragma once

#include <string_view>

#include "api/server/http_types.hpp"
#include "api/server/principal.hpp"
#include "core/result.hpp"

namespace steward::api {

inline constexpr std::string_view kCsrfHeaderName = "x-csrf-token";

// Returns true if `request` needs a CSRF token: POST, PUT, PATCH or DELETE under /api/.
bool NeedsCsrfToken(const Request& request);

// Returns OkStatus() if the request's X-CSRF-Token hashes to principal.csrf_token_hash, else
// kPermissionDenied with a message that says to reload the page.
core::Status CheckCsrfToken(const Request& request, const Principal& principal);

}  // namespace steward::api
