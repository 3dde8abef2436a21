// Demo consent: each demo school gets last year's and this year's decisions for most pupils
// (some left without a decision for the annual collection), one amendment, one withdrawal and
// one do-not-publish pupil, all through the consent use cases. Entry point: SeedDemoConsent().
#pragma once

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::cli {

// Seeds consent for every school that has pupils and no consent records yet. Errors come from
// the store or the use cases.
core::Status SeedDemoConsent(domain::Store& store, const core::Clock& clock);

}  // namespace steward::cli
