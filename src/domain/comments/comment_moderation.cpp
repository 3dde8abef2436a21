// Moderation rules: what each action needs, what it changes, and its audit event.
#include "domain/comments/comment_moderation.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/comments/comment_cases.hpp"
#include "domain/ports/store.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

core::Error Refused(std::string message) {
    return core::Error{core::ErrorCode::kFailedPrecondition, std::move(message), "action"};
}

bool IsBlank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Req: MON-06 only the actions the pack configures are offered.
core::Status CheckOffered(ModerationKind kind, const policy::PolicyPack* pack) {
    if (pack == nullptr) return core::OkStatus();
    std::optional<policy::ModerationAction> needed;
    if (kind == ModerationKind::kHide || kind == ModerationKind::kDelete) {
        needed = policy::ModerationAction::kHideOrDeleteComment;
    } else if (kind == ModerationKind::kBlockAuthor) {
        needed = policy::ModerationAction::kBlockUser;
    } else if (kind == ModerationKind::kReportToPlatform) {
        needed = policy::ModerationAction::kReportToPlatform;
    }
    if (!needed) return core::OkStatus();
    const auto& offered = pack->monitoring.moderation_actions;
    if (std::find(offered.begin(), offered.end(), *needed) != offered.end()) {
        return core::OkStatus();
    }
    return Refused("The school's policy does not offer \"" +
                   std::string(ModerationKindName(kind)) +
                   "\" (monitoring.moderation_actions).");
}

core::Status CheckRequest(const ModerationRequest& request) {
    const bool needs_text = request.kind == ModerationKind::kReply ||
                            request.kind == ModerationKind::kExplainToAudience;
    if (needs_text && (IsBlank(request.text) || request.text.size() > kMaxReplyBytes)) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "Write the text to post (1 to 8000 bytes).", "text"};
    }
    if (!needs_text && (IsBlank(request.reason) || request.reason.size() > kMaxReasonBytes)) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "Give a reason for this action (1 to 2000 bytes); it is kept in the "
                           "moderation log.",
                           "reason"};
    }
    if (request.reason.size() > kMaxReasonBytes) {
        return core::Error{core::ErrorCode::kInvalidInput, "The reason is over 2000 bytes.",
                           "reason"};
    }
    return core::OkStatus();
}

// Changes the comment for `kind`; returns kFailedPrecondition when the step makes no sense.
core::Status Apply(Tx& tx, Comment& comment, ModerationKind kind) {
    const bool complaint_only = comment.action == "complaints";
    switch (kind) {
        case ModerationKind::kHide:
        case ModerationKind::kDelete:
            if (complaint_only) {
                return Refused(
                    "A complaint goes to the complaints procedure and is never hidden or "
                    "deleted; reply, or mark it handled once referred.");
            }
            if (comment.visibility == CommentVisibility::kDeleted) {
                return Refused("The comment was already deleted.");
            }
            comment.visibility = kind == ModerationKind::kHide ? CommentVisibility::kHidden
                                                               : CommentVisibility::kDeleted;
            break;
        case ModerationKind::kUnhide:
            if (comment.visibility != CommentVisibility::kHidden) {
                return Refused("Only a hidden comment can be unhidden.");
            }
            comment.visibility = CommentVisibility::kVisible;
            break;
        case ModerationKind::kMarkHandled:
            comment.state = CommentState::kHandled;
            break;
        case ModerationKind::kExplainToAudience: {
            // Req: MON-07 the explanation follows a removal or a block.
            if (comment.visibility != CommentVisibility::kVisible) break;
            auto actions = tx.Comments().ListActions(comment.id);
            if (!actions) return actions.error();
            const bool blocked = std::any_of(actions->begin(), actions->end(), [](const auto& a) {
                return a.kind == ModerationKind::kBlockAuthor;
            });
            if (!blocked) return Refused("Explain to the audience after hiding, deleting or blocking.");
            break;
        }
        default:
            break;
    }
    return core::OkStatus();
}

}  // namespace

core::Result<ModerationResult> ModerateComment(Tx& tx, const Actor& actor,
                                               const core::Clock& clock,
                                               const policy::PolicyPack* pack,
                                               std::string_view school_id,
                                               std::string_view comment_id,
                                               const ModerationRequest& request) {
    if (auto checked = CheckRequest(request); !checked) return checked.error();
    if (auto offered = CheckOffered(request.kind, pack); !offered) return offered.error();
    auto found = tx.Comments().GetComment(school_id, comment_id);
    if (!found) return found.error();
    if (!*found) return core::Error{core::ErrorCode::kNotFound, "There is no such comment.", "comment_id"};
    Comment comment = std::move(**found);
    const std::string before = "state=" + std::string(CommentStateName(comment.state)) +
                               " visibility=" +
                               std::string(CommentVisibilityName(comment.visibility));
    if (auto applied = Apply(tx, comment, request.kind); !applied) return applied.error();
    const core::TimePoint now = clock.Now();
    const bool responds = request.kind != ModerationKind::kUnhide &&
                          request.kind != ModerationKind::kExplainToAudience;
    if (responds && !comment.first_response_at) comment.first_response_at = now;
    if (auto updated = tx.Comments().UpdateComment(comment); !updated) return updated.error();

    CommentAction action{"cma-" + security::GenerateToken().substr(0, 16),
                         comment.id,
                         comment.school_id,
                         request.kind,
                         request.reason,
                         request.text,
                         actor.person_id.empty() ? "system" : actor.person_id,
                         now,
                         request.kind == ModerationKind::kMarkHandled ? PlatformStatus::kNotNeeded
                                                                      : PlatformStatus::kPending};
    if (auto added = tx.Comments().InsertAction(action); !added) return added.error();
    const std::string after = "action_id=" + action.id + " state=" +
                              std::string(CommentStateName(comment.state)) + " visibility=" +
                              std::string(CommentVisibilityName(comment.visibility));
    auto audited = RecordAudit(tx, actor, clock,
                               {"comments." + std::string(ModerationKindName(request.kind)),
                                "comment", comment.id, before, after, comment.school_id});
    if (!audited) return audited.error();
    return ModerationResult{std::move(comment), std::move(action)};
}

core::Result<std::string> CaseFromComment(Tx& tx, const Actor& actor, const core::Clock& clock,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, std::string_view comment_id,
                                          std::optional<ConcernType> type) {
    auto found = tx.Comments().GetComment(school_id, comment_id);
    if (!found) return found.error();
    if (!*found) return core::Error{core::ErrorCode::kNotFound, "There is no such comment.", "comment_id"};
    Comment comment = std::move(**found);
    if (!comment.case_id.empty()) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "This comment already has case " + comment.case_id + ".", "comment_id"};
    }
    const ConcernType concern =
        type.value_or(ArrivalConcern(comment).value_or(ConcernType::kInappropriateContent));
    auto case_id = OpenCaseForComment(tx, actor, clock, pack, comment, concern);
    if (!case_id) return case_id.error();
    comment.case_id = *case_id;
    if (concern == ConcernType::kSafeguardingDisclosure) comment.urgent = true;
    if (auto updated = tx.Comments().UpdateComment(comment); !updated) return updated.error();
    auto audited = RecordAudit(tx, actor, clock,
                               {"comments.open_case", "comment", comment.id, "",
                                "case=" + comment.case_id, comment.school_id});
    if (!audited) return audited.error();
    return comment.case_id;
}

}  // namespace steward::domain
