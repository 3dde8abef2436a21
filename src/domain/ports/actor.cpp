// Canonical role keys, in the order of the Role enum.
#include "domain/ports/actor.hpp"

#include <array>

namespace steward::domain {
namespace {

constexpr std::array<std::string_view, kRoleCount> kRoleKeys = {
    "governing_body",
    "trust_board",
    "chair_of_governors",
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
};

}  // namespace

std::string_view RoleKey(Role role) { return kRoleKeys.at(static_cast<size_t>(role)); }

std::optional<Role> ParseRole(std::string_view key) {
    for (size_t index = 0; index < kRoleKeys.size(); ++index) {
        if (kRoleKeys[index] == key) return static_cast<Role>(index);
    }
    return std::nullopt;
}

}  // namespace steward::domain
