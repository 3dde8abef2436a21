// Moderation of a queued comment (MON-06, MON-07, issue 7 item 3): reply, hide, unhide, delete,
// block the author, report to the platform, mark handled, and "tell the audience why" after a
// removal. Each action is stored with its reason, actor and time and audited in the same
// transaction. Entry points: ModerateComment(), CaseFromComment().
#pragma once

#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_types.hpp"
#include "domain/comments/comment_types.hpp"
#include "domain/ports/actor.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

inline constexpr std::size_t kMaxReasonBytes = 2000;
inline constexpr std::size_t kMaxReplyBytes = 8000;

struct ModerationRequest {
    ModerationKind kind = ModerationKind::kReply;
    std::string reason;  // required except for reply and explain_to_audience
    std::string text;    // required for reply and explain_to_audience
};

struct ModerationResult {
    Comment comment;  // after the action
    CommentAction action;
};

// Applies `request` to comment `comment_id` of `school_id`. The first action other than unhide
// or an explanation is the comment's first response (MON-02 report). Returns kNotFound for an
// unknown comment; kInvalidInput for a missing reason or text; kFailedPrecondition when the pack
// does not offer the action (monitoring.moderation_actions), for hiding or deleting a complaint
// (complaints go to the complaints procedure and stay visible), for a comment already deleted,
// or for an explanation before any removal or block.
core::Result<ModerationResult> ModerateComment(Tx& tx, const Actor& actor,
                                               const core::Clock& clock,
                                               const policy::PolicyPack* pack,
                                               std::string_view school_id,
                                               std::string_view comment_id,
                                               const ModerationRequest& request);

// "Make a case from this comment": opens a case of `type` (default: the concern the comment's
// screening raised, else inappropriate content) and links it. kFailedPrecondition when the
// comment already has a case; kNotFound for an unknown comment.
core::Result<std::string> CaseFromComment(Tx& tx, const Actor& actor, const core::Clock& clock,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, std::string_view comment_id,
                                          std::optional<ConcernType> type);

}  // namespace steward::domain
