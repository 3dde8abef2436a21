// Checks that span several keys: meta.school_id against the file name, and every referenced role
// listed in roles.present (ORG-07). Run after every key was read. Internal to policy.
#pragma once

#include <string_view>

#include "policy/schema.hpp"

namespace steward::policy {

// Reports meta.school_id when it differs from the stem of `file_name` ("clarendon" for
// "policies/clarendon.toml"). Does nothing if `file_name` is empty or the id is missing.
void CheckSchoolId(const toml::table& root, std::string_view file_name, ReadContext& context);

// Req: ORG-07. Reports every role that a role key (chains, routes, owners, roles.named_in_policy)
// holds, explicitly or by default, but that roles.present does not list. Skipped when
// roles.present itself is missing or invalid.
void CheckRolesPresent(const toml::table& root, ReadContext& context);

}  // namespace steward::policy
