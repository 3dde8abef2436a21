// Cases linked to a pupil, for the subject access export, without other people's data.
#include "domain/subject_access/cases_collector.hpp"

#include <algorithm>
#include <array>

#include "domain/cases/case_decisions.hpp"
#include "domain/cases/case_store.hpp"
#include "domain/ports/store.hpp"
#include "domain/subject_access/sar_html.hpp"
#include "domain/subject_access/staff_posts.hpp"

namespace steward::domain {
namespace {

// Structured fields safe to disclose: choices from the report form, never free text.
constexpr std::array<std::string_view, 6> kDisclosedFields = {
    "category", "where_seen", "how_reached", "platform", "target", "requester_relationship"};

bool Withheld(const Case& record) {
    return record.concern_type == ConcernType::kSafeguardingDisclosure ||
           record.concern_type == ConcernType::kIllegalContent || IsInadvertentPupilConduct(record);
}

core::Result<SubjectAccessItem> CaseItem(Tx& tx, const Case& record, const std::string& pupil_id) {
    SubjectAccessItem item = {{"case", record.id},
                              {"concern", std::string(ConcernTypeKey(record.concern_type))},
                              {"state", std::string(CaseStateKey(record.state))},
                              {"opened", FormatUtc(record.created_at)},
                              {"handled by", std::string(RoleKey(record.owner_role))}};
    for (const auto name : kDisclosedFields) {
        const auto found = record.fields.find(std::string(name));
        if (found != record.fields.end() && !found->second.empty()) {
            item.emplace_back(std::string(name), found->second);
        }
    }
    if (!record.subject_person_id.empty()) item.emplace_back("about", "[staff member]");
    const auto others = std::count_if(record.pupil_ids.begin(), record.pupil_ids.end(),
                                      [&](const std::string& id) { return id != pupil_id; });
    item.emplace_back("other pupils linked", std::to_string(others));
    if (!record.procedure.empty()) item.emplace_back("procedure", record.procedure);
    if (record.outcome != CaseOutcome::kNone) {
        item.emplace_back("outcome", std::string(CaseOutcomeKey(record.outcome)));
    }
    auto notes = tx.Cases().ListNotes(record.id);
    if (!notes) return notes.error();
    item.emplace_back("notes held", std::to_string(notes->size()));
    auto evidence = tx.Cases().ListEvidence(record.id);
    if (!evidence) return evidence.error();
    item.emplace_back("evidence items held", std::to_string(evidence->size()));
    return item;
}

// A case about a staff member referred to the police, CEOP or the LADO is withheld altogether
// (prevention and detection of crime), like safeguarding records.
bool WithheldFromStaff(const Case& record) {
    return Withheld(record) || (!record.referrals.empty());
}

// What a staff member may see of a case: their own report in full (their words, with other
// pupils counted), or of a concern about them only its kind, state and form choices.
core::Result<SubjectAccessItem> StaffCaseItem(Tx& tx, const Case& record,
                                              const std::string& person_id) {
    const bool reported = record.reporter == person_id;
    auto item = CaseItem(tx, record, "");
    if (!item) return item.error();
    SubjectAccessItem out;
    for (auto& [field, value] : *item) {
        // Who asked and whom it targeted may point at the reporter.
        if (field == "requester_relationship" || field == "target") continue;
        if (field == "about") {
            value = record.subject_person_id == person_id ? "you" : "[staff member]";
        }
        if (field == "other pupils linked") field = "pupils linked";
        out.emplace_back(std::move(field), std::move(value));
        if (out.size() == 2) {
            out.emplace_back("your part",
                             reported && record.subject_person_id == person_id
                                 ? "you reported it, and it is about you"
                             : reported ? "you reported it"
                                        : "it is about you");
        }
    }
    if (reported) {
        std::vector<Pupil> pupils;
        for (const std::string& id : record.pupil_ids) {
            auto pupil = tx.Access().FindPupil(record.school_id, id);
            if (!pupil) return pupil.error();
            if (*pupil) pupils.push_back(std::move(**pupil));
        }
        out.emplace_back("your report (summary)", RedactPupilNames(record.summary, pupils));
        const auto description = record.fields.find("description");
        if (description != record.fields.end()) {
            out.emplace_back("your report (description)",
                             RedactPupilNames(description->second, pupils));
        }
    } else {
        out.emplace_back("reported by", "[withheld: the reporter's identity is not disclosed]");
    }
    return out;
}

core::Result<SubjectAccessSection> StaffCases(Tx& tx, const std::string& person_id,
                                              const std::vector<Case>& cases) {
    SubjectAccessSection section{
        "cases",
        "Concerns the staff member reported or that are about them (the reporter of a concern "
        "about them is not disclosed; some records may be withheld under an exemption)",
        {}};
    for (const Case& record : cases) {
        const bool reported = record.reporter == person_id;
        const bool about = record.subject_person_id == person_id;
        if ((!reported && !about) || (about ? WithheldFromStaff(record) : Withheld(record))) {
            continue;
        }
        auto item = StaffCaseItem(tx, record, person_id);
        if (!item) return item.error();
        section.items.push_back(std::move(*item));
    }
    return section;
}

}  // namespace

SubjectAccessCollector CasesCollector() {
    return [](Tx& tx, std::string_view school_id,
              const DataSubject& subject) -> core::Result<SubjectAccessSection> {
        auto cases = tx.Cases().ListCases(school_id);
        if (!cases) return cases.error();
        if (subject.kind == SubjectKind::kStaff) return StaffCases(tx, subject.id, *cases);
        SubjectAccessSection section{
            "cases",
            "Concerns the pupil is linked to (safeguarding records are held by the designated"
            " safeguarding lead and are not part of this list)",
            {}};
        for (const Case& record : *cases) {
            const bool linked = std::find(record.pupil_ids.begin(), record.pupil_ids.end(),
                                          subject.id) != record.pupil_ids.end();
            if (!linked || Withheld(record)) continue;
            auto item = CaseItem(tx, record, subject.id);
            if (!item) return item.error();
            section.items.push_back(std::move(*item));
        }
        return section;
    };
}

}  // namespace steward::domain
