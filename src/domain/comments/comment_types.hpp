// Comments on official accounts (issue 7 items 1-4; MON-01..MON-10): what arrives, what the queue
// holds after screening, and the moderation actions taken on it. Value types only; the workflow
// is in comment_intake.hpp, comment_moderation.hpp and comment_reports.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "domain/consent/consent_types.hpp"
#include "policy/enum_names.hpp"
#include "policy/role.hpp"

namespace steward::domain {

// How a comment reached Steward.
enum class CommentSource { kWebhook, kApi, kCsv };
std::string_view CommentSourceName(CommentSource source);  // "webhook", "api", "csv"
std::optional<CommentSource> ParseCommentSource(std::string_view text);

// A comment as a connector, the JSON endpoint or a CSV row delivers it, before screening.
struct IncomingComment {
    std::string school_id;            // "" when only the account's platform id is known (webhook)
    std::string account_id;           // "" for webhooks: found by account_external_id
    std::string account_external_id;  // the page / Instagram user id a webhook names
    Platform platform = Platform::kFacebook;
    std::string platform_comment_id;  // unique per platform: a redelivery never duplicates
    std::string platform_post_id;     // the post or media commented on; may be empty
    std::string author_platform_id;
    std::string author_handle;
    std::string author_name;
    std::string text;
    std::string link;  // permalink; may be empty
    core::TimePoint received_at{};
    CommentSource source = CommentSource::kApi;
};

// Queue state: open until someone marks it handled (MON-03 keeps an acknowledged item open).
enum class CommentState { kOpen, kHandled };
// Whether the comment is visible on the platform as far as Steward has asked.
enum class CommentVisibility { kVisible, kHidden, kDeleted };
std::string_view CommentStateName(CommentState state);
std::optional<CommentState> ParseCommentState(std::string_view text);
std::string_view CommentVisibilityName(CommentVisibility visibility);
std::optional<CommentVisibility> ParseCommentVisibility(std::string_view text);

// A screened comment in an account's queue.
struct Comment {
    std::string id;
    std::string school_id;
    std::string account_id;
    Platform platform = Platform::kFacebook;
    std::string platform_comment_id;
    std::string platform_post_id;
    std::string author_platform_id;
    std::string author_handle;
    std::string author_name;
    std::string text;
    std::string link;
    CommentSource source = CommentSource::kApi;
    core::TimePoint received_at{};
    std::vector<std::string> categories;  // screening category names, e.g. {"hate", "insult"}
    std::string action;                   // screening action name, e.g. "remove_and_escalate"
    std::string findings_json;            // [{"span":[b,e],"category","rule_id","severity"}]
    core::TimePoint due_at{};             // MON-02
    core::TimePoint warn_at{};            // MON-04
    CommentState state = CommentState::kOpen;
    CommentVisibility visibility = CommentVisibility::kVisible;
    std::optional<core::TimePoint> first_response_at;
    std::string case_id;  // "" until a case is opened from it
    bool urgent = false;  // safeguarding: the DSL must see it at once
    core::TimePoint created_at{};
    // MON-04: set once by the due check (comment_due_checks.hpp).
    std::optional<core::TimePoint> warned_at;     // the runners were warned
    std::optional<core::TimePoint> escalated_at;  // overdue without a response: escalated
    policy::Role escalated_to = policy::Role::kNone;

    bool HasCategory(std::string_view name) const;
};

// MON-06/MON-07: what a moderator does with a comment. kHide is also what screening records
// for hate on arrival (to be carried out on the platform).
enum class ModerationKind {
    kReply,
    kHide,
    kUnhide,
    kDelete,
    kBlockAuthor,
    kReportToPlatform,
    kMarkHandled,
    kExplainToAudience,  // "tell the audience why" text after a removal or block
};
std::string_view ModerationKindName(ModerationKind kind);  // "reply", "block_author", ...
std::optional<ModerationKind> ParseModerationKind(std::string_view text);

// Whether a recorded action still has to be done on the platform itself.
enum class PlatformStatus { kPending, kDone, kNotNeeded };
std::string_view PlatformStatusName(PlatformStatus status);
std::optional<PlatformStatus> ParsePlatformStatus(std::string_view text);

struct CommentAction {
    std::string id;
    std::string comment_id;
    std::string school_id;
    ModerationKind kind = ModerationKind::kReply;
    std::string reason;
    std::string text;   // reply or explanation text; "" otherwise
    std::string actor;  // person id, or "system"
    core::TimePoint at{};
    PlatformStatus platform_status = PlatformStatus::kNotNeeded;
};

// MON-04: what the due check raised about a comment, for one recipient.
enum class AlertKind {
    kDueSoon,    // to one runner of the account, warning_hours_before_due before it falls due
    kEscalated,  // to every holder of monitoring.escalation_role once it is overdue
};

struct CommentAlert {
    std::string id;
    std::string school_id;
    std::string comment_id;
    AlertKind kind = AlertKind::kDueSoon;
    std::string person_id;                   // the runner warned; "" when sent to a role
    policy::Role role = policy::Role::kNone;  // the role escalated to; kNone when to a person
    core::TimePoint due_at{};                // the comment's due time when raised
    core::TimePoint created_at{};
};

// Which part of the queue to list.
enum class DueFilter { kAny, kOverdue, kDueSoon };

struct QueueFilter {
    std::string school_id;
    std::string account_id;  // "" = every account of the school
    std::optional<CommentState> state = CommentState::kOpen;  // nullopt = any
    DueFilter due = DueFilter::kAny;
    int limit = 100;   // 1..500
    int offset = 0;
};

// One page of the queue, most urgent first (urgent, then due time).
struct QueuePage {
    std::vector<Comment> comments;
    int64_t total = 0;  // items matching the filter, all pages
};

}  // namespace steward::domain

// Spellings in JSON, CSV and the database, in enumerator order (policy::EnumName / ParseEnum).
namespace steward::policy {
template <>
struct EnumTraits<domain::CommentSource> {
    static constexpr std::array<std::string_view, 3> kNames = {"webhook", "api", "csv"};
};
template <>
struct EnumTraits<domain::CommentState> {
    static constexpr std::array<std::string_view, 2> kNames = {"open", "handled"};
};
template <>
struct EnumTraits<domain::CommentVisibility> {
    static constexpr std::array<std::string_view, 3> kNames = {"visible", "hidden", "deleted"};
};
template <>
struct EnumTraits<domain::ModerationKind> {
    static constexpr std::array<std::string_view, 8> kNames = {
        "reply",        "hide",         "unhide", "delete", "block_author", "report_to_platform",
        "mark_handled", "explain_to_audience"};
};
template <>
struct EnumTraits<domain::AlertKind> {
    static constexpr std::array<std::string_view, 2> kNames = {"due_soon", "escalated"};
};
template <>
struct EnumTraits<domain::PlatformStatus> {
    static constexpr std::array<std::string_view, 3> kNames = {"pending", "done", "not_needed"};
};
}  // namespace steward::policy
