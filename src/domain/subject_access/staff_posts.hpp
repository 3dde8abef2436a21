// The posts and official-accounts part of a staff member's subject access export: the posts they
// drafted, approved, published or took down, and the official accounts they run.
// Entry points: StaffPosts(), OfficialAccountsCollector(), RedactPupilNames().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/posts/post_workflow_types.hpp"
#include "domain/subject_access/subject_access.hpp"

namespace steward::domain {

// Returns the "posts" section for staff `subject` from the school's `posts`: each post where they
// are the author, approver, publisher or the one who took it down, with their part. Pupils shown
// are counted, never identified; pupils' names in the caption become "[a pupil]"
// (RedactPupilNames); other staff appear as "[staff member]".
core::Result<SubjectAccessSection> StaffPosts(Tx& tx, std::string_view school_id,
                                              const DataSubject& subject,
                                              const std::vector<Post>& posts);

// Returns `text` with each of `pupils`' full names ("Ada Lovelace", "Lovelace, Ada", with the
// preferred name too) and then their first and preferred names alone replaced by "[a pupil]",
// matching whole words, ignoring ASCII case.
std::string RedactPupilNames(std::string text, const std::vector<Pupil>& pupils);

// A collector of the official accounts a staff member administers or moderates (platform,
// handle, their part). Returns a section with an empty room (left out) for a pupil.
SubjectAccessCollector OfficialAccountsCollector();

}  // namespace steward::domain
