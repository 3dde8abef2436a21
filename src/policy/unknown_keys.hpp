// Finds keys and tables a pack contains that the schema does not know, suggesting the nearest
// known key ("did you mean posts.approver_roles?"). Internal to policy.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "policy/schema.hpp"

namespace steward::policy {

// Reports every unknown key, every known table written as a plain value, unknown keys inside
// [roles.titles] (not a canonical role) and inside [incidents.routes] / [incidents.route_policies]
// (not an incident type). Does not descend into unknown tables.
void CheckUnknownKeys(const toml::table& root, ReadContext& context);

// Returns the known key or table path closest to `path` if it is close enough to be a likely
// typo, or the key with the same last part in another table; otherwise nullopt.
std::optional<std::string> NearestKnownPath(std::string_view path);

}  // namespace steward::policy
