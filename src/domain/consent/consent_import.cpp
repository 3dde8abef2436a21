// Consent import: check against the register, then add every row in one transaction.
#include "domain/consent/consent_import.hpp"

#include <unordered_set>

#include "domain/audit/audit_log.hpp"
#include "domain/consent/consent_guard.hpp"

namespace steward::domain {
namespace {

std::tuple<std::string, int, int> KeyOf(const ConsentRecord& record) {
    return {record.pupil_id, record.academic_year.start_year, static_cast<int>(record.platform)};
}

core::Status RequireSchool(Tx& tx, std::string_view school_id) {
    auto school = tx.Access().FindSchool(school_id);
    if (!school) return school.error();
    if (!*school) {
        return core::Error{core::ErrorCode::kNotFound, "No school has the id given.", "school_id"};
    }
    return core::OkStatus();
}

}  // namespace

ConsentImportBasis::ConsentImportBasis(std::vector<Pupil> roster,
                                       const std::vector<ConsentRecord>& register_records,
                                       Date today)
    : roster_(std::move(roster)), today_(today) {
    for (const ConsentRecord& record : register_records) existing_.insert(KeyOf(record));
    for (const Pupil& pupil : roster_) roster_ids_.insert(pupil.id);
}

std::string ConsentImportBasis::Problem(const ConsentRecord& record) const {
    if (roster_ids_.count(record.pupil_id) == 0) return "pupil_id is not on the roster";
    if (existing_.count(KeyOf(record)) != 0) {
        return "a decision for this pupil, academic year and platform is already in the register; "
               "record a change there as an amendment";
    }
    if (record.academic_year.start_year > AcademicYearOf(today_).start_year + 1) {
        return "academic_year is more than one year ahead of this one";
    }
    return {};
}

core::Result<ConsentImportBasis> LoadConsentImportBasis(Store& store, const core::Clock& clock,
                                                        const Actor& actor,
                                                        std::string_view school_id) {
    if (auto allowed = RequireConsentAction(actor, Action::kRecordConsent, school_id); !allowed) {
        return allowed.error();
    }
    return store.Read([&](Tx& tx) -> core::Result<ConsentImportBasis> {
        if (auto known = RequireSchool(tx, school_id); !known) return known.error();
        auto pupils = tx.Access().ListPupils(school_id);
        if (!pupils) return pupils.error();
        auto records = tx.Consent().ListForSchool(school_id);
        if (!records) return records.error();
        return ConsentImportBasis(std::move(*pupils), *records, TodayIn(clock));
    });
}

core::Result<ConsentImportSummary> ImportConsent(Store& store, const core::Clock& clock,
                                                 const Actor& actor, std::string_view school_id,
                                                 std::vector<ConsentRecord> records) {
    if (auto allowed = RequireConsentAction(actor, Action::kRecordConsent, school_id); !allowed) {
        return allowed.error();
    }
    return store.Transact([&](Tx& tx) -> core::Result<ConsentImportSummary> {
        if (auto known = RequireSchool(tx, school_id); !known) return known.error();
        auto pupils = tx.Access().ListPupils(school_id);
        if (!pupils) return pupils.error();
        auto current = tx.Consent().ListForSchool(school_id);
        if (!current) return current.error();
        const ConsentImportBasis basis(std::move(*pupils), *current, TodayIn(clock));
        ConsentImportSummary summary;
        std::unordered_set<std::string> pupil_ids;
        for (ConsentRecord& record : records) {
            if (!basis.Problem(record).empty()) {
                return core::Error{core::ErrorCode::kConflict,
                                   "The consent register changed while the file was being "
                                   "checked; import the file again (nothing was imported).",
                                   "consent.csv"};
            }
            record.id = NewConsentRecordId();
            record.school_id = std::string(school_id);
            record.method = "import";
            record.recorded_by = actor.person_id;
            record.amends_id.clear();
            record.revision = 1;
            record.created_at = clock.Now();
            if (record.withdrawn_on) {
                record.withdrawn_by = actor.person_id;
                ++summary.withdrawn;
            }
            if (auto added = tx.Consent().Add(record); !added) return added.error();
            pupil_ids.insert(record.pupil_id);
            ++summary.records;
        }
        summary.pupils = static_cast<int>(pupil_ids.size());
        auto event = RecordAudit(
            tx, actor, clock,
            {"consent.import", "consent_register", std::string(school_id), "",
             "records=" + std::to_string(summary.records) + " pupils=" +
                 std::to_string(summary.pupils) + " withdrawn=" + std::to_string(summary.withdrawn),
             std::string(school_id)});
        if (!event) return event.error();
        return summary;
    });
}

}  // namespace steward::domain
