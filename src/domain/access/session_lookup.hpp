// LookUpSession: from a session token's hash to who is signed in (user, person, roles), for the
// server's authentication step. The caller hashes the token (security/tokens.hpp).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

struct SignedIn {
    UserAccount user;
    std::optional<Person> person;       // none for accounts not tied to a person
    std::vector<RoleAssignment> roles;  // the person's roles, empty without a person
    Session session;
};

// Returns who holds the session `token_hash` at `now`. kUnauthenticated (one message for every
// case, so that callers cannot tell them apart) when the session is unknown or expired, the
// account is missing or disabled, or the person has left or is suspended.
core::Result<SignedIn> LookUpSession(Tx& tx, std::string_view token_hash, core::TimePoint now);

}  // namespace steward::domain
