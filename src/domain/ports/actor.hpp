// Actor: who is acting (person, canonical role, school), as every workflow and audit event sees it.
// Role: the 16 canonical roles of REQUIREMENTS section 0.4, as policy/role.hpp defines them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "policy/role.hpp"

namespace steward::domain {

// The canonical roles are the policy library's: one enum for packs, workflows and the database.
using Role = policy::Role;
using policy::RoleKey;  // canonical key, e.g. "headteacher", as in policy packs and the database

inline constexpr int kRoleCount = static_cast<int>(policy::kCanonicalRoleCount);

// Returns the role for a canonical key, or nullopt when the key is not one of the 16 (the special
// values none/requester/named_per_account are not roles a person can hold).
std::optional<Role> ParseRole(std::string_view key);

// Who performs a use case. `person_id` is empty for the system itself (imports, schedulers).
// `school_id` is the tenant the action is for; empty for trust-wide or system actions.
struct Actor {
    std::string person_id;
    std::optional<Role> role;
    std::string school_id;

    // Returns an actor for work the system does on its own (migrations, seed data, schedulers).
    static Actor System(std::string school_id = {}) {
        return Actor{"system", std::nullopt, std::move(school_id)};
    }
};

}  // namespace steward::domain
