// The comments room's section of a subject access export (AUD-04): comments on the school's
// official accounts that name the pupil or that a case about the pupil was opened from, with
// other people's data redacted. Entry point: CommentsCollector().
#pragma once

#include "domain/subject_access/subject_access.hpp"

namespace steward::domain {

// Returns a collector listing the school's comments that name the pupil (their full name, as
// screening found it on arrival) or were the source of a case about the pupil, oldest first.
// Redacted for the requester: the comment's author (name, handle, platform id) appears as
// "[comment author]"; another pupil's name in the text as "[another pupil]"; other personal
// data screening found (phone numbers, addresses, e-mails) as "[personal data removed]"; staff
// who moderated as "[staff member]". The pupil's own name stays.
SubjectAccessCollector CommentsCollector();

}  // namespace steward::domain
