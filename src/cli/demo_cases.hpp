// The demo's cases: each demo school with staff gets two concerns reported by one of its staff
// and routed by its own policy pack (a pupil's online behaviour, already triaged by its owner,
// and a negative post about the school), plus one follower request awaiting vetting.
// Entry point: SeedDemoCases().
#pragma once

#include "api/auth/api_environment.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::cli {

// Opens the demo cases through the cases workflow (routed, audited). Schools without people are
// skipped. Returns the store's or the workflow's error, if any.
core::Status SeedDemoCases(domain::Store& store, const core::Clock& clock,
                           const api::PolicyCatalogue& packs);

}  // namespace steward::cli
