#include "formats/meta_webhook.hpp"

#include <gtest/gtest.h>

namespace steward::formats {
namespace {

constexpr char kFacebookFeed[] = R"({"object":"page","entry":[{"id":"1001","time":1795600000,
 "changes":[{"field":"feed","value":{"from":{"id":"555","name":"A Parent"},
 "post":{"status_type":"added_photos","is_published":true},"message":"When is sports day?",
 "post_id":"1001_77","comment_id":"77_901","created_time":1795599990,"item":"comment",
 "parent_id":"1001_77","verb":"add"}},
 {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"1001_77","reaction_type":"like",
 "created_time":1795599991}}]}]})";

constexpr char kInstagramChanges[] = R"({"object":"instagram","entry":[{"id":"17841400000000001",
 "time":1795600000,"changes":[{"field":"comments","value":{"from":{"id":"232323",
 "username":"a_parent"},"media":{"id":"123123","media_product_type":"FEED"},"id":"17865799348089039",
 "parent_id":"1231231234","text":"lovely photos"}}]}]})";

constexpr char kInstagramBusinessLogin[] = R"({"object":"instagram","entry":[{"id":"178414",
 "time":1795600000123,"field":"comments","value":{"id":"999","from":{"id":"1","username":"x"},
 "text":"hi","media":{"id":"5","media_product_type":"REELS"}}}]})";

TEST(MetaWebhookTest, ReadsFacebookFeedCommentAndSkipsReactions) {
    auto delivery = ParseMetaWebhook(kFacebookFeed);
    ASSERT_TRUE(delivery) << delivery.error().ToString();
    ASSERT_EQ(delivery->comments.size(), 1u);
    const auto& comment = delivery->comments[0];
    EXPECT_EQ(comment.platform, domain::Platform::kFacebook);
    EXPECT_EQ(comment.account_external_id, "1001");
    EXPECT_EQ(comment.platform_comment_id, "77_901");
    EXPECT_EQ(comment.platform_post_id, "1001_77");
    EXPECT_EQ(comment.author_platform_id, "555");
    EXPECT_EQ(comment.author_name, "A Parent");
    EXPECT_EQ(comment.text, "When is sports day?");
    EXPECT_EQ(comment.received_at.time_since_epoch().count(), 1795599990);
    EXPECT_EQ(comment.source, domain::CommentSource::kWebhook);
    EXPECT_EQ(delivery->skipped_changes, 1);
    EXPECT_EQ(delivery->oldest_entry_time.time_since_epoch().count(), 1795600000);
}

TEST(MetaWebhookTest, ReadsInstagramCommentsInChangesAndOnTheEntry) {
    auto delivery = ParseMetaWebhook(kInstagramChanges);
    ASSERT_TRUE(delivery) << delivery.error().ToString();
    ASSERT_EQ(delivery->comments.size(), 1u);
    EXPECT_EQ(delivery->comments[0].platform, domain::Platform::kInstagram);
    EXPECT_EQ(delivery->comments[0].platform_comment_id, "17865799348089039");
    EXPECT_EQ(delivery->comments[0].author_handle, "a_parent");
    EXPECT_EQ(delivery->comments[0].platform_post_id, "123123");
    EXPECT_EQ(delivery->comments[0].received_at.time_since_epoch().count(), 1795600000);

    auto business = ParseMetaWebhook(kInstagramBusinessLogin);
    ASSERT_TRUE(business) << business.error().ToString();
    ASSERT_EQ(business->comments.size(), 1u);
    EXPECT_EQ(business->comments[0].received_at.time_since_epoch().count(), 1795600000);
}

TEST(MetaWebhookTest, RefusesMalformedDeliveries) {
    for (const char* body :
         {"", "[]", "{\"object\":\"user\",\"entry\":[]}", "{\"object\":\"page\"}",
          "{\"object\":\"page\",\"entry\":[{\"time\":1}]}",
          "{\"object\":\"page\",\"entry\":[{\"id\":\"1\"}]}",
          "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1795600000,\"changes\":[{\"field\":"
          "\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"message\":\"x\"}}]}]}",
          "{\"object\":\"page\",\"entry\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"}) {
        auto delivery = ParseMetaWebhook(body);
        EXPECT_FALSE(delivery) << body;
        if (!delivery) {
            EXPECT_EQ(delivery.error().code, core::ErrorCode::kInvalidInput);
        }
    }
}

}  // namespace
}  // namespace steward::formats
