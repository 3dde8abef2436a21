// Cases linked to a pupil, for the subject access export, without other people's data.
#include "domain/subject_access/cases_collector.hpp"

#include <algorithm>
#include <array>

#include "domain/cases/case_decisions.hpp"
#include "domain/cases/case_store.hpp"
#include "domain/ports/store.hpp"
#include "domain/subject_access/sar_html.hpp"

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

}  // namespace

SubjectAccessCollector CasesCollector() {
    return [](Tx& tx, std::string_view school_id,
              const Pupil& pupil) -> core::Result<SubjectAccessSection> {
        auto cases = tx.Cases().ListCases(school_id);
        if (!cases) return cases.error();
        SubjectAccessSection section{
            "cases",
            "Concerns the pupil is linked to (safeguarding records are held by the designated"
            " safeguarding lead and are not part of this list)",
            {}};
        for (const Case& record : *cases) {
            const bool linked = std::find(record.pupil_ids.begin(), record.pupil_ids.end(),
                                          pupil.id) != record.pupil_ids.end();
            if (!linked || Withheld(record)) continue;
            auto item = CaseItem(tx, record, pupil.id);
            if (!item) return item.error();
            section.items.push_back(std::move(*item));
        }
        return section;
    };
}

}  // namespace steward::domain
