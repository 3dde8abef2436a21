#include "domain/comments/comment_moderation.hpp"

#include <gtest/gtest.h>

#include "domain/comments/comment_test_fixture.hpp"

namespace steward::domain {
namespace {

using testing::CommentsFixture;
using testing::Utc;

class CommentModerationTest : public CommentsFixture {
  protected:
    core::Result<ModerationResult> Moderate(const std::string& id, ModerationKind kind,
                                            std::string reason, std::string text = "") {
        return store_->Transact([&](Tx& tx) -> core::Result<ModerationResult> {
            return ModerateComment(tx, moderator_, clock_, &pack_, "s1", id,
                                   ModerationRequest{kind, std::move(reason), std::move(text)});
        });
    }
};

// Req: MON-06
TEST_F(CommentModerationTest, HideNeedsAReasonAndIsAuditedWithIt) {
    const Comment comment = IngestOk("p1", "you lot are useless idiots", Utc(2026, 11, 18, 10));
    auto refused = Moderate(comment.id, ModerationKind::kHide, " ");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(refused.error().where, "reason");

    clock_.Set(Utc(2026, 11, 18, 12));
    auto hidden = Moderate(comment.id, ModerationKind::kHide, "Insulting staff");
    ASSERT_TRUE(hidden) << hidden.error().ToString();
    EXPECT_EQ(hidden->comment.visibility, CommentVisibility::kHidden);
    EXPECT_EQ(hidden->comment.first_response_at, Utc(2026, 11, 18, 12));
    EXPECT_EQ(hidden->action.reason, "Insulting staff");
    EXPECT_EQ(hidden->action.actor, "mod1");
    auto events = store_->Read([](Tx& tx) { return tx.Audit().List(0, 1000); });
    ASSERT_TRUE(events);
    ASSERT_FALSE(events->empty());
    EXPECT_EQ(events->back().action, "comments.hide");
    EXPECT_EQ(events->back().object_id, comment.id);
    EXPECT_NE(events->back().after.find(hidden->action.id), std::string::npos);
}

TEST_F(CommentModerationTest, ComplaintCannotBeHidden) {
    const Comment comment = IngestOk("k1", testing::kComplaintText, Utc(2026, 11, 18, 10));
    auto refused = Moderate(comment.id, ModerationKind::kHide, "Negative");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kFailedPrecondition);
    auto replied = Moderate(comment.id, ModerationKind::kReply, "", "Please contact the office.");
    ASSERT_TRUE(replied);
    EXPECT_EQ(replied->comment.visibility, CommentVisibility::kVisible);
}

// Req: MON-07
TEST_F(CommentModerationTest, ExplanationComesAfterARemoval) {
    const Comment comment = IngestOk("p2", testing::kQuestionText, Utc(2026, 11, 18, 10));
    auto early = Moderate(comment.id, ModerationKind::kExplainToAudience, "",
                          "We removed a comment that broke our rules.");
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, core::ErrorCode::kFailedPrecondition);
    ASSERT_TRUE(Moderate(comment.id, ModerationKind::kDelete, "Spam link"));
    auto explained = Moderate(comment.id, ModerationKind::kExplainToAudience, "",
                              "We removed a comment that broke our rules.");
    ASSERT_TRUE(explained);
    EXPECT_EQ(explained->action.platform_status, PlatformStatus::kPending);
}

TEST_F(CommentModerationTest, MarkHandledClosesTheItem) {
    const Comment comment = IngestOk("p3", testing::kQuestionText, Utc(2026, 11, 18, 10));
    auto handled = Moderate(comment.id, ModerationKind::kMarkHandled, "Answered by phone");
    ASSERT_TRUE(handled);
    EXPECT_EQ(handled->comment.state, CommentState::kHandled);
    auto missing = Moderate("cmt-none", ModerationKind::kMarkHandled, "x");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
}

TEST_F(CommentModerationTest, CaseFromCommentLinksOnce) {
    const Comment comment = IngestOk("p4", testing::kQuestionText, Utc(2026, 11, 18, 10));
    auto opened = store_->Transact([&](Tx& tx) {
        return CaseFromComment(tx, moderator_, clock_, &pack_, "s1", comment.id, std::nullopt);
    });
    ASSERT_TRUE(opened) << opened.error().ToString();
    auto again = store_->Transact([&](Tx& tx) {
        return CaseFromComment(tx, moderator_, clock_, &pack_, "s1", comment.id, std::nullopt);
    });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, core::ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace steward::domain
