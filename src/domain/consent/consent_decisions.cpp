// Decisions, amendments and withdrawals: validate everything, then write one row and one audit
// event. Messages name fields and rules, never a pupil's name.
#include "domain/consent/consent_decisions.hpp"

#include <algorithm>
#include <optional>
#include <tuple>

#include "domain/audit/audit_log.hpp"
#include "domain/consent/consent_guard.hpp"

namespace steward::domain {
namespace {

struct ParsedDecision {
    AcademicYear year;
    Platform platform = Platform::kWebsite;
    ConsentGiver giver = ConsentGiver::kParent;
    Date recorded_on;
};

core::Result<Date> ParsePastDate(std::string_view text, std::string_view field, Date today) {
    auto date = ParseIsoDate(text);
    if (!date) {
        return InvalidConsentField(field, std::string(field) + " is not a date; use YYYY-MM-DD.");
    }
    if (*date > today) {
        return InvalidConsentField(field, std::string(field) +
                                              " is in the future; record a decision once it "
                                              "has been received.");
    }
    return *date;
}

core::Result<ParsedDecision> ParseDecision(const NewConsentDecision& decision, Date today) {
    ParsedDecision out;
    auto year = ParseAcademicYear(decision.academic_year);
    if (!year) return InvalidConsentField("academic_year", "academic_year must be like 2026/27.");
    if (year->start_year > AcademicYearOf(today).start_year + 1) {
        return InvalidConsentField("academic_year",
                                   "academic_year is more than one year ahead of this one.");
    }
    out.year = *year;
    auto platform = ParsePlatform(decision.platform);
    if (!platform) {
        return InvalidConsentField(
            "platform", "platform must be one of facebook, instagram, x, youtube, website, tiktok.");
    }
    out.platform = *platform;
    auto giver = ParseConsentGiver(decision.given_by);
    if (!giver) return InvalidConsentField("given_by", "given_by must be parent or pupil.");
    out.giver = *giver;
    if (decision.method.empty()) {
        return InvalidConsentField("method",
                                   "method is empty; say how the decision arrived (paper, email, "
                                   "online form).");
    }
    auto recorded = ParsePastDate(decision.recorded_on, "recorded_on", today);
    if (!recorded) return recorded.error();
    out.recorded_on = *recorded;
    return out;
}

// The current record of a pupil, year and platform: the latest by recorded_on, then revision.
std::optional<ConsentRecord> CurrentRecord(const std::vector<ConsentRecord>& history,
                                           AcademicYear year, Platform platform) {
    std::optional<ConsentRecord> current;
    for (const ConsentRecord& record : history) {
        if (record.academic_year != year || record.platform != platform) continue;
        if (!current || std::tie(record.recorded_on, record.revision) >
                            std::tie(current->recorded_on, current->revision)) {
            current = record;
        }
    }
    return current;
}

// Checks an amendment (or a first decision) against the current record; sets amends/revision.
core::Status PlaceInHistory(const std::optional<ConsentRecord>& current,
                            const NewConsentDecision& decision, ConsentRecord& record) {
    if (!current) {
        if (decision.amends_id.empty()) return core::OkStatus();
        return core::Error{core::ErrorCode::kNotFound,
                           "The record to amend is not a decision of this pupil for this year and "
                           "platform.",
                           "amends_id"};
    }
    if (decision.amends_id.empty()) {
        return core::Error{core::ErrorCode::kAlreadyExists,
                           "A decision for this pupil, academic year and platform is already "
                           "recorded (" + current->id + "); record the change as an amendment of it.",
                           "amends_id"};
    }
    if (decision.amends_id != current->id) {
        return core::Error{core::ErrorCode::kConflict,
                           "That record has since been amended; amend the current record (" +
                               current->id + ") instead.",
                           "amends_id"};
    }
    if (record.recorded_on < current->recorded_on) {
        return InvalidConsentField("recorded_on",
                                   "An amendment cannot be dated before the decision it amends (" +
                                       current->recorded_on.ToIso() + ").");
    }
    record.amends_id = current->id;
    record.revision = current->revision + 1;
    return core::OkStatus();
}

std::string DecisionSummary(const ConsentRecord& record) {
    std::string summary = "pupil=" + record.pupil_id + " year=" + record.academic_year.ToString() +
                          " platform=" + std::string(PlatformName(record.platform)) +
                          " image=" + (record.image ? "1" : "0") +
                          " video=" + (record.video ? "1" : "0") +
                          " name=" + (record.name ? "1" : "0") +
                          " given_by=" + std::string(ConsentGiverName(record.given_by)) +
                          " recorded_on=" + record.recorded_on.ToIso();
    if (!record.amends_id.empty()) summary += " amends=" + record.amends_id;
    return summary;
}

}  // namespace

core::Status RequireKnownPupil(Tx& tx, std::string_view school_id, std::string_view pupil_id) {
    auto pupil = tx.Access().FindPupil(school_id, pupil_id);
    if (!pupil) return pupil.error();
    if (!*pupil) {
        return core::Error{core::ErrorCode::kNotFound,
                           "No pupil with this id is on the school's roster.", "pupil_id"};
    }
    return core::OkStatus();
}

core::Result<ConsentRecord> RecordConsentDecision(Tx& tx, const Actor& actor,
                                                  const core::Clock& clock,
                                                  std::string_view school_id,
                                                  const NewConsentDecision& decision) {
    if (auto allowed = RequireConsentAction(actor, Action::kRecordConsent, school_id); !allowed) {
        return allowed.error();
    }
    auto parsed = ParseDecision(decision, TodayIn(clock));
    if (!parsed) return parsed.error();
    if (auto known = RequireKnownPupil(tx, school_id, decision.pupil_id); !known) {
        return known.error();
    }
    ConsentRecord record;
    record.id = NewConsentRecordId();
    record.school_id = std::string(school_id);
    record.pupil_id = decision.pupil_id;
    record.academic_year = parsed->year;
    record.platform = parsed->platform;
    record.image = decision.image;
    record.video = decision.video;
    record.name = decision.name;
    record.given_by = parsed->giver;
    record.method = decision.method;
    record.recorded_on = parsed->recorded_on;
    record.recorded_by = actor.person_id;
    record.created_at = clock.Now();
    auto history = tx.Consent().ListForPupil(school_id, decision.pupil_id);
    if (!history) return history.error();
    auto current = CurrentRecord(*history, record.academic_year, record.platform);
    if (auto placed = PlaceInHistory(current, decision, record); !placed) return placed.error();
    if (auto added = tx.Consent().Add(record); !added) return added.error();
    auto event = RecordAudit(tx, actor, clock,
                             {record.amends_id.empty() ? "consent.record_decision"
                                                       : "consent.amend_decision",
                              "consent_record", record.id, "", DecisionSummary(record),
                              std::string(school_id)});
    if (!event) return event.error();
    return record;
}

core::Result<ConsentRecord> WithdrawConsent(Tx& tx, const Actor& actor, const core::Clock& clock,
                                            std::string_view school_id,
                                            std::string_view record_id,
                                            const NewWithdrawal& withdrawal) {
    if (auto allowed = RequireConsentAction(actor, Action::kRecordConsent, school_id); !allowed) {
        return allowed.error();
    }
    auto date = ParsePastDate(withdrawal.withdrawn_on, "withdrawn_on", TodayIn(clock));
    if (!date) return date.error();
    auto found = tx.Consent().FindRecord(school_id, record_id);
    if (!found) return found.error();
    if (!*found) {
        return core::Error{core::ErrorCode::kNotFound, "No consent record has this id.",
                           "record_id"};
    }
    ConsentRecord record = std::move(**found);
    if (record.withdrawn_on) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "This consent was already withdrawn on " +
                               record.withdrawn_on->ToIso() + ".",
                           "record_id"};
    }
    if (*date < record.recorded_on) {
        return InvalidConsentField("withdrawn_on",
                                   "withdrawn_on is before the decision was recorded (" +
                                       record.recorded_on.ToIso() + ").");
    }
    auto history = tx.Consent().ListForPupil(school_id, record.pupil_id);
    if (!history) return history.error();
    auto current = CurrentRecord(*history, record.academic_year, record.platform);
    if (current && current->id != record.id) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "This record was superseded by an amendment; withdraw the current "
                           "record (" + current->id + ") instead.",
                           "record_id"};
    }
    if (auto saved = tx.Consent().Withdraw(school_id, record_id, *date, withdrawal.note,
                                           actor.person_id);
        !saved) {
        return saved.error();
    }
    record.withdrawn_on = *date;
    record.withdrawal_note = withdrawal.note;
    record.withdrawn_by = actor.person_id;
    auto event = RecordAudit(tx, actor, clock,
                             {"consent.withdraw", "consent_record", record.id, "withdrawn_on=",
                              "pupil=" + record.pupil_id + " withdrawn_on=" + date->ToIso(),
                              std::string(school_id)});
    if (!event) return event.error();
    return record;
}

core::Result<std::vector<ConsentRecord>> ConsentHistory(Tx& tx, const Actor& actor,
                                                        const core::Clock& clock,
                                                        std::string_view school_id,
                                                        std::string_view pupil_id) {
    if (auto allowed = RequireConsentAction(actor, Action::kViewConsent, school_id); !allowed) {
        return allowed.error();
    }
    if (auto known = RequireKnownPupil(tx, school_id, pupil_id); !known) return known.error();
    auto history = tx.Consent().ListForPupil(school_id, pupil_id);
    if (!history) return history.error();
    auto event = RecordAudit(tx, actor, clock,
                             {"consent.view_history", "pupil", std::string(pupil_id), "",
                              "records=" + std::to_string(history->size()),
                              std::string(school_id)});
    if (!event) return event.error();
    return history;
}

}  // namespace steward::domain
