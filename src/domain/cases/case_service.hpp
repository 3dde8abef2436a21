// The cases workflow (issue 7 items 5-6; INC-01..INC-18): open a concern routed by the school's
// policy pack, read it only where confidentiality allows, move it through its lifecycle, add
// notes, co-investigators, evidence and referrals. Every change is audited in the same
// transaction. Entry point for other rooms: OpenCase() (comments opens cases from comments).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_records.hpp"
#include "domain/cases/case_types.hpp"
#include "domain/ports/actor.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

// Opens a case for `request` inside `tx`: validates the report form (case_forms.hpp; required
// fields only when a person reports without a source comment), routes it by `pack`
// (case_routing.hpp; nullptr = the documented defaults), assigns the first holder of the routed
// role at the school as owner, records a police/CEOP referral placeholder for illegal content,
// and audits "cases.open" without names. Safeguarding disclosures, illegal content and media
// enquiries are always urgent. Records when the reporter first saw the matter and flags a late
// report (report_timing.hpp, INC-10), links the roster pupils in `pupil_ids`, and opens a block
// task for content reached on school equipment (block_tasks.hpp, INC-16).
// Returns the new case id; kInvalidInput naming the field for a bad form or a pupil id not on
// the roster, kNotFound when the school does not exist, or the store's error (the caller then
// rolls back).
inline constexpr std::size_t kMaxCasePupils = 50;
core::Result<std::string> OpenCase(Tx& tx, const Actor& actor, const core::Clock& clock,
                                   const policy::PolicyPack* pack, const NewCase& request);

// Filters for ListCases. Only cases the actor may see are ever returned (case_visibility.hpp).
struct CaseFilter {
    bool assigned_to_me = false;     // owner or added member only
    std::optional<CaseState> state;  // one state only
    bool open_only = false;          // not closed
};

// Which recorded steps the viewer may take on a case (case_decisions.hpp StepPermissions(): the
// same rules the Record* functions and CheckStepDecisions apply). Whether a step is due yet is
// read from the case's state and decisions, not from these.
struct CaseStepPermissions {
    bool assess = false;          // the initial assessment (incidents.initial_assessment_role)
    bool decide_police = false;   // the police decision (pupil_noncriminalisation_decider_role)
    bool contact_police = false;  // a police referral with a step (police_contact_role)
    bool approve_media = false;   // a media reply's written approval (owner or routed role)
    bool reply_media = false;     // a media reply (any handler, once approved)
};

// A case with everything its handlers see.
struct CaseDetail {
    Case summary;
    std::vector<CaseNote> notes;
    std::vector<CaseMember> members;
    std::vector<CaseEvidence> evidence;   // without content bytes
    std::vector<CaseDecision> decisions;  // oldest first
    std::vector<BlockTask> block_tasks;   // INC-16
    bool can_handle = false;              // the actor may transition, note, add members/evidence
    CaseStepPermissions steps;            // all false unless can_handle
};

// Returns the school's cases visible to `actor`, newest first. A reporter who may not handle a
// case sees it with its status only (INC-18): fields, subject and summary are blanked.
core::Result<std::vector<Case>> ListCases(Tx& tx, const Actor& actor,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, const CaseFilter& filter);

// Returns one case with its notes, members and evidence, and audits the view (INC-18, AUD-01).
// kNotFound when it does not exist or the actor may not see it (existence is not revealed).
// Needs a read-write transaction (the view is audited).
core::Result<CaseDetail> GetCase(Tx& tx, const Actor& actor, const core::Clock& clock,
                                 const policy::PolicyPack* pack, std::string_view school_id,
                                 std::string_view case_id);

// A lifecycle step. `outcome` is required to enter kOutcome; a referral is required before an
// illegal-content case can close (INC-06) unless the outcome is no further action with a note.
struct CaseTransition {
    CaseState to = CaseState::kTriaged;
    CaseOutcome outcome = CaseOutcome::kNone;
    std::string note;  // outcome note or reason; stored as a case note when not empty
    std::optional<CaseReferral> referral;  // recorded with the step (referred_by/at are set)
};

// Moves the case one step forward (or records a referral while staying in a state). Only a
// handler may. kFailedPrecondition for a step out of order or a missing outcome/referral,
// kPermissionDenied for a viewer who may not handle, kNotFound as GetCase.
core::Result<Case> TransitionCase(Tx& tx, const Actor& actor, const core::Clock& clock,
                                  const policy::PolicyPack* pack, std::string_view school_id,
                                  std::string_view case_id, const CaseTransition& step);

// Adds a note by a handler. kInvalidInput for empty text or over 10,000 bytes.
core::Result<CaseNote> AddCaseNote(Tx& tx, const Actor& actor, const core::Clock& clock,
                                   const policy::PolicyPack* pack, std::string_view school_id,
                                   std::string_view case_id, std::string_view text);

// The owner (or a role-holder handler) adds a co-investigator of the same school (INC-04).
// kInvalidInput when the person is unknown, at another school, or the case's subject.
core::Result<CaseMember> AddCaseMember(Tx& tx, const Actor& actor, const core::Clock& clock,
                                       const policy::PolicyPack* pack, std::string_view school_id,
                                       std::string_view case_id, std::string_view person_id);

// Attaches evidence: bytes (hashed here with SHA-256) or a link. kInvalidInput for empty bytes,
// bytes over kMaxEvidenceBytes, a link that is not http(s), or both/neither given.
inline constexpr int64_t kMaxEvidenceBytes = 5 * 1024 * 1024;
core::Result<CaseEvidence> AddCaseEvidence(Tx& tx, const Actor& actor, const core::Clock& clock,
                                           const policy::PolicyPack* pack,
                                           std::string_view school_id, std::string_view case_id,
                                           CaseEvidence evidence);

// Returns one evidence item with its bytes (a link: its text) for a handler of the case, after
// checking they still hash to the stored SHA-256, and audits the download
// ("cases.evidence_download" with the id and hash). kNotFound when the case or the item is not
// open to the actor: its subject, a reporter who sees the status only, anyone else. kInternal
// when the bytes no longer match their SHA-256 (nothing is returned).
core::Result<CaseEvidence> ReadCaseEvidence(Tx& tx, const Actor& actor, const core::Clock& clock,
                                            const policy::PolicyPack* pack,
                                            std::string_view school_id, std::string_view case_id,
                                            std::string_view evidence_id);

}  // namespace steward::domain
