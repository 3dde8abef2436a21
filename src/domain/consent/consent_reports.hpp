// The annual collection list and coverage per year group (issue 4 item 1, CON-01, CON-03,
// CON-04). Entry points: MissingConsent(), ConsentCoverage().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/pupil.hpp"
#include "domain/consent/consent_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

struct YearGroupMissing {
    std::string year_group;
    std::vector<Pupil> pupils;  // on roll, no decision for the year, ordered by pupil id
};

struct MissingConsentReport {
    AcademicYear academic_year;
    std::vector<YearGroupMissing> year_groups;  // N, R, 1..13, then others; only non-empty groups
    int total = 0;
};

// Returns the pupils on roll with no decision at all for `year` (default: the current academic
// year), grouped by year group, and audits the view (the list names pupils). kPermissionDenied
// without kViewConsent.
core::Result<MissingConsentReport> MissingConsent(Tx& tx, const Actor& actor,
                                                  const core::Clock& clock,
                                                  std::string_view school_id,
                                                  std::optional<AcademicYear> year);

struct YearGroupCoverage {
    std::string year_group;
    int pupils = 0;          // on roll
    int with_decision = 0;   // with at least one record for the year
    int image_allowed = 0;   // not on the do-not-publish list, and a current, unwithdrawn record
                             // for the year allows images on at least one platform
};

struct ConsentCoverageReport {
    AcademicYear academic_year;
    std::vector<YearGroupCoverage> year_groups;  // N, R, 1..13, then others
};

// Returns counts per year group for `year` (default: the current academic year) as of today.
// Counts only, so not audited. kPermissionDenied without kViewConsent.
core::Result<ConsentCoverageReport> ConsentCoverage(Tx& tx, const Actor& actor,
                                                    const core::Clock& clock,
                                                    std::string_view school_id,
                                                    std::optional<AcademicYear> year);

// Orders year groups as schools read them: N, R, 1..13, then anything else alphabetically.
bool YearGroupBefore(std::string_view left, std::string_view right);

}  // namespace steward::domain
