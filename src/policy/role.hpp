// The 16 canonical roles of policies/SCHEMA.md plus the special values some keys allow
// (none, requester, named_per_account). Entry points: Role, RoleKey(), ParseRole(),
// ReadableRoleName().
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "policy/enum_names.hpp"

namespace steward::policy {

enum class Role {
    kGoverningBody,
    kChairOfGovernors,
    kTrustBoard,
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
    // Special values, valid only where a key allows them.
    kNone,             // no such step
    kRequester,        // the person who submitted the request
    kNamedPerAccount,  // the person named on the account's approval form
};

inline constexpr std::size_t kCanonicalRoleCount = 16;

template <>
struct EnumTraits<Role> {
    static constexpr std::array<std::string_view, 19> kNames = {"governing_body",
                                                                "chair_of_governors",
                                                                "trust_board",
                                                                "headteacher",
                                                                "senior_leadership_team",
                                                                "line_manager",
                                                                "head_of_department",
                                                                "communications_lead",
                                                                "online_safety_officer",
                                                                "dpo",
                                                                "dsl",
                                                                "it_manager",
                                                                "ict_technician",
                                                                "account_administrator",
                                                                "account_moderator",
                                                                "teacher",
                                                                "none",
                                                                "requester",
                                                                "named_per_account"};
};

// Returns true for the 16 canonical roles, false for none/requester/named_per_account.
constexpr bool IsCanonical(Role role) {
    return static_cast<std::size_t>(role) < kCanonicalRoleCount;
}

// Returns the canonical key, e.g. "chair_of_governors" (or "none" for the special values).
constexpr std::string_view RoleKey(Role role) { return EnumName(role); }

// Returns the role spelled `key` exactly (canonical or special), or nullopt.
constexpr std::optional<Role> ParseRole(std::string_view key) { return ParseEnum<Role>(key); }

// Returns every canonical role in declaration order.
std::array<Role, kCanonicalRoleCount> CanonicalRoles();

// Returns a readable name for a role when the pack gives no local title, e.g.
// "Designated safeguarding lead (DSL)" for kDsl, "Chair of governors" for kChairOfGovernors.
std::string_view ReadableRoleName(Role role);

}  // namespace steward::policy
