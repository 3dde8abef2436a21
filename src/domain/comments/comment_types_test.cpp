// The comments room's enum spellings (policy::EnumTraits) round-trip and refuse unknown names.
#include "domain/comments/comment_types.hpp"

#include <gtest/gtest.h>

namespace steward::domain {
namespace {

template <class E>
void ExpectRoundTrip() {
    for (std::string_view name : policy::EnumTraits<E>::kNames) {
        ASSERT_FALSE(name.empty());
        const std::optional<E> parsed = policy::ParseEnum<E>(name);
        ASSERT_TRUE(parsed.has_value()) << name;
        EXPECT_EQ(policy::EnumName(*parsed), name);
    }
}

TEST(CommentTypesTest, EveryEnumSpellingRoundTrips) {
    ExpectRoundTrip<CommentSource>();
    ExpectRoundTrip<CommentState>();
    ExpectRoundTrip<CommentVisibility>();
    ExpectRoundTrip<ModerationKind>();
    ExpectRoundTrip<PlatformStatus>();
    ExpectRoundTrip<AlertKind>();
}

TEST(CommentTypesTest, NamesAreTheStoredSpellings) {
    EXPECT_EQ(CommentSourceName(CommentSource::kCsv), "csv");
    EXPECT_EQ(CommentVisibilityName(CommentVisibility::kDeleted), "deleted");
    EXPECT_EQ(ModerationKindName(ModerationKind::kExplainToAudience), "explain_to_audience");
    EXPECT_EQ(PlatformStatusName(PlatformStatus::kNotNeeded), "not_needed");
    EXPECT_EQ(ParseModerationKind("block_author"), ModerationKind::kBlockAuthor);
    EXPECT_EQ(ParseCommentState("handled"), CommentState::kHandled);
}

TEST(CommentTypesTest, UnknownOrDifferentlyCasedNamesAreRefused) {
    EXPECT_FALSE(ParseCommentSource("email").has_value());
    EXPECT_FALSE(ParseCommentState("Open").has_value());
    EXPECT_FALSE(ParseCommentVisibility("").has_value());
    EXPECT_FALSE(ParseModerationKind("ban").has_value());
    EXPECT_FALSE(ParsePlatformStatus("pending ").has_value());
}

}  // namespace
}  // namespace steward::domain
