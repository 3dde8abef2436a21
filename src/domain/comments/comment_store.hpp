// CommentStore: the port through which the comments room reads and writes comments, their
// moderation actions and processed webhook deliveries inside a transaction. Implemented once for
// both engines in store/sql/comments_store.cpp; reached as tx.Comments().
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/comments/comment_types.hpp"

namespace steward::domain {

// One comment's timing, for the response-time report.
struct ResponseTiming {
    core::TimePoint received_at{};
    core::TimePoint due_at{};
    std::optional<core::TimePoint> first_response_at;
};

// Every method returns kUnavailable when the database fails.
class CommentStore {
  public:
    virtual ~CommentStore() = default;

    // Inserts a screened comment. kAlreadyExists when (platform, platform_comment_id) or the id
    // is taken; kFailedPrecondition when the school or account does not exist.
    virtual core::Status InsertComment(const Comment& comment) = 0;

    // Returns the comment a platform knows by `platform_comment_id`, or nullopt.
    virtual core::Result<std::optional<Comment>> FindByPlatformId(
        Platform platform, std::string_view platform_comment_id) = 0;

    // Returns the school's comment `comment_id`, or nullopt (also for another school's).
    virtual core::Result<std::optional<Comment>> GetComment(std::string_view school_id,
                                                            std::string_view comment_id) = 0;

    // Writes state, visibility, first_response_at, case_id and urgent of an existing comment.
    // kNotFound when it does not exist.
    virtual core::Status UpdateComment(const Comment& comment) = 0;

    // Appends a moderation action.
    virtual core::Status InsertAction(const CommentAction& action) = 0;

    // Returns the actions on one comment, oldest first.
    virtual core::Result<std::vector<CommentAction>> ListActions(std::string_view comment_id) = 0;

    // Returns one page of the queue at time `now`: overdue = no response yet and due_at < now;
    // due soon = no response yet and warn_at <= now <= due_at. Urgent first, then by due time.
    virtual core::Result<QueuePage> ListQueue(const QueueFilter& filter, core::TimePoint now) = 0;

    // Returns the school's comments received in [from, to) whose categories include any of
    // `categories`, newest first (the inappropriate comments log, MON-10).
    virtual core::Result<std::vector<Comment>> ListFlagged(
        std::string_view school_id, const std::vector<std::string>& categories,
        core::TimePoint from, core::TimePoint to) = 0;

    // Returns the timing of the school's (or one account's, if not "") comments received in
    // [from, to).
    virtual core::Result<std::vector<ResponseTiming>> ListTimings(std::string_view school_id,
                                                                  std::string_view account_id,
                                                                  core::TimePoint from,
                                                                  core::TimePoint to) = 0;

    // MON-04: returns up to `limit` open comments of every school, with no response yet, whose
    // warning is pending (warned_at unset, warn_at <= now) or whose escalation is pending
    // (escalated_at unset, due_at < now), earliest warning time first.
    virtual core::Result<std::vector<Comment>> ListPendingAlerts(core::TimePoint now,
                                                                 int limit) = 0;

    // Sets warned_at to `at` unless it is already set, or the comment was answered or handled
    // meanwhile. Returns whether this call set it: a due check running at the same time in
    // another server gets false and raises nothing.
    virtual core::Result<bool> ClaimWarning(std::string_view comment_id, core::TimePoint at) = 0;

    // Sets escalated_at and escalated_to likewise; returns whether this call set them.
    virtual core::Result<bool> ClaimEscalation(std::string_view comment_id, policy::Role role,
                                               core::TimePoint at) = 0;

    // Appends an alert.
    virtual core::Status InsertAlert(const CommentAlert& alert) = 0;

    // Returns the school's alerts for `person_id` (warnings to them) or for any of `roles`
    // (escalations), newest first, at most `limit`. With `unanswered_only`, only those whose
    // comment is still open with no response.
    virtual core::Result<std::vector<CommentAlert>> ListAlerts(std::string_view school_id,
                                                               std::string_view person_id,
                                                               const std::vector<policy::Role>& roles,
                                                               bool unanswered_only, int limit) = 0;

    // Subject access (AUD-04): returns the school's comments whose screening found a pupil's
    // full name (rule pd/pupil_full_name) or whose id is in `comment_ids`, oldest first.
    virtual core::Result<std::vector<Comment>> ListNamingPupilsOr(
        std::string_view school_id, const std::vector<std::string>& comment_ids) = 0;

    // Records that the webhook delivery whose raw body hashes to `body_sha256` was processed.
    // kAlreadyExists when it was recorded before (a redelivery of the same bytes).
    virtual core::Status RecordDelivery(std::string_view body_sha256, std::string_view source,
                                        core::TimePoint at, int comments) = 0;
};

}  // namespace steward::domain
