// Canonical role names and readable fallbacks for display.
#include "policy/role.hpp"

namespace steward::policy {

std::array<Role, kCanonicalRoleCount> CanonicalRoles() {
    std::array<Role, kCanonicalRoleCount> roles{};
    for (std::size_t index = 0; index < kCanonicalRoleCount; ++index) {
        roles[index] = static_cast<Role>(index);
    }
    return roles;
}

std::string_view ReadableRoleName(Role role) {
    static constexpr std::array<std::string_view, 19> kReadable = {
        "Governing body",
        "Chair of governors",
        "Trust board",
        "Headteacher",
        "Senior leadership team",
        "Line manager",
        "Head of department",
        "Communications lead",
        "Online safety officer",
        "Data protection officer (DPO)",
        "Designated safeguarding lead (DSL)",
        "IT manager",
        "ICT technician",
        "Account administrator",
        "Account moderator",
        "Teacher",
        "No one",
        "The requester",
        "The person named on the account's approval form",
    };
    return kReadable[static_cast<std::size_t>(role)];
}

}  // namespace steward::policy
