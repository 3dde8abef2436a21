// ImportRoster: replaces a school's pupil roster in one transaction (all or nothing).
#pragma once

#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/access/pupil.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Makes `pupils` the school's roster: adds new ids, updates changed ones, marks pupils missing
// from the import off roll (kept, since consent and posts refer to them). Validates every pupil
// first; kInvalidInput names the first bad one by its position and field ("pupil 14: year_group"),
// never by name, and nothing is written. kNotFound for an unknown school, kPermissionDenied
// unless the actor may administer the school. One audit event records the counts.
core::Result<RosterImportSummary> ImportRoster(Store& store, const core::Clock& clock,
                                               const Actor& actor, std::string_view school_id,
                                               const std::vector<Pupil>& pupils);

// Returns OK when `year_group` is "N", "R" or "1".."13".
bool IsYearGroup(std::string_view year_group);

}  // namespace steward::domain
