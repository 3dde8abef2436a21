// Role titles, alias resolution (ORG-05) and incident routes over a loaded PolicyPack.
#include "policy/policy_pack.hpp"

#include <algorithm>
#include <cctype>

namespace steward::policy {
namespace {

std::string_view Trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

bool EqualsIgnoringCase(std::string_view left, std::string_view right) {
    return std::equal(left.begin(), left.end(), right.begin(), right.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    });
}

}  // namespace

std::string RoleTitle(const RolesSection& roles, Role role) {
    if (IsCanonical(role)) {
        const std::string& title = roles.titles[static_cast<std::size_t>(role)];
        if (!title.empty()) return title;
    }
    return std::string(ReadableRoleName(role));
}

std::optional<Role> ResolveRoleName(const RolesSection& roles, std::string_view name) {
    const std::string_view wanted = Trim(name);
    if (wanted.empty()) return std::nullopt;
    if (auto role = ParseRole(wanted); role && IsCanonical(*role)) return role;
    for (const std::string& alias : roles.headteacher_aliases) {
        if (EqualsIgnoringCase(Trim(alias), wanted)) return Role::kHeadteacher;
    }
    std::optional<Role> found;
    for (Role role : CanonicalRoles()) {
        const std::string& title = roles.titles[static_cast<std::size_t>(role)];
        if (title.empty() || !EqualsIgnoringCase(Trim(title), wanted)) continue;
        if (found) return std::nullopt;  // two roles share this title: refuse to guess
        found = role;
    }
    return found;
}

bool IsRolePresent(const RolesSection& roles, Role role) {
    if (!IsCanonical(role)) return true;
    return std::find(roles.present.begin(), roles.present.end(), role) != roles.present.end();
}

Role IncidentRoute(const IncidentsSection& incidents, IncidentType type) {
    return incidents.routes[static_cast<std::size_t>(type)];
}

const std::string& IncidentRoutePolicy(const IncidentsSection& incidents, IncidentType type) {
    return incidents.route_policies[static_cast<std::size_t>(type)];
}

bool IsSilentDefault(const PolicyPack& pack, std::string_view dotted_key) {
    const auto matches = [dotted_key](const std::string& key) { return key == dotted_key; };
    return std::any_of(pack.meta.defaulted_keys.begin(), pack.meta.defaulted_keys.end(), matches) ||
           std::any_of(pack.omitted_keys.begin(), pack.omitted_keys.end(), matches);
}

}  // namespace steward::policy
