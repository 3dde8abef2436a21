// Initial assessment, police decision and media approval/reply (INC-07, INC-09, INC-11), each for
// the role the pack names, recorded once where the rule says so, and audited without names.
#include "domain/cases/case_decisions.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/cases/case_ids.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

constexpr std::size_t kMaxDecisionBytes = 10000;
constexpr std::size_t kMaxInvolved = 50;

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}
core::Error Precondition(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kFailedPrecondition, std::move(message), std::move(where)};
}
core::Error Denied(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kPermissionDenied, std::move(message), std::move(where)};
}

bool Holds(const CaseViewer& viewer, Role role) {
    return std::find(viewer.roles.begin(), viewer.roles.end(), role) != viewer.roles.end();
}

// The role the pack names in `member`, or `fallback` (the schema default) when it names none.
Role Configured(const policy::PolicyPack* pack, Role policy::IncidentsSection::*member,
                Role fallback) {
    if (pack == nullptr) return fallback;
    const Role named = pack->incidents.*member;
    return policy::IsCanonical(named) ? named : fallback;
}

// True if the actor acts for `role` on this case. A case about the headteacher cannot be acted
// on by the headteacher (INC-03), so where `role` is the headteacher its owner acts instead.
bool ActsAs(const VisibleCase& visible, Role role) {
    if (visible.access != CaseAccess::kHandler) return false;
    const Case& record = visible.record;
    if (record.concern_type == ConcernType::kHeadteacherOnlineConduct &&
        role == Role::kHeadteacher) {
        return record.owner_person_id == visible.viewer.person_id ||
               Holds(visible.viewer, record.owner_role);
    }
    return Holds(visible.viewer, role);
}

// The roles the pack names for each step (the schema defaults when it names none).
Role AssessorRole(const policy::PolicyPack* pack) {
    return Configured(pack, &policy::IncidentsSection::initial_assessment_role, Role::kHeadteacher);
}
Role PoliceDeciderRole(const policy::PolicyPack* pack) {
    return Configured(pack, &policy::IncidentsSection::pupil_noncriminalisation_decider_role,
                      Role::kDsl);
}
Role PoliceContactRole(const policy::PolicyPack* pack) {
    return Configured(pack, &policy::IncidentsSection::police_contact_role, Role::kHeadteacher);
}

bool Has(const std::vector<CaseDecision>& decisions, DecisionKind kind) {
    return std::any_of(decisions.begin(), decisions.end(),
                       [&](const CaseDecision& decision) { return decision.kind == kind; });
}

const CaseDecision* Find(const std::vector<CaseDecision>& decisions, DecisionKind kind) {
    for (const auto& decision : decisions) {
        if (decision.kind == kind) return &decision;
    }
    return nullptr;
}

bool IsExternalBody(std::string_view body) {
    return policy::ParseEnum<policy::ExternalBody>(body).has_value();
}

// Loads the case for `actor` with its decisions; refuses a closed case.
struct Loaded {
    VisibleCase visible;
    std::vector<CaseDecision> decisions;
};
core::Result<Loaded> Load(Tx& tx, const Actor& actor, const policy::PolicyPack* pack,
                          std::string_view school_id, std::string_view case_id) {
    auto visible = LoadVisibleCase(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    if (visible->access != CaseAccess::kHandler) {
        return Denied("Only the case's handlers may record decisions; you can see its status.",
                      "case_id");
    }
    if (visible->record.state == CaseState::kClosed) {
        return Precondition("This case is closed.", "case_id");
    }
    auto decisions = tx.Cases().ListDecisions(case_id);
    if (!decisions) return decisions.error();
    return Loaded{std::move(*visible), std::move(*decisions)};
}

core::Status CheckText(std::string_view text, std::string_view field) {
    if (text.empty()) return Invalid("Write the " + std::string(field) + ".", std::string(field));
    if (text.size() > kMaxDecisionBytes) {
        return Invalid("Keep it under 10,000 bytes.", std::string(field));
    }
    return core::OkStatus();
}

// Stores `decision` for the case and audits it as cases.<kind> with `detail`.
core::Result<CaseDecision> SaveDecision(Tx& tx, const Actor& actor, const core::Clock& clock,
                                        std::string_view school_id, CaseDecision decision,
                                        const std::string& detail) {
    decision.id = NewCaseRecordId("decision");
    decision.recorded_by = actor.person_id;
    decision.recorded_at = clock.Now();
    if (auto ok = tx.Cases().InsertDecision(decision); !ok) return ok.error();
    auto audited = RecordAudit(
        tx, actor, clock,
        {"cases." + std::string(DecisionKindKey(decision.kind)), "case", decision.case_id, "",
         "decision=" + decision.id + detail, std::string(school_id)});
    if (!audited) return audited.error();
    return decision;
}

core::Status CheckStaff(Tx& tx, std::string_view school_id, const Case& record,
                        const std::vector<std::string>& staff) {
    for (const auto& person_id : staff) {
        if (person_id == record.subject_person_id) {
            return Invalid("The person the concern is about cannot investigate it.",
                           "staff_involved");
        }
        auto viewer = ViewerAt(tx, Actor{person_id, std::nullopt, ""}, school_id);
        if (!viewer) return viewer.error();
        if (viewer->roles.empty()) {
            return Invalid("Name staff who hold a role at this school.", "staff_involved");
        }
    }
    return core::OkStatus();
}

}  // namespace

CaseStepPermissions StepPermissions(const VisibleCase& visible, const policy::PolicyPack* pack) {
    CaseStepPermissions may;
    if (visible.access != CaseAccess::kHandler) return may;
    may.assess = ActsAs(visible, AssessorRole(pack));
    may.decide_police = ActsAs(visible, PoliceDeciderRole(pack));
    may.contact_police = ActsAs(visible, PoliceContactRole(pack));
    may.approve_media = !visible.is_member_only;
    may.reply_media = true;
    return may;
}

bool IsInadvertentPupilConduct(const Case& record) {
    const auto flag = record.fields.find("pupil_conduct_inadvertent");
    return flag != record.fields.end() && flag->second == "yes";
}

core::Result<CaseDecision> RecordInitialAssessment(
    Tx& tx, const Actor& actor, const core::Clock& clock, const policy::PolicyPack* pack,
    std::string_view school_id, std::string_view case_id, const InitialAssessment& assessment) {
    if (auto ok = CheckText(assessment.text, "text"); !ok) return ok.error();
    if (assessment.staff_involved.size() > kMaxInvolved ||
        assessment.agencies.size() > kMaxInvolved) {
        return Invalid("Name at most 50 staff and 50 agencies.", "staff_involved");
    }
    for (const auto& agency : assessment.agencies) {
        if (!IsExternalBody(agency)) {
            return Invalid(
                "Choose agencies from police, ceop, local_authority_designated_officer and"
                " other_external_agencies.",
                "agencies");
        }
    }
    auto loaded = Load(tx, actor, pack, school_id, case_id);
    if (!loaded) return loaded.error();
    // Req: INC-09 only the configured role records the initial assessment.
    if (!StepPermissions(loaded->visible, pack).assess) {
        return Denied("Only the " + std::string(RoleKey(AssessorRole(pack))) +
                          " records the initial assessment of a case.",
                      "case_id");
    }
    if (Has(loaded->decisions, DecisionKind::kInitialAssessment)) {
        return core::Error{core::ErrorCode::kAlreadyExists,
                           "The initial assessment is already recorded; add a note instead.",
                           "case_id"};
    }
    if (loaded->visible.record.state > CaseState::kTriaged) {
        return Precondition("The investigation is already open.", "case_id");
    }
    if (auto ok = CheckStaff(tx, school_id, loaded->visible.record, assessment.staff_involved);
        !ok) {
        return ok.error();
    }
    CaseDecision decision;
    decision.case_id = std::string(case_id);
    decision.kind = DecisionKind::kInitialAssessment;
    decision.text = assessment.text;
    decision.staff_involved = assessment.staff_involved;
    decision.agencies = assessment.agencies;
    return SaveDecision(tx, actor, clock, school_id, std::move(decision),
                        " staff=" + std::to_string(assessment.staff_involved.size()) +
                            " agencies=" + std::to_string(assessment.agencies.size()));
}

core::Result<CaseDecision> RecordPoliceDecision(Tx& tx, const Actor& actor,
                                                const core::Clock& clock,
                                                const policy::PolicyPack* pack,
                                                std::string_view school_id,
                                                std::string_view case_id, bool involve_police,
                                                std::string_view reason) {
    if (auto ok = CheckText(reason, "reason"); !ok) return ok.error();
    auto loaded = Load(tx, actor, pack, school_id, case_id);
    if (!loaded) return loaded.error();
    // Req: INC-07 the decider role (the DSL) decides for a pupil's inadvertent conduct.
    if (!StepPermissions(loaded->visible, pack).decide_police) {
        return Denied("Only the " + std::string(RoleKey(PoliceDeciderRole(pack))) +
                          " decides whether to involve the police here.",
                      "case_id");
    }
    if (!IsInadvertentPupilConduct(loaded->visible.record)) {
        return Precondition(
            "This decision is for a pupil's inadvertent conduct; the case's report does not"
            " say pupil_conduct_inadvertent = yes.",
            "case_id");
    }
    if (Has(loaded->decisions, DecisionKind::kPoliceDecision)) {
        return core::Error{core::ErrorCode::kAlreadyExists,
                           "The police decision is already recorded.", "case_id"};
    }
    CaseDecision decision;
    decision.case_id = std::string(case_id);
    decision.kind = DecisionKind::kPoliceDecision;
    decision.decision = std::string(involve_police ? kInvolvePolice : kNoPolice);
    decision.text = std::string(reason);
    const std::string detail = " " + decision.decision;
    return SaveDecision(tx, actor, clock, school_id, std::move(decision), detail);
}

core::Result<CaseDecision> RecordMediaApproval(Tx& tx, const Actor& actor, const core::Clock& clock,
                                               const policy::PolicyPack* pack,
                                               std::string_view school_id, std::string_view case_id,
                                               std::string_view text) {
    if (auto ok = CheckText(text, "text"); !ok) return ok.error();
    auto loaded = Load(tx, actor, pack, school_id, case_id);
    if (!loaded) return loaded.error();
    const Case& record = loaded->visible.record;
    if (record.concern_type != ConcernType::kMediaEnquiry) {
        return Precondition("Only a media enquiry takes a media approval.", "case_id");
    }
    if (!StepPermissions(loaded->visible, pack).approve_media) {
        return Denied("Only the case's owner or its routed role may approve a media reply.",
                      "case_id");
    }
    CaseDecision decision;
    decision.case_id = std::string(case_id);
    decision.kind = DecisionKind::kMediaApproval;
    decision.text = std::string(text);
    return SaveDecision(tx, actor, clock, school_id, std::move(decision),
                        " bytes=" + std::to_string(text.size()));
}

core::Result<CaseDecision> RecordMediaReply(Tx& tx, const Actor& actor, const core::Clock& clock,
                                            const policy::PolicyPack* pack,
                                            std::string_view school_id, std::string_view case_id,
                                            std::string_view text) {
    if (auto ok = CheckText(text, "text"); !ok) return ok.error();
    auto loaded = Load(tx, actor, pack, school_id, case_id);
    if (!loaded) return loaded.error();
    if (loaded->visible.record.concern_type != ConcernType::kMediaEnquiry) {
        return Precondition("Only a media enquiry takes a media reply.", "case_id");
    }
    const bool needs_approval =
        pack == nullptr || pack->incidents.media_reply_requires_written_approval;
    // Req: INC-11 no staff reply is recorded until the written approval is stored.
    if (needs_approval && !Has(loaded->decisions, DecisionKind::kMediaApproval)) {
        return Precondition(
            "The school's policy needs written approval before anyone replies to the media;"
            " store the approval first.",
            "approval");
    }
    CaseDecision decision;
    decision.case_id = std::string(case_id);
    decision.kind = DecisionKind::kMediaReply;
    decision.text = std::string(text);
    return SaveDecision(tx, actor, clock, school_id, std::move(decision),
                        " bytes=" + std::to_string(text.size()));
}

core::Status CheckStepDecisions(const VisibleCase& visible,
                                const std::vector<CaseDecision>& decisions,
                                const CaseTransition& step, const policy::PolicyPack* pack) {
    const Case& record = visible.record;
    // Req: INC-09 an investigation opens only after the initial assessment.
    if (step.to == CaseState::kInvestigating && record.state != CaseState::kInvestigating &&
        !Has(decisions, DecisionKind::kInitialAssessment)) {
        return Precondition("Record the initial assessment before the investigation opens.",
                            "assessment");
    }
    const CaseDecision* police = Find(decisions, DecisionKind::kPoliceDecision);
    const bool inadvertent = IsInadvertentPupilConduct(record);
    if (step.referral && step.referral->body == "police") {
        // Req: INC-07 only the configured role records police contact.
        if (!StepPermissions(visible, pack).contact_police) {
            return Denied("Only the " + std::string(RoleKey(PoliceContactRole(pack))) +
                              " records contact with the police.",
                          "referral.body");
        }
        if (inadvertent && (police == nullptr || police->decision != kInvolvePolice)) {
            return Precondition(
                "For a pupil's inadvertent conduct the DSL decides first whether to involve"
                " the police.",
                "police_decision");
        }
    }
    if (step.to != CaseState::kClosed) return core::OkStatus();
    if (inadvertent && police == nullptr) {
        return Precondition("Record the DSL's decision on involving the police before closing.",
                            "police_decision");
    }
    const bool has_referral = !record.referrals.empty() || step.referral.has_value();
    const bool no_police = police != nullptr && police->decision == kNoPolice;
    // Req: INC-06 an illegal-content case cannot close without its external referral, unless
    // the DSL recorded that the police are not to be involved (INC-07).
    if (record.concern_type == ConcernType::kIllegalContent && !has_referral && !no_police) {
        return Precondition("Record the police or CEOP referral before closing this case.",
                            "referral");
    }
    return core::OkStatus();
}

}  // namespace steward::domain
