// Lifecycle steps of a case (INC-17): transitions with outcome and referrals, notes,
// co-investigators and evidence. Each is for handlers only and audited without names.
#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/cases/case_decisions.hpp"
#include "domain/cases/case_ids.hpp"
#include "domain/cases/case_routing.hpp"
#include "domain/cases/case_service.hpp"
#include "domain/cases/case_visibility.hpp"
#include "domain/ports/store.hpp"
#include "security/sha256.hpp"

namespace steward::domain {
namespace {

constexpr std::size_t kMaxNoteBytes = 10000;

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}
core::Error Precondition(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kFailedPrecondition, std::move(message), std::move(where)};
}

// Loads the case and checks the actor may handle it.
core::Result<VisibleCase> LoadForHandler(Tx& tx, const Actor& actor, const policy::PolicyPack* pack,
                                         std::string_view school_id, std::string_view case_id) {
    auto visible = LoadVisibleCase(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    if (visible->access != CaseAccess::kHandler) {
        return core::Error{core::ErrorCode::kPermissionDenied,
                           "Only the case's handlers may change it; you can see its status.",
                           "case_id"};
    }
    return visible;
}

bool IsExternalBody(std::string_view body) {
    return body == "police" || body == "ceop" || body == "local_authority_designated_officer" ||
           body == "other_external_agencies";
}

// The rules of one step from `record.state` (INC-06, INC-17).
core::Status CheckStep(const Case& record, const CaseTransition& step) {
    const bool referral_only = step.to == record.state && step.referral.has_value();
    if (record.state == CaseState::kClosed) {
        return Precondition("This case is closed; open a new case for new information.", "to");
    }
    if (!referral_only && static_cast<int>(step.to) != static_cast<int>(record.state) + 1) {
        return Precondition(
            "A case moves one step at a time: reported, triaged, investigating,"
            " outcome, closed. This case is " +
                std::string(CaseStateKey(record.state)) + ".",
            "to");
    }
    if (step.referral && !IsExternalBody(step.referral->body)) {
        return Invalid(
            "Choose police, ceop, local_authority_designated_officer or"
            " other_external_agencies.",
            "referral.body");
    }
    if (step.to == CaseState::kOutcome && step.outcome == CaseOutcome::kNone) {
        return Invalid(
            "Record the outcome: no_further_action, advice, disciplinary_referral,"
            " police_or_ceop_referral or content_removed.",
            "outcome");
    }
    const bool has_referral = !record.referrals.empty() || step.referral.has_value();
    if (step.to == CaseState::kOutcome && step.outcome == CaseOutcome::kPoliceOrCeopReferral &&
        !has_referral) {
        return Invalid("Record the referral (body and reference) with this outcome.", "referral");
    }
    return core::OkStatus();  // INC-06/07/09 rules that need the decisions: case_decisions.cpp
}

}  // namespace

core::Result<Case> TransitionCase(Tx& tx, const Actor& actor, const core::Clock& clock,
                                  const policy::PolicyPack* pack, std::string_view school_id,
                                  std::string_view case_id, const CaseTransition& step) {
    if (step.note.size() > kMaxNoteBytes)
        return Invalid("Keep the note under 10,000 bytes.", "note");
    auto visible = LoadForHandler(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    if (auto ok = CheckStep(visible->record, step); !ok) return ok.error();
    auto decisions = tx.Cases().ListDecisions(case_id);
    if (!decisions) return decisions.error();
    if (auto ok = CheckStepDecisions(*visible, *decisions, step, pack); !ok) return ok.error();
    Case record = std::move(visible->record);
    const std::string before = "state=" + std::string(CaseStateKey(record.state));
    if (step.referral) {
        CaseReferral referral = *step.referral;
        referral.referred_by = actor.person_id;
        referral.referred_at = clock.Now();
        if (auto ok = tx.Cases().InsertReferral(record.id, referral); !ok) return ok.error();
        record.referrals.push_back(std::move(referral));
    }
    record.state = step.to;
    if (step.to == CaseState::kOutcome) {
        record.outcome = step.outcome;
        record.outcome_note = step.note;
    }
    record.updated_at = clock.Now();
    if (auto ok = tx.Cases().UpdateCase(record); !ok) return ok.error();
    if (!step.note.empty() && step.to != CaseState::kOutcome) {
        CaseNote note{NewCaseRecordId("note"), record.id, actor.person_id, step.note, clock.Now()};
        if (auto ok = tx.Cases().InsertNote(note); !ok) return ok.error();
    }
    std::string after = "state=" + std::string(CaseStateKey(record.state));
    if (step.to == CaseState::kOutcome)
        after += " outcome=" + std::string(CaseOutcomeKey(step.outcome));
    if (step.referral) after += " referral=" + step.referral->body;
    auto audited =
        RecordAudit(tx, actor, clock,
                    {"cases.transition", "case", record.id, before, after, std::string(school_id)});
    if (!audited) return audited.error();
    return record;
}

core::Result<CaseNote> AddCaseNote(Tx& tx, const Actor& actor, const core::Clock& clock,
                                   const policy::PolicyPack* pack, std::string_view school_id,
                                   std::string_view case_id, std::string_view text) {
    if (text.empty()) return Invalid("Write the note.", "text");
    if (text.size() > kMaxNoteBytes) return Invalid("Keep the note under 10,000 bytes.", "text");
    auto visible = LoadForHandler(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    CaseNote note{NewCaseRecordId("note"), std::string(case_id), actor.person_id, std::string(text),
                  clock.Now()};
    if (auto ok = tx.Cases().InsertNote(note); !ok) return ok.error();
    auto audited = RecordAudit(
        tx, actor, clock,
        {"cases.note", "case", std::string(case_id), "",
         "note=" + note.id + " bytes=" + std::to_string(text.size()), std::string(school_id)});
    if (!audited) return audited.error();
    return note;
}

core::Result<CaseMember> AddCaseMember(Tx& tx, const Actor& actor, const core::Clock& clock,
                                       const policy::PolicyPack* pack, std::string_view school_id,
                                       std::string_view case_id, std::string_view person_id) {
    auto visible = LoadForHandler(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    if (visible->is_member_only) {
        return core::Error{core::ErrorCode::kPermissionDenied,
                           "Only the case's owner or the roles it is routed to may add people.",
                           "person_id"};
    }
    const Case& record = visible->record;
    if (person_id.empty()) return Invalid("Give the person to add.", "person_id");
    if (person_id == record.subject_person_id) {
        return Invalid("The person the concern is about cannot be added to it.", "person_id");
    }
    auto viewer = ViewerAt(tx, Actor{std::string(person_id), std::nullopt, ""}, school_id);
    if (!viewer) return viewer.error();
    auto person = tx.Access().FindPerson(person_id);
    if (!person) return person.error();
    if (!*person || viewer->roles.empty()) {
        return Invalid("Add a person who holds a role at this school.", "person_id");
    }
    if (record.concern_type == ConcernType::kHeadteacherOnlineConduct &&
        std::find(viewer->roles.begin(), viewer->roles.end(), Role::kHeadteacher) !=
            viewer->roles.end()) {
        return Invalid("A case about the headteacher cannot be shared with the headteacher.",
                       "person_id");
    }
    for (const auto& member : visible->members) {
        if (member.person_id == person_id) {
            return core::Error{core::ErrorCode::kAlreadyExists,
                               "This person is already on the case.", "person_id"};
        }
    }
    CaseMember member{std::string(case_id), std::string(person_id), actor.person_id, clock.Now()};
    if (auto ok = tx.Cases().InsertMember(member); !ok) return ok.error();
    auto audited = RecordAudit(tx, actor, clock,
                               {"cases.add_member", "case", std::string(case_id), "",
                                "person=" + member.person_id, std::string(school_id)});
    if (!audited) return audited.error();
    return member;
}

core::Result<CaseEvidence> AddCaseEvidence(Tx& tx, const Actor& actor, const core::Clock& clock,
                                           const policy::PolicyPack* pack,
                                           std::string_view school_id, std::string_view case_id,
                                           CaseEvidence evidence) {
    const bool is_link = !evidence.reference.empty();
    if (is_link == !evidence.content.empty()) {
        return Invalid("Attach either a file or a link.", "evidence");
    }
    if (static_cast<int64_t>(evidence.content.size()) > kMaxEvidenceBytes) {
        return Invalid("Evidence files must be at most 5 MB.", "evidence");
    }
    if (is_link && evidence.reference.rfind("https://", 0) != 0 &&
        evidence.reference.rfind("http://", 0) != 0) {
        return Invalid("A link must start with https:// or http://.", "reference");
    }
    if (evidence.filename.size() > 255) return Invalid("Shorten the file name.", "filename");
    auto visible = LoadForHandler(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    const auto flagged = visible->record.fields.find("suspected_indecent_image_of_child");
    if (!is_link && flagged != visible->record.fields.end() && flagged->second == "yes") {
        // Req: INC-08 such material is never stored; record a description and where it is.
        return Precondition(
            "Do not upload suspected indecent images of children; add a note"
            " describing what and where it is instead.",
            "evidence");
    }
    evidence.id = NewCaseRecordId("evidence");
    evidence.case_id = std::string(case_id);
    evidence.size_bytes = static_cast<int64_t>(is_link ? 0 : evidence.content.size());
    evidence.sha256 = security::Sha256Hex(is_link ? evidence.reference : evidence.content);
    if (is_link) evidence.content_type = "text/uri-list";
    evidence.added_by = actor.person_id;
    evidence.added_at = clock.Now();
    if (auto ok = tx.Cases().InsertEvidence(evidence); !ok) return ok.error();
    auto audited = RecordAudit(tx, actor, clock,
                               {"cases.add_evidence", "case", std::string(case_id), "",
                                "evidence=" + evidence.id + " sha256=" + evidence.sha256 +
                                    " bytes=" + std::to_string(evidence.size_bytes),
                                std::string(school_id)});
    if (!audited) return audited.error();
    evidence.content.clear();
    return evidence;
}

}  // namespace steward::domain
