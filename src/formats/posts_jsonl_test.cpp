#include "formats/posts_jsonl.hpp"

#include "formats/post_check_jsonl.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace steward::formats {
namespace {

TEST(PostsJsonlTest, ReadsDocumentedFieldsAndIgnoresExpected) {
    auto post = ParsePostLine(
        R"({"id":"p1","platform":"x","media_kind":"image","posted_on":"2026-09-03",)"
        R"("caption":"Hi","tagged_pupil_ids":["A","B"],"expected":{"decision":"block"}})",
        1);
    ASSERT_TRUE(post) << post.error().ToString();
    EXPECT_EQ(post->platform, domain::Platform::kX);
    EXPECT_EQ(post->media_kind, domain::MediaKind::kImage);
    EXPECT_EQ(post->posted_on, (domain::Date{2026, 9, 3}));
    EXPECT_EQ(post->tagged_pupil_ids.size(), 2u);
}

TEST(PostsJsonlTest, BadFieldsNameLineAndField) {
    auto post = ParsePostLine(R"({"id":"p1","platform":"myspace","posted_on":"2026-09-03"})", 7);
    ASSERT_FALSE(post);
    EXPECT_EQ(post.error().where, "posts.jsonl line 7, field platform");
    auto date = ParsePostLine(R"({"id":"p1","platform":"x","posted_on":"2026-02-30"})", 8);
    ASSERT_FALSE(date);
    EXPECT_EQ(date.error().where, "posts.jsonl line 8, field posted_on");
}

TEST(PostsJsonlTest, ReaderStreamsAndContinuesAfterABadLine) {
    std::istringstream in(
        "{\"id\":\"a\",\"platform\":\"x\",\"posted_on\":\"2026-09-03\"}\n"
        "not json\n\n"
        "{\"id\":\"b\",\"platform\":\"website\",\"posted_on\":\"2026-09-04\"}\r\n");
    PostsJsonlReader reader(in);
    auto first = reader.Next();
    ASSERT_TRUE(first && *first);
    auto second = reader.Next();
    ASSERT_TRUE(second && !*second);
    EXPECT_EQ(second->error().where, "posts.jsonl line 2");
    auto third = reader.Next();
    ASSERT_TRUE(third && *third);
    EXPECT_EQ((*third)->id, "b");
    EXPECT_EQ(reader.line(), 4);
    EXPECT_FALSE(reader.Next());
}

TEST(PostsJsonlTest, ReadsTheLabelForEvaluation) {
    auto label = ParsePostLabel(
        R"({"id":"p","expected":{"decision":"block","reasons":["DO_NOT_PUBLISH","OFFENSIVE"]}})", 3);
    ASSERT_TRUE(label) << label.error().ToString();
    EXPECT_EQ(label->decision, domain::PostDecision::kBlock);
    EXPECT_EQ(label->reasons.size(), 2u);
    EXPECT_FALSE(ParsePostLabel(R"({"id":"p"})", 3));
}

// The media reasons were appended after the first ten; a label naming one was refused.
TEST(PostsJsonlTest, ReadsEveryReasonCodeInALabelMediaReasonsToo) {
    auto label = ParsePostLabel(
        R"({"id":"p","expected":{"decision":"needs_changes","reasons":)"
        R"(["UNTAGGED_FACE","NAME_VISIBLE_IN_IMAGE","PERSONAL_DATA_IN_IMAGE","LOCATION_METADATA"]}})",
        4);
    ASSERT_TRUE(label) << label.error().ToString();
    EXPECT_EQ(label->reasons, (std::vector<domain::PostReason>{
                                  domain::PostReason::kUntaggedFace,
                                  domain::PostReason::kNameVisibleInImage,
                                  domain::PostReason::kPersonalDataInImage,
                                  domain::PostReason::kLocationMetadata}));
    EXPECT_FALSE(ParsePostLabel(R"({"id":"p","expected":{"decision":"block","reasons":["NOPE"]}})", 5));
}

TEST(PostCheckJsonlTest, WritesTheStableOutputShape) {
    domain::PostCheckResult result;
    result.post_id = "p\"1";
    result.decision = domain::PostDecision::kNeedsChanges;
    result.reasons = {domain::PostReason::kPersonalData};
    result.findings.push_back({domain::PostReason::kPersonalData, "", {}, {}, "Remove it."});
    EXPECT_EQ(PostCheckLine(result),
              R"({"id":"p\"1","decision":"needs_changes","reasons":["PERSONAL_DATA"],"details":["Remove it."]})");
    core::Error error{core::ErrorCode::kInvalidInput, "Bad.", "posts.jsonl line 2"};
    EXPECT_EQ(PostErrorLine(2, "", error),
              R"({"line":2,"error":{"code":"invalid_input","message":"Bad.","where":"posts.jsonl line 2"}})");
}

}  // namespace
}  // namespace steward::formats
