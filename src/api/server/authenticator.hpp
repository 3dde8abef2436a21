// Authenticator: the port through which the server turns a session cookie into a Principal.
// The store-backed implementation (sessions kept in the database) plugs in here; the server
// only knows this interface. No Beast or Asio types, so non-api code may include it.
#pragma once

#include <optional>
#include <string_view>

#include "api/server/principal.hpp"
#include "core/result.hpp"

namespace steward::api {

class Authenticator {
  public:
    virtual ~Authenticator() = default;

    // Returns the principal whose live session the cookie value `session_token` names, or
    // nullopt if none does (unknown, expired or revoked). Returns an Error only when the lookup
    // itself failed (kUnavailable for a database outage). Blocking: the server calls it on a
    // worker thread through RunBlocking. Must be thread-safe. Never logs the token.
    virtual core::Result<std::optional<Principal>> Authenticate(std::string_view session_token) = 0;
};

}  // namespace steward::api
