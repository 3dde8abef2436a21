// Decisions a case's handlers record before it may move on (INC-07, INC-09, INC-11): the initial
// assessment by incidents.initial_assessment_role before an investigation opens, the DSL's
// decision on involving the police for a pupil's inadvertent conduct, and for media enquiries
// the written approval without which no staff reply may be recorded. Entry points:
// RecordInitialAssessment(), RecordPoliceDecision(), RecordMediaApproval(), RecordMediaReply();
// CheckStepDecisions() is what TransitionCase asks of them; StepPermissions() says who may.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_records.hpp"
#include "domain/cases/case_service.hpp"
#include "domain/cases/case_visibility.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

// The initial assessment (INC-09): what will happen, which staff (person ids of this school)
// and which outside agencies (incidents.external_bodies keys) will be involved.
struct InitialAssessment {
    std::string text;
    std::vector<std::string> staff_involved;
    std::vector<std::string> agencies;
};

// Records the initial assessment once, while the case is reported or triaged. Only a handler
// who holds incidents.initial_assessment_role (default headteacher) may; for a case about the
// headteacher, whose assessor would be conflicted, the case's owner role records it instead.
// kPermissionDenied for anyone else, kAlreadyExists for a second one, kFailedPrecondition once
// the investigation is open, kInvalidInput for empty text, unknown staff or agencies.
core::Result<CaseDecision> RecordInitialAssessment(
    Tx& tx, const Actor& actor, const core::Clock& clock, const policy::PolicyPack* pack,
    std::string_view school_id, std::string_view case_id, const InitialAssessment& assessment);

// Records, once, whether the police are to be involved in a case about a pupil's inadvertent
// conduct (fields["pupil_conduct_inadvertent"] = "yes", e.g. self-generated imagery; INC-07).
// Only a handler holding incidents.pupil_noncriminalisation_decider_role (default DSL) may.
// `involve_police` picks kInvolvePolice or kNoPolice; `reason` is required.
// kFailedPrecondition for a case not marked inadvertent pupil conduct or already closed.
core::Result<CaseDecision> RecordPoliceDecision(Tx& tx, const Actor& actor,
                                                const core::Clock& clock,
                                                const policy::PolicyPack* pack,
                                                std::string_view school_id,
                                                std::string_view case_id, bool involve_police,
                                                std::string_view reason);

// Stores the written approval of a reply to a media enquiry (INC-11): the approval's wording as
// given in writing. Only the case's owner or a holder of its routed role may approve (not a
// co-investigator). kFailedPrecondition for a case that is not a media enquiry or is closed.
core::Result<CaseDecision> RecordMediaApproval(Tx& tx, const Actor& actor, const core::Clock& clock,
                                               const policy::PolicyPack* pack,
                                               std::string_view school_id, std::string_view case_id,
                                               std::string_view text);

// Records a staff reply to a media enquiry. Where incidents.media_reply_requires_written_approval
// (default true) it is refused with kFailedPrecondition until an approval is stored.
core::Result<CaseDecision> RecordMediaReply(Tx& tx, const Actor& actor, const core::Clock& clock,
                                            const policy::PolicyPack* pack,
                                            std::string_view school_id, std::string_view case_id,
                                            std::string_view text);

// The decision rules of one lifecycle step, given the case as the actor sees it and its
// decisions: investigating needs the initial assessment (INC-09); a police referral needs the
// police contact role (INC-07) and, for a pupil's inadvertent conduct, the DSL's decision to
// involve the police first; closing such a case needs that decision; an illegal-content case
// closes without a referral only when the decision was not to involve the police (INC-06).
core::Status CheckStepDecisions(const VisibleCase& visible,
                                const std::vector<CaseDecision>& decisions,
                                const CaseTransition& step, const policy::PolicyPack* pack);

// Which decision steps the viewer of `visible` may record (all false for a non-handler). The
// Record* functions and CheckStepDecisions refuse by these same rules; the case JSON shows them
// so a page offers only the steps its user may take.
CaseStepPermissions StepPermissions(const VisibleCase& visible, const policy::PolicyPack* pack);

// Returns true if the case's form marks a pupil's conduct as inadvertent.
bool IsInadvertentPupilConduct(const Case& record);

}  // namespace steward::domain
