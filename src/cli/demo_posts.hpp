// The demo's official accounts: each demo school gets a Facebook and an Instagram account whose
// administrators are its communications lead and account administrators (else its headteacher)
// and whose moderators are its account moderators. Entry point: SeedDemoAccounts().
#pragma once

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::cli {

// Registers the demo accounts through RegisterAccount (audited). Schools with nobody to run an
// account are skipped. Returns the store's error, if any.
core::Status SeedDemoAccounts(domain::Store& store, const core::Clock& clock);

}  // namespace steward::cli
