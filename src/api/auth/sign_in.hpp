// Signing in and out against the Store: password check (argon2id), login throttle per account
// and per address, server-side session creation and removal, every outcome audited without
// passwords or tokens. Used by handlers/session.cpp.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "api/auth/api_environment.hpp"
#include "api/server/principal.hpp"
#include "core/result.hpp"

namespace steward::api {

struct NewSession {
    std::string token;       // goes in the cookie only; never stored or logged
    std::string csrf_token;  // returned in the body for the X-CSRF-Token header
    Principal principal;
};

struct SignInOutcome {
    core::Result<NewSession> session = core::Error{core::ErrorCode::kUnauthenticated, "", ""};
    std::chrono::seconds retry_after{0};  // > 0 when the throttle refused the attempt (429)
};

// Checks `password` for `username`. kUnauthenticated with one message for every wrong
// username, password, disabled account or person who left (no user enumeration; an unknown name
// costs the same hashing). Throttled attempts come back with retry_after > 0.
SignInOutcome SignIn(ApiEnvironment& environment, std::string_view username,
                     std::string_view password, std::string_view address);

// Ends the session of `principal` on the server and audits it. OK if it had already ended.
core::Status SignOut(ApiEnvironment& environment, const Principal& principal);

}  // namespace steward::api
