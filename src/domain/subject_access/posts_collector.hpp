// The posts room's section of a subject access export: every post that tags the pupil or whose
// latest check found them named in the caption, in any state. Entry points: PostsCollector(),
// RoomCollectors().
#pragma once

#include "domain/subject_access/subject_access.hpp"

namespace steward::domain {

// Returns a collector listing the school's posts that show or name the pupil. Other pupils
// tagged in the same post are counted, not identified; staff appear as "[staff member]". The
// caption is given as posted, for the DPO's disclosure review (it may name other people).
// For a staff member: the posts they drafted, approved, published or took down (StaffPosts).
SubjectAccessCollector PostsCollector();

// Returns every room's collector, in report order: posts, comments, cases, and for staff their
// sign-in and official accounts (staff_posts.hpp).
std::vector<SubjectAccessCollector> RoomCollectors();

}  // namespace steward::domain
