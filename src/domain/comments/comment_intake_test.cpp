#include "domain/comments/comment_intake.hpp"

#include <gtest/gtest.h>

#include "domain/cases/case_store.hpp"
#include "domain/comments/comment_test_fixture.hpp"

namespace steward::domain {
namespace {

using testing::CommentsFixture;
using testing::Utc;

class CommentIntakeTest : public CommentsFixture {};

// Req: MON-02 (REQUIREMENTS example E1)
TEST_F(CommentIntakeTest, QuestionOnSaturdayIsDueAtEndOfMonday) {
    const Comment comment = IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 21, 10));
    EXPECT_TRUE(comment.HasCategory("question"));
    EXPECT_EQ(comment.action, "reply_within_24h");
    EXPECT_EQ(comment.due_at, Utc(2026, 11, 23, 17));  // Monday 17:00 GMT
    EXPECT_EQ(comment.visibility, CommentVisibility::kVisible);
    EXPECT_FALSE(comment.first_response_at);
}

// Req: MON-02 (E1: Tuesday after a bank holiday Monday; 4 May 2026 is one, BST)
TEST_F(CommentIntakeTest, QuestionOnSaturdayBeforeBankHolidayIsDueAtEndOfTuesday) {
    const Comment comment = IngestOk("q2", testing::kQuestionText, Utc(2026, 5, 2, 9));
    EXPECT_EQ(comment.due_at, Utc(2026, 5, 5, 16));  // Tuesday 17:00 BST
}

// Req: MON-02 (E2: a weekday comment is due 24 hours later)
TEST_F(CommentIntakeTest, WeekdayCommentIsDueTwentyFourHoursLater) {
    const Comment comment = IngestOk("q3", testing::kQuestionText, Utc(2026, 11, 18, 10));
    EXPECT_EQ(comment.due_at, Utc(2026, 11, 19, 10));
    EXPECT_EQ(comment.warn_at, Utc(2026, 11, 19, 6));  // warning_hours_before_due = 4
}

// Req: MON-01
TEST_F(CommentIntakeTest, RedeliveredCommentIsNotStoredTwice) {
    const Comment first = IngestOk("c1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    auto again = intake_->Ingest(Actor::System("s1"),
                                 Incoming("c1", "edited text", Utc(2026, 11, 18, 11)));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->duplicate);
    EXPECT_EQ(again->comment.id, first.id);
    EXPECT_EQ(again->comment.text, testing::kQuestionText);
    auto page = store_->Read([](Tx& tx) {
        QueueFilter filter;
        filter.school_id = "s1";
        filter.state.reset();
        return tx.Comments().ListQueue(filter, Utc(2026, 11, 18, 12));
    });
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 1);
}

// Req: MON-09
TEST_F(CommentIntakeTest, HateIsHiddenOnArrivalWithAPendingHideAndACase) {
    const Comment comment = IngestOk("h1", testing::kHateText, Utc(2026, 11, 18, 10));
    EXPECT_TRUE(comment.HasCategory("hate"));
    EXPECT_EQ(comment.visibility, CommentVisibility::kHidden);
    EXPECT_FALSE(comment.case_id.empty());
    auto actions = store_->Read([&](Tx& tx) { return tx.Comments().ListActions(comment.id); });
    ASSERT_TRUE(actions);
    ASSERT_EQ(actions->size(), 1u);
    EXPECT_EQ((*actions)[0].kind, ModerationKind::kHide);
    EXPECT_EQ((*actions)[0].platform_status, PlatformStatus::kPending);
    EXPECT_EQ((*actions)[0].actor, "system");
    EXPECT_FALSE((*actions)[0].reason.empty());
}

// Req: MON-09, INC-05
TEST_F(CommentIntakeTest, SafeguardingDisclosureOpensAnUrgentCase) {
    const Comment comment = IngestOk("s1", testing::kSafeguardingText, Utc(2026, 11, 18, 10));
    EXPECT_TRUE(comment.HasCategory("safeguarding"));
    EXPECT_TRUE(comment.urgent);
    EXPECT_FALSE(comment.case_id.empty());
    EXPECT_EQ(comment.visibility, CommentVisibility::kVisible);
}

TEST_F(CommentIntakeTest, ComplaintIsRoutedToComplaintsAndStaysVisible) {
    const Comment comment = IngestOk("k1", testing::kComplaintText, Utc(2026, 11, 18, 10));
    EXPECT_TRUE(comment.HasCategory("complaint"));
    EXPECT_EQ(comment.action, "complaints");
    EXPECT_EQ(comment.visibility, CommentVisibility::kVisible);
    EXPECT_TRUE(comment.case_id.empty());
}

TEST_F(CommentIntakeTest, UnknownAccountIsRefusedAndNothingStored) {
    IncomingComment incoming = Incoming("u1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    incoming.account_id = "nope";
    auto result = intake_->Ingest(Actor::System("s1"), incoming);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, core::ErrorCode::kNotFound);
    auto stored = store_->Read(
        [](Tx& tx) { return tx.Comments().FindByPlatformId(Platform::kFacebook, "u1"); });
    ASSERT_TRUE(stored);
    EXPECT_FALSE(*stored);
}

// A batch is screened with the screener's batch form: every comment gets the verdict it would
// get alone, in its own row, and a comment already stored stays a duplicate.
TEST_F(CommentIntakeTest, BatchGivesEachCommentItsOwnVerdict) {
    const Comment earlier = IngestOk("m0", testing::kQuestionText, Utc(2026, 11, 18, 9));
    std::vector<IncomingComment> batch = {
        Incoming("m1", testing::kComplaintText, Utc(2026, 11, 18, 10)),
        Incoming("m0", testing::kQuestionText, Utc(2026, 11, 18, 10)),
        Incoming("m2", testing::kHateText, Utc(2026, 11, 18, 10)),
        Incoming("m3", testing::kSafeguardingText, Utc(2026, 11, 18, 10)),
        Incoming("m4", testing::kQuestionText, Utc(2026, 11, 18, 10))};
    auto result = intake_->IngestAll(Actor::System("s1"), batch);
    ASSERT_TRUE(result) << result.error().message;
    ASSERT_EQ(result->size(), batch.size());
    EXPECT_EQ((*result)[0].comment.action, "complaints");
    EXPECT_TRUE((*result)[1].duplicate);
    EXPECT_EQ((*result)[1].comment.id, earlier.id);
    EXPECT_TRUE((*result)[2].comment.HasCategory("hate"));
    EXPECT_EQ((*result)[2].comment.visibility, CommentVisibility::kHidden);
    EXPECT_TRUE((*result)[3].comment.urgent);
    EXPECT_EQ((*result)[4].comment.action, earlier.action);
    EXPECT_EQ((*result)[4].comment.categories, earlier.categories);
    EXPECT_EQ((*result)[4].comment.findings_json, earlier.findings_json);
    EXPECT_EQ((*result)[4].comment.text, testing::kQuestionText);
}

TEST_F(CommentIntakeTest, BatchWithAnUnknownAccountNamesTheRowAndStoresNothing) {
    std::vector<IncomingComment> batch = {
        Incoming("n1", testing::kQuestionText, Utc(2026, 11, 18, 10)),
        Incoming("n2", testing::kQuestionText, Utc(2026, 11, 18, 10))};
    batch[1].account_id = "nope";
    auto result = intake_->IngestAll(Actor::System("s1"), batch);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, core::ErrorCode::kNotFound);
    EXPECT_EQ(result.error().where.rfind("row 2", 0), 0u) << result.error().where;
    auto stored = store_->Read(
        [](Tx& tx) { return tx.Comments().FindByPlatformId(Platform::kFacebook, "n1"); });
    ASSERT_TRUE(stored);
    EXPECT_FALSE(*stored);
}

TEST_F(CommentIntakeTest, BatchWithOneBadRowStoresNothing) {
    std::vector<IncomingComment> batch = {
        Incoming("b1", testing::kQuestionText, Utc(2026, 11, 18, 10)),
        Incoming("b2", "", Utc(2026, 11, 18, 10))};
    auto result = intake_->IngestAll(Actor::System("s1"), batch);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_NE(result.error().message.find("row 2"), std::string::npos);
    auto stored = store_->Read(
        [](Tx& tx) { return tx.Comments().FindByPlatformId(Platform::kFacebook, "b1"); });
    ASSERT_TRUE(stored);
    EXPECT_FALSE(*stored);
}

}  // namespace
}  // namespace steward::domain
