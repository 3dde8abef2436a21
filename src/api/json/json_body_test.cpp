#include "api/json/json_body.hpp"

#include <gtest/gtest.h>

namespace steward::api {
namespace {

TEST(JsonBodyTest, ParsesAnObjectWithTrailingWhitespace) {
    auto value = ParseJsonBody("{\"a\": [1, 2]}\n  ", 8);
    ASSERT_TRUE(value) << value.error().ToString();
    EXPECT_EQ(value->at("a").as_array().size(), 2u);
}

TEST(JsonBodyTest, MalformedJsonGivesLineAndColumn) {
    auto value = ParseJsonBody("{\n  \"a\": 1,\n  \"b\": }", 8);
    ASSERT_FALSE(value);
    EXPECT_EQ(value.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(value.error().where.rfind("request body line 3, column", 0), 0u)
        << value.error().where;
}

TEST(JsonBodyTest, TooDeepIsRefused) {
    auto value = ParseJsonBody(std::string(20, '[') + std::string(20, ']'), 8);
    ASSERT_FALSE(value);
    EXPECT_NE(value.error().message.find("nested too deeply"), std::string::npos);
}

TEST(JsonBodyTest, EmptyAndTrailingGarbageAreRefused) {
    EXPECT_FALSE(ParseJsonBody("", 8));
    EXPECT_FALSE(ParseJsonBody("{} {}", 8));
    EXPECT_FALSE(ParseJsonBody("{\"a\":", 8));
}

}  // namespace
}  // namespace steward::api
