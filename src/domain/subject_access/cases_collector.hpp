// The cases room's section of a subject access export: the concerns a pupil is linked to
// (Case::pupil_ids), or a staff member reported or is the subject of, with other people's data
// left out. Entry point: CasesCollector().
#pragma once

#include "domain/subject_access/subject_access.hpp"

namespace steward::domain {

// Returns a collector listing the school's cases linked to the pupil: id, concern type, state,
// dates, the structured report fields (category, where seen, how reached, platform), outcome
// and procedure, and how many notes, evidence items and other pupils there are.
// Confidentiality (INC-18; UK GDPR third-party and safeguarding exemptions): never the reporter
// (a parent's request must not reveal who raised a concern), never the staff member a concern is
// about (shown as "[staff member]"), other pupils counted, not identified, and no free text
// (summary, description, notes, decisions), which may identify any of them. Safeguarding
// disclosures, illegal content and a pupil's inadvertent conduct are left out altogether, not
// even counted, since telling the requester they exist could put the child at risk; the
// section's title says so in the same words for every pupil. The DSL keeps those records.
// For a staff member: the concerns they reported (their own summary and description, pupils'
// names in them as "[a pupil]") and those about them (never who reported them, no free text,
// pupils counted). Besides the pupil exemptions, a concern about them referred to the police,
// CEOP or the LADO is left out altogether (crime exemption); the title says some may be
// withheld, in the same words for everyone.
SubjectAccessCollector CasesCollector();

}  // namespace steward::domain
