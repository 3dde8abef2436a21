// RolesWithoutHolder: the ORG-07 check that every role a policy pack lists in roles.present has
// at least one active holder at the school (or across its trust).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Returns the roles of `present`, in order, that no active person holds at `school_id` or across
// its trust. `line_manager` and `head_of_department` are per person (ORG-06), so they are never
// reported. Returns the store's error when a read fails.
core::Result<std::vector<Role>> RolesWithoutHolder(Tx& tx, std::string_view school_id,
                                                   std::span<const Role> present);

}  // namespace steward::domain
