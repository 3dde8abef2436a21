#include "formats/comments_csv.hpp"

#include <gtest/gtest.h>

namespace steward::formats {
namespace {

TEST(CommentsCsvTest, ReadsRowsForTheAccount) {
    auto comments = ParseCommentsCsv(
        "comment_id,author_handle,text,received_at\n"
        "c1,@parent,\"Is school open, tomorrow?\",2026-11-21T10:00:00Z\n"
        "c2,,Thanks!,2026-07-01 09:30\n",
        "s1", "acc1", "comments.csv");
    ASSERT_TRUE(comments) << comments.error().ToString();
    ASSERT_EQ(comments->size(), 2u);
    EXPECT_EQ((*comments)[0].text, "Is school open, tomorrow?");
    EXPECT_EQ((*comments)[0].account_id, "acc1");
    EXPECT_EQ((*comments)[0].source, domain::CommentSource::kCsv);
    EXPECT_EQ((*comments)[0].received_at.time_since_epoch().count(), 1795255200);
    // 09:30 BST on 1 July is 08:30 UTC.
    EXPECT_EQ((*comments)[1].received_at.time_since_epoch().count() % 86400, 8 * 3600 + 1800);
}

TEST(CommentsCsvTest, ReportsEveryBadRow) {
    auto comments = ParseCommentsCsv(
        "comment_id,text,received_at\n"
        "c1,,2026-11-21T10:00:00Z\n"
        "c2,ok,yesterday\n"
        ",ok,2026-11-21T10:00:00+01:00\n",
        "s1", "acc1", "comments.csv");
    ASSERT_FALSE(comments);
    const std::string message = comments.error().message;
    EXPECT_NE(message.find("line 2: text is empty"), std::string::npos) << message;
    EXPECT_NE(message.find("line 3: received_at"), std::string::npos) << message;
    EXPECT_NE(message.find("line 4: comment_id is empty"), std::string::npos) << message;
}

TEST(CommentsCsvTest, NamesAMissingColumn) {
    auto comments = ParseCommentsCsv("comment_id,text\nc1,hi\n", "s1", "acc1", "comments.csv");
    ASSERT_FALSE(comments);
    EXPECT_NE(comments.error().message.find("received_at"), std::string::npos);
}

TEST(CommentTimeTest, ParsesZonesAndRefusesJunk) {
    auto utc = ParseCommentTime("2026-11-21T10:00:00+01:00", "t");
    ASSERT_TRUE(utc);
    EXPECT_EQ(utc->time_since_epoch().count(), 1795255200 - 3600);
    EXPECT_FALSE(ParseCommentTime("2026-13-01T10:00:00Z", "t"));
    EXPECT_FALSE(ParseCommentTime("2026-11-21T10:00:00Q", "t"));
    EXPECT_FALSE(ParseCommentTime("2026-11-21", "t"));
}

}  // namespace
}  // namespace steward::formats
