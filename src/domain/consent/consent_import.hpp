// Consent import, all or nothing (issue 4 item 1): what every row is checked against (the roster
// and the register as they stand) and the one-transaction write. The CSV itself is read by
// formats/consent_csv.hpp, which reports every bad row by line; ConsentImportBasis::Problem()
// is its per-row check against the register. Entry points: LoadConsentImportBasis(), ImportConsent().
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/pupil.hpp"
#include "domain/consent/consent_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// The roster and register an import file is checked against.
class ConsentImportBasis {
  public:
    ConsentImportBasis(std::vector<Pupil> roster, const std::vector<ConsentRecord>& register_records,
                       Date today);

    // Returns "" when `record` may be imported, else the rule it breaks (for the row's message):
    // a pupil not on roll, a decision for its pupil, year and platform already in the register, or a year more than
    // one ahead of today's.
    std::string Problem(const ConsentRecord& record) const;

    const std::vector<Pupil>& roster() const { return roster_; }
    Date today() const { return today_; }

  private:
    std::vector<Pupil> roster_;
    std::set<std::tuple<std::string, int, int>> existing_;  // (pupil, year, platform)
    std::set<std::string, std::less<>> roster_ids_;
    Date today_;
};

// Reads the school's roster (pupils on roll) and register. kPermissionDenied without
// kRecordConsent, kNotFound for an unknown school.
core::Result<ConsentImportBasis> LoadConsentImportBasis(Store& store, const core::Clock& clock,
                                                        const Actor& actor,
                                                        std::string_view school_id);

struct ConsentImportSummary {
    int records = 0;    // rows added
    int pupils = 0;     // distinct pupils among them
    int withdrawn = 0;  // rows that carried a withdrawal date
};

// Adds `records` (parsed and checked against a basis) to the register in one transaction with
// one audit event; re-checks them against the register inside it, so nothing is half-imported.
// Imported rows get method "import" and recorded_by the actor. kConflict when the register
// changed since the check, kPermissionDenied, kNotFound (school), or the store's error.
core::Result<ConsentImportSummary> ImportConsent(Store& store, const core::Clock& clock,
                                                 const Actor& actor, std::string_view school_id,
                                                 std::vector<ConsentRecord> records);

}  // namespace steward::domain
