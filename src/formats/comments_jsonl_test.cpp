#include "formats/comments_jsonl.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace steward::formats {
namespace {

TEST(CommentsJsonlTest, ReadsIdAndTextAndIgnoresLabels) {
    auto record = ParseCommentLine(
        R"({"id":"c1","text":"hello","expected_categories":["ok"],"escalate":"none"})", 1);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->id_json, "\"c1\"");
    EXPECT_EQ(record->text, "hello");
}

TEST(CommentsJsonlTest, NumericIdIsEchoedAsANumber) {
    auto record = ParseCommentLine(R"({"id":17,"text":"x"})", 1);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->id_json, "17");
}

TEST(CommentsJsonlTest, BadLinesNameTheirLineAndField) {
    auto bad_json = ParseCommentLine("{not json", 3);
    ASSERT_FALSE(bad_json.has_value());
    EXPECT_EQ(bad_json.error().where, "comments.jsonl line 3");
    auto no_text = ParseCommentLine(R"({"id":"c1"})", 4);
    ASSERT_FALSE(no_text.has_value());
    EXPECT_NE(no_text.error().where.find("text"), std::string::npos);
    EXPECT_FALSE(ParseCommentLine(R"([1,2])", 5).has_value());
    EXPECT_FALSE(ParseCommentLine(R"({"id":{"a":1},"text":"x"})", 6).has_value());
}

TEST(CommentsJsonlTest, DeeplyNestedJsonIsRefusedNotCrashed) {
    std::string deep(100000, '[');
    EXPECT_FALSE(ParseCommentLine(deep, 1).has_value());
}

TEST(CommentsJsonlTest, ReaderContinuesAfterAMalformedLineAndSkipsBlankLines) {
    std::istringstream in("{\"id\":\"a\",\"text\":\"one\"}\n\n{broken\n{\"id\":\"b\",\"text\":\"two\"}\r\n");
    CommentsJsonlReader reader(in);
    auto first = reader.Next();
    ASSERT_TRUE(first && first->has_value());
    EXPECT_EQ((*first)->text, "one");
    auto second = reader.Next();
    ASSERT_TRUE(second && !second->has_value());
    EXPECT_EQ(reader.line(), 3);
    auto third = reader.Next();
    ASSERT_TRUE(third && third->has_value());
    EXPECT_EQ((*third)->text, "two");
    EXPECT_FALSE(reader.Next().has_value());
}

TEST(CommentsJsonlTest, OverlongLineIsAnErrorAndTheNextLineStillReads) {
    std::string big(kMaxCommentLineBytes + 10, 'a');
    std::istringstream in(big + "\n{\"id\":1,\"text\":\"ok\"}\n");
    CommentsJsonlReader reader(in);
    auto first = reader.Next();
    ASSERT_TRUE(first && !first->has_value());
    auto second = reader.Next();
    ASSERT_TRUE(second && second->has_value());
}

TEST(CommentsJsonlTest, WritesOneJsonLinePerVerdictAndError) {
    std::ostringstream out;
    screening::CommentVerdict verdict;
    verdict.categories = {screening::Category::kProfanity};
    screening::Finding f;
    f.span = {3, 7};
    f.category = screening::Category::kProfanity;
    f.rule_id = "profanity/strong/shit";
    f.severity = screening::Severity::kMedium;
    f.matched = "sh\"t";
    verdict.findings.push_back(f);
    WriteCommentVerdict(out, CommentRecord{"\"c9\"", "x"}, verdict);
    WriteCommentError(out, 4, core::Error{core::ErrorCode::kInvalidInput, "This line is not valid JSON.", ""});
    EXPECT_EQ(out.str(),
              "{\"id\":\"c9\",\"categories\":[\"profanity\"],\"action\":\"none\",\"findings\":[{\"span\":[3,7],"
              "\"category\":\"profanity\",\"rule_id\":\"profanity/strong/shit\",\"severity\":\"medium\","
              "\"confidence\":1E0,\"text\":\"sh\\\"t\"}]}\n"
              "{\"line\":4,\"error\":\"This line is not valid JSON.\"}\n");
}

}  // namespace
}  // namespace steward::formats
