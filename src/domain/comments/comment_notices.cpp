// NotifyCommentEscalated (comment_notices.hpp).
#include "domain/comments/comment_notices.hpp"

#include "domain/notify/notices.hpp"
#include "domain/notify/outbox.hpp"

namespace steward::domain {

core::Status NotifyCommentEscalated(Tx& tx, const core::Clock& clock, const Comment& comment,
                                    Role role) {
    NotificationRequest request;
    request.school_id = comment.school_id;
    request.to_role = role;
    request.subject = "[Steward] Overdue comment on account " + comment.account_id;
    request.body = "A comment on the official account " + comment.account_id + " was due for a " +
                   "response at " + NoticeTime(comment.due_at) + " and has none yet, so it " +
                   "has been escalated to the " + std::string(RoleKey(role)) + ".\n" +
                   "Open Steward and go to Comments > Alerts to see it (comment " + comment.id +
                   ").\n";
    request.reason = "comments.escalated";
    request.object_type = "comment";
    request.object_id = comment.id;
    request.urgent = comment.urgent;
    auto sent = Notify(tx, clock, std::move(request));
    if (!sent) return sent.error();
    return core::OkStatus();
}

}  // namespace steward::domain
