// Actor: who is acting (person, canonical role, school), as every workflow and audit event sees it.
// Role: the 16 canonical roles of REQUIREMENTS section 0.4 (policies/SCHEMA.md "Roles").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace steward::domain {

enum class Role {
    kGoverningBody,
    kTrustBoard,
    kChairOfGovernors,
    kHeadteacher,
    kSeniorLeadershipTeam,
    kLineManager,
    kHeadOfDepartment,
    kCommunicationsLead,
    kOnlineSafetyOfficer,
    kDpo,
    kDsl,
    kItManager,
    kIctTechnician,
    kAccountAdministrator,
    kAccountModerator,
    kTeacher,
};

inline constexpr int kRoleCount = 16;

// Returns the canonical key, e.g. "headteacher", as used in policy packs and the database.
std::string_view RoleKey(Role role);

// Returns the role for a canonical key, or nullopt when the key is not one of the 16.
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
