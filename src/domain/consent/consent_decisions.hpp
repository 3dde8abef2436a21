// Recording consent decisions, amendments and withdrawals, and reading a pupil's history
// (CON-01, CON-02, CON-05, CON-06). Each function runs inside the caller's transaction and
// appends its audit event there, so a caller can add more work (e.g. takedown tasks) to the same
// transaction. Entry points: RecordConsentDecision(), WithdrawConsent(), ConsentHistory().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/consent/consent_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// A decision as staff enter it; text fields are validated by RecordConsentDecision.
struct NewConsentDecision {
    std::string pupil_id;
    std::string academic_year;  // "2026/27"
    std::string platform;       // facebook, instagram, x, youtube, website, tiktok
    bool image = false;
    bool video = false;
    bool name = false;
    std::string given_by;     // "parent" or "pupil"
    std::string method;       // how it arrived: "paper", "email", "online form", ... (required)
    std::string recorded_on;  // YYYY-MM-DD, the date on the form or message
    std::string amends_id;    // the record this decision amends; "" for a first decision
};

// Records a decision. Rules (documented in README.md): one first decision per pupil, academic
// year and platform; any later change is an amendment naming the current record (amends_id),
// dated on or after it, which supersedes it from its own date and leaves it untouched.
// Errors: kPermissionDenied (needs kRecordConsent), kNotFound (pupil not on the roster, or the
// amended record unknown), kInvalidInput (a field; `where` names it: bad year, a year more than
// one ahead, unknown platform or giver, missing method, bad or future date, amendment dated
// before its record), kAlreadyExists (a first decision already exists: amend it), kConflict
// (amends_id is no longer the current record).
core::Result<ConsentRecord> RecordConsentDecision(Tx& tx, const Actor& actor,
                                                  const core::Clock& clock,
                                                  std::string_view school_id,
                                                  const NewConsentDecision& decision);

struct NewWithdrawal {
    std::string withdrawn_on;  // YYYY-MM-DD, the date of the written notice
    std::string note;          // what it said or how it arrived (kept, never audited)
};

// Records the withdrawal of `record_id`, effective from withdrawn_on: posts before that date
// stay lawful (CON-06). Returns the withdrawn record. Errors: kPermissionDenied, kNotFound
// (unknown record), kInvalidInput (bad date, date in the future or before the record's
// recorded_on), kFailedPrecondition (already withdrawn, or superseded by an amendment: withdraw
// the current record).
core::Result<ConsentRecord> WithdrawConsent(Tx& tx, const Actor& actor, const core::Clock& clock,
                                            std::string_view school_id,
                                            std::string_view record_id,
                                            const NewWithdrawal& withdrawal);

// Returns the pupil's records, newest first, and audits the view (AUD-01). kNotFound for a
// pupil not on the school's roster, kPermissionDenied without kViewConsent.
core::Result<std::vector<ConsentRecord>> ConsentHistory(Tx& tx, const Actor& actor,
                                                        const core::Clock& clock,
                                                        std::string_view school_id,
                                                        std::string_view pupil_id);

// Returns OK if `pupil_id` is on the school's roster (on roll or not), else kNotFound.
core::Status RequireKnownPupil(Tx& tx, std::string_view school_id, std::string_view pupil_id);

}  // namespace steward::domain
