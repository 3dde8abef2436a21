// One compiled ScanPlan per distinct rule set, shared by every screener built from it.
//
// A screener's Hyperscan databases depend only on its rules (the lexicons plus the school's own
// additions and allowances), never on its roster or contacts. Schools that use the shipped
// lexicons, and every reload of a school whose words did not change, therefore share one plan:
// compiled once (about 2 s and 11 MB for the shipped lexicons) instead of once per school.
// The cache holds weak references: a plan is freed when the last screener using it goes.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "screening/scan_plan.hpp"

namespace steward::screening {

struct Rule;

// Everything about `rules` that ScanPlan::Build reads, as one string (the cache key).
std::string PlanKey(const std::vector<Rule>& rules);

// The plan for `rules`: the cached one if a live plan was built from the same rules, otherwise
// ScanPlan::Build's (then cached). Thread-safe; two threads that miss at once may both compile,
// and the first to finish is kept.
core::Result<std::shared_ptr<const ScanPlan>> SharedPlan(const std::vector<Rule>& rules);

// How many plans were compiled by SharedPlan since the process started (tests, benchmarks).
std::size_t PlansCompiled();

}  // namespace steward::screening
