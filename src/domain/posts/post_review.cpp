// The second half of the post workflow: submit, approve or reject, publish, take down (PST-02,
// PST-04, PST-17). Each transition checks the state it starts from and who is acting.
#include <algorithm>

#include "domain/posts/approval_chain.hpp"
#include "domain/posts/post_workflow.hpp"

namespace steward::domain {
namespace {

constexpr std::size_t kMaxComment = 2000;

core::Error NotNow(const Post& post, std::string what) {
    return core::Error{core::ErrorCode::kFailedPrecondition,
                       "This post is " + std::string(PostStateName(post.state)) + ": " + what,
                       "state"};
}

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

// Submit needs a check of this very version that found nothing to change.
core::Status RequirePassingCheck(Tx& tx, const Post& post) {
    auto latest = tx.Posts().LatestCheck(post.id);
    if (!latest) return latest.error();
    if (!*latest || (*latest)->version != post.version) {
        return NotNow(post, "run the check on this version before submitting it.");
    }
    if ((*latest)->result.decision != PostDecision::kApprove) {
        return NotNow(post, "its latest check found problems (" +
                                std::string(PostDecisionName((*latest)->result.decision)) +
                                "); change the post and check it again.");
    }
    return core::OkStatus();
}

Actor ActingAs(const PostActor& by, Role role) {
    Actor actor = by.actor;
    actor.role = role;
    return actor;
}

}  // namespace

core::Result<Post> PostWorkflow::Submit(const PostActor& by, std::string_view school_id,
                                        std::string_view post_id) {
    return store_.Transact([&](Tx& tx) -> core::Result<Post> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        if (post->state != PostState::kChecked) {
            return NotNow(*post, "only a checked post can be submitted.");
        }
        if (auto ok = RequirePassingCheck(tx, *post); !ok) return ok.error();
        if (auto ok = RecordTransition(tx, clock_, by.actor, *post, PostState::kSubmitted,
                                       "submit", "");
            !ok) {
            return ok.error();
        }
        if (ApprovalNotRequired(pack_, *post)) {
            // PST-02, E12: this school approves only posts flagged as possibly controversial.
            if (auto ok = RecordTransition(tx, clock_, Actor::System(post->school_id), *post,
                                           PostState::kApproved, "approval_not_required",
                                           "posts.approval_scope = controversial_only");
                !ok) {
                return ok.error();
            }
        }
        return std::move(*post);
    });
}

core::Result<Post> PostWorkflow::Approve(const PostActor& by, std::string_view school_id,
                                         std::string_view post_id, std::string comment) {
    return Review(by, school_id, post_id, /*approve=*/true, std::move(comment));
}

core::Result<Post> PostWorkflow::Reject(const PostActor& by, std::string_view school_id,
                                        std::string_view post_id, std::string comment) {
    if (comment.find_first_not_of(" \t\r\n") == std::string::npos) {
        return Invalid("Say what needs to change: a comment is required to reject a post.",
                       "comment");
    }
    return Review(by, school_id, post_id, /*approve=*/false, std::move(comment));
}

core::Result<Post> PostWorkflow::Review(const PostActor& by, std::string_view school_id,
                                        std::string_view post_id, bool approve,
                                        std::string comment) {
    if (comment.size() > kMaxComment) {
        return Invalid("The comment must be at most 2,000 characters.", "comment");
    }
    return store_.Transact([&](Tx& tx) -> core::Result<Post> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        auto role = CheckApprover(pack_, *post, by.actor.person_id, by.held, school_id,
                                  by.school_trust_id);
        if (!role) return role.error();
        if (post->state != PostState::kSubmitted) {
            return NotNow(*post, "only a submitted post can be approved or rejected.");
        }
        if (approve) {
            if (auto ok = RequirePassingCheck(tx, *post); !ok) return ok.error();
            post->approved_by = by.actor.person_id;
            post->approved_at = clock_.Now();
        }
        if (auto ok = RecordTransition(tx, clock_, ActingAs(by, *role), *post,
                                       approve ? PostState::kApproved : PostState::kRejected,
                                       approve ? "approve" : "reject", std::move(comment));
            !ok) {
            return ok.error();
        }
        return std::move(*post);
    });
}

core::Result<Post> PostWorkflow::Publish(const PostActor& by, std::string_view school_id,
                                         std::string_view post_id, std::string live_url) {
    if (live_url.rfind("https://", 0) != 0 || live_url.size() > 500 || live_url.size() < 12) {
        return Invalid("The live URL must be the post's https:// address on the platform.",
                       "live_url");
    }
    return store_.Transact([&](Tx& tx) -> core::Result<Post> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        if (post->state != PostState::kApproved) {
            return NotNow(*post, "only an approved post can be published.");
        }
        auto account = tx.Accounts().GetAccount(school_id, post->account_id);
        if (!account) return account.error();
        if (!*account) {
            return core::Error{core::ErrorCode::kNotFound, "The post's account no longer exists.",
                               "account_id"};
        }
        if (auto ok = CheckPublisher(pack_, **account, by.actor.person_id, by.held, school_id,
                                     by.school_trust_id);
            !ok) {
            return ok.error();
        }
        post->published_by = by.actor.person_id;
        post->published_at = clock_.Now();
        post->live_url = live_url;
        if (auto ok = RecordTransition(tx, clock_, by.actor, *post, PostState::kPublished,
                                       "publish", live_url);
            !ok) {
            return ok.error();
        }
        return std::move(*post);
    });
}

core::Result<Post> PostWorkflow::TakeDown(const PostActor& by, std::string_view school_id,
                                          std::string_view post_id, std::string reason) {
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos || reason.size() > kMaxComment) {
        return Invalid("Give the reason for taking the post down (at most 2,000 characters).",
                       "reason");
    }
    return store_.Transact([&](Tx& tx) -> core::Result<Post> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        if (post->state != PostState::kPublished) {
            return NotNow(*post, "only a published post can be taken down.");
        }
        post->taken_down_by = by.actor.person_id;
        post->taken_down_at = clock_.Now();
        if (auto ok = RecordTransition(tx, clock_, by.actor, *post, PostState::kTakenDown,
                                       "take_down", reason);
            !ok) {
            return ok.error();
        }
        auto tasks = tx.Posts().ListTakedowns(school_id, /*open_only=*/true);
        if (!tasks) return tasks.error();
        for (TakedownTask& task : *tasks) {
            if (task.post_id != post->id) continue;
            task.open = false;
            task.outcome = TakedownOutcome::kRemoved;
            task.note = "Post taken down: " + reason;
            task.closed_by = by.actor.person_id;
            task.closed_at = post->taken_down_at;
            if (auto ok = tx.Posts().CloseTakedown(task); !ok) return ok.error();
        }
        return std::move(*post);
    });
}

}  // namespace steward::domain
