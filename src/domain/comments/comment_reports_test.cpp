#include "domain/comments/comment_reports.hpp"

#include <gtest/gtest.h>

#include "domain/comments/comment_test_fixture.hpp"

namespace steward::domain {
namespace {

using testing::Utc;

TEST(ResponseTimesTest, MedianP95AndShareInTimePerMonth) {
    const auto calendar = core::WorkingCalendar::Default();
    std::vector<ResponseTiming> timings;
    // November: 20 answered after 1..20 hours, due after 10 hours; one unanswered and overdue.
    for (int hours = 1; hours <= 20; ++hours) {
        const auto received = Utc(2026, 11, 2, 9);
        timings.push_back({received, received + std::chrono::hours(10),
                           received + std::chrono::hours(hours)});
    }
    timings.push_back({Utc(2026, 11, 3, 9), Utc(2026, 11, 4, 9), std::nullopt});
    // December: one not yet due.
    timings.push_back({Utc(2026, 12, 1, 9), Utc(2026, 12, 2, 9), std::nullopt});
    const auto report = SummariseResponseTimes(timings, calendar, Utc(2026, 12, 1, 12));
    ASSERT_EQ(report.size(), 2u);
    EXPECT_EQ(report[0].month, "2026-11");
    EXPECT_EQ(report[0].received, 21);
    EXPECT_EQ(report[0].answered, 20);
    EXPECT_EQ(report[0].answered_in_time, 10);
    EXPECT_EQ(report[0].overdue_unanswered, 1);
    EXPECT_EQ(report[0].median_seconds, 10 * 3600 + 1800);  // between 10 and 11 hours
    EXPECT_EQ(report[0].p95_seconds, 19 * 3600);             // nearest rank 19 of 20
    EXPECT_DOUBLE_EQ(report[0].share_in_time, 10.0 / 21.0);
    EXPECT_EQ(report[1].month, "2026-12");
    EXPECT_EQ(report[1].received, 1);
    EXPECT_DOUBLE_EQ(report[1].share_in_time, 1.0);
}

class InappropriateLogTest : public testing::CommentsFixture {};

// Req: MON-10
TEST_F(InappropriateLogTest, LogListsFlaggedCommentsWithTheirActions) {
    const Comment hate = IngestOk("h1", testing::kHateText, Utc(2026, 11, 18, 10));
    IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 11));
    auto log = store_->Read([](Tx& tx) {
        return InappropriateLog(tx, "s1", Utc(2026, 11, 1, 0), Utc(2026, 12, 1, 0));
    });
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ((*log)[0].comment.id, hate.id);
    ASSERT_EQ((*log)[0].actions.size(), 1u);
    EXPECT_EQ((*log)[0].actions[0].kind, ModerationKind::kHide);
}

}  // namespace
}  // namespace steward::domain
