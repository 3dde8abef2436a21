// StoreAuthenticator: the Authenticator that reads server-side sessions from the Store
// (sessions table, only token hashes kept). Also makes the CSRF token of a session, which is
// derived from the session token so that GET /api/me can hand it back without storing it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "api/auth/api_environment.hpp"
#include "api/server/authenticator.hpp"
#include "domain/access/session_lookup.hpp"

namespace steward::api {

// Returns the CSRF token that belongs to a session token: SHA-256 over a label and the token,
// as hex. Whoever can read it already holds the session cookie.
std::string CsrfTokenFor(std::string_view session_token);

// Returns the Principal for a signed-in session (roles as keys, trust roles with trust_id).
Principal PrincipalFrom(const domain::SignedIn& signed_in);

class StoreAuthenticator : public Authenticator {
  public:
    // `environment` must outlive the authenticator.
    explicit StoreAuthenticator(ApiEnvironment& environment) : environment_(environment) {}

    // Looks the session up; extends its idle expiry (never past the absolute limit) at most once
    // a minute, so that most requests only read. Thread-safe. Never logs the token.
    core::Result<std::optional<Principal>> Authenticate(std::string_view session_token) override;

  private:
    core::Status Extend(const domain::Session& session);

    ApiEnvironment& environment_;
};

}  // namespace steward::api
