// Value types of the post workflow (issue 4 item 6, PST-01, PST-17, DM-10, CON-07): a stored post
// and its state, each check run on it, its history, and the takedown tasks a consent withdrawal
// opens. The check itself is post_checker.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "domain/posts/post_types.hpp"

namespace steward::domain {

// draft -> checked -> submitted -> approved | rejected -> published -> taken_down. Any change
// to the content sends a post back to draft.
enum class PostState { kDraft, kChecked, kSubmitted, kApproved, kRejected, kPublished, kTakenDown };

// Returns "draft", "checked", ... / parses them (nullopt otherwise).
std::string_view PostStateName(PostState state);
std::optional<PostState> ParsePostState(std::string_view text);

struct Post {
    std::string id;
    std::string school_id;
    std::string account_id;
    Platform platform = Platform::kWebsite;  // the account's
    MediaKind media_kind = MediaKind::kNone;
    std::string media_id;  // the media room's item, "" when none
    std::vector<std::string> media_ids;  // every item shown, in order; front() is media_id
    std::string caption;
    Date posting_date;
    bool controversial = false;  // PST-03: the author's answer
    std::vector<std::string> tagged_pupil_ids;
    std::vector<std::string> named_pupil_ids;  // found in the caption by the latest check
    PostState state = PostState::kDraft;
    int version = 1;  // bumped by every edit; a check holds for one version
    std::string author_id;
    core::TimePoint created_at{};
    core::TimePoint updated_at{};
    std::string approved_by;
    core::TimePoint approved_at{};
    std::string published_by;
    core::TimePoint published_at{};
    std::string live_url;
    std::string taken_down_by;
    core::TimePoint taken_down_at{};

    // The draft as the checker reads it.
    PostDraft AsDraft() const;
};

// One check run on one version of a post.
struct PostCheckRecord {
    std::string post_id;
    int seq = 0;
    int version = 0;
    core::TimePoint checked_at{};
    std::string checked_by;
    PostCheckResult result;
};

// One line of a post's history.
struct PostEvent {
    std::string post_id;
    int seq = 0;
    core::TimePoint at{};
    std::string actor;
    std::string actor_role;
    std::string action;  // "created", "edited", "checked", "submitted", "approved", ...
    std::string from_state;
    std::string to_state;
    std::string comment;  // the approver's comment on a rejection, a takedown reason
};

enum class TakedownOutcome { kRemoved, kNotReasonablyPracticable };
std::string_view TakedownOutcomeName(TakedownOutcome outcome);
std::optional<TakedownOutcome> ParseTakedownOutcome(std::string_view text);

// CON-07: remove one published post that relied on a withdrawn consent.
struct TakedownTask {
    std::string id;
    std::string school_id;
    std::string post_id;
    std::string pupil_id;
    std::string reason;  // "consent_withdrawn"
    core::TimePoint opened_at{};
    core::TimePoint due_at{};
    bool open = true;
    std::optional<TakedownOutcome> outcome;
    std::string note;
    std::string closed_by;
    core::TimePoint closed_at{};
    std::vector<std::string> assignees;  // the account's administrators (person ids)
};

// Checks passed and failed in a period, for the home page.
struct PostCheckStats {
    int checks = 0;
    int approve = 0;
    int needs_changes = 0;
    int block = 0;
};

}  // namespace steward::domain
