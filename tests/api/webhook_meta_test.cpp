// POST and GET /webhooks/meta over real HTTP, with deliveries signed as Meta signs them.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "comments_server.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;

class WebhookMetaTest : public ::testing::Test {
  protected:
    // The queue of Kenn as the account moderator sees it (all states).
    json::object Queue() {
        HttpClient client(server_.port());
        auto signed_in = SignIn(client, kModerator);
        EXPECT_TRUE(signed_in);
        if (!signed_in) return {};
        const HttpResult result = client.Send(boost::beast::http::verb::get,
                                              "/api/schools/kenn/comments?state=all", "",
                                              {{"cookie", signed_in->cookie}});
        EXPECT_EQ(result.status, 200) << result.body;
        return json::parse(result.body).as_object();
    }

    int64_t QueueTotal() { return Queue().at("total").as_int64(); }

    CommentsServer server_;
    FakeMeta meta_{server_.port()};
};

TEST_F(WebhookMetaTest, HandshakeEchoesTheChallengeOnlyForTheRightToken) {
    HttpClient client(server_.port());
    HttpResult ok = client.Get(
        "/webhooks/meta?hub.mode=subscribe&hub.verify_token=test-verify-token&hub.challenge=1158201444");
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.body, "1158201444");
    HttpClient other(server_.port());
    HttpResult wrong = other.Get(
        "/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");
    EXPECT_EQ(wrong.status, 403);
    EXPECT_EQ(wrong.body.find("1158201444"), std::string::npos);
}

// Req: MON-01
TEST_F(WebhookMetaTest, SignedFacebookCommentIsQueuedAndRedeliveryAddsNothing) {
    const std::string body = FacebookCommentDelivery("1001", "9001", "What time does the fair start?",
                                                     UtcAt(2026, 11, 21, 9, 55));
    const HttpResult first = meta_.Send(body);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(json::parse(first.body).at("queued").as_int64(), 1);
    const HttpResult again = meta_.Send(body);
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(json::parse(again.body).at("queued").as_int64(), 0);
    EXPECT_EQ(json::parse(again.body).at("duplicates").as_int64(), 1);
    // Meta may also redeliver the same comment inside a new envelope.
    server_.clock().Advance(std::chrono::minutes(30));
    const HttpResult wrapped = meta_.Send(FacebookCommentDelivery(
        "1001", "9001", "What time does the fair start?", UtcAt(2026, 11, 21, 10, 20)));
    ASSERT_EQ(wrapped.status, 200) << wrapped.body;
    EXPECT_EQ(json::parse(wrapped.body).at("duplicates").as_int64(), 1);
    const json::object queue = Queue();
    EXPECT_EQ(queue.at("total").as_int64(), 1);
    const json::object& comment = queue.at("comments").as_array()[0].as_object();
    EXPECT_EQ(comment.at("platform_comment_id").as_string(), "77_9001");
    EXPECT_EQ(comment.at("source").as_string(), "webhook");
    EXPECT_EQ(comment.at("account_id").as_string(), "kenn-facebook");
}

TEST_F(WebhookMetaTest, ForgedOrMissingSignatureIsRefusedAndNothingStored) {
    const std::string body = FacebookCommentDelivery("1001", "9002", "forged", UtcAt(2026, 11, 21, 9));
    FakeMeta forger(server_.port(), "not-the-app-secret");
    EXPECT_EQ(forger.Send(body).status, 403);
    EXPECT_EQ(meta_.SendSigned(body, "").status, 401);
    EXPECT_EQ(meta_.SendSigned(body, "sha256=zz").status, 403);
    // A body changed after signing.
    const std::string signature = "sha256=" + security::HmacSha256Hex(kAppSecret, body);
    std::string tampered = body;
    tampered.replace(tampered.find("forged"), 6, "FORGED");
    EXPECT_EQ(meta_.SendSigned(tampered, signature).status, 403);
    EXPECT_EQ(QueueTotal(), 0);
}

TEST_F(WebhookMetaTest, OldDeliveryIsRefusedAsAReplay) {
    const std::string body =
        FacebookCommentDelivery("1001", "9003", "old news", UtcAt(2026, 11, 19, 9));
    EXPECT_EQ(meta_.Send(body).status, 403);
    EXPECT_EQ(QueueTotal(), 0);
}

TEST_F(WebhookMetaTest, UnknownAccountOversizedAndMalformedDeliveriesStoreNothing) {
    EXPECT_EQ(meta_.Send(FacebookCommentDelivery("999999", "9004", "hello",
                                                 UtcAt(2026, 11, 21, 9, 59)))
                  .status,
              404);
    const std::string huge = FacebookCommentDelivery("1001", "9005", std::string(600 * 1024, 'a'),
                                                     UtcAt(2026, 11, 21, 9, 59));
    EXPECT_EQ(meta_.Send(huge).status, 413);
    EXPECT_EQ(meta_.Send("{\"object\":\"page\",\"entry\":[{\"id\":").status, 400);
    EXPECT_EQ(QueueTotal(), 0);
}

// Req: MON-09
TEST_F(WebhookMetaTest, HateArrivingByWebhookIsHiddenAtOnceWithACase) {
    const HttpResult result = meta_.Send(FacebookCommentDelivery(
        "1001", "9006", "Not being funny but get these fuking gyppos out of our school.",
        UtcAt(2026, 11, 21, 9, 58)));
    ASSERT_EQ(result.status, 200) << result.body;
    const json::object queue = Queue();
    ASSERT_EQ(queue.at("total").as_int64(), 1);
    const json::object& comment = queue.at("comments").as_array()[0].as_object();
    EXPECT_EQ(comment.at("visibility").as_string(), "hidden");
    EXPECT_TRUE(comment.at("case_id").is_string());
    EXPECT_EQ(comment.at("route").as_string(), "remove_and_escalate");
    EXPECT_FALSE(comment.at("flagged_because").as_array().empty());
}

// Req: MON-09, INC-05 (issue 7 item 8 journey: a safeguarding comment arrives by webhook)
TEST_F(WebhookMetaTest, SafeguardingOnInstagramOpensAnUrgentCaseForTheDsl) {
    const HttpResult result = meta_.Send(InstagramCommentDelivery(
        "17841400000000001", "17865799348089039", "you're so mature for your age, add me on snap x",
        UtcAt(2026, 11, 21, 9, 58)));
    ASSERT_EQ(result.status, 200) << result.body;
    const json::object queue = Queue();
    ASSERT_EQ(queue.at("total").as_int64(), 1);
    const json::object& comment = queue.at("comments").as_array()[0].as_object();
    EXPECT_EQ(comment.at("platform").as_string(), "instagram");
    EXPECT_TRUE(comment.at("urgent").as_bool());
    EXPECT_EQ(comment.at("route").as_string(), "dsl");
    ASSERT_TRUE(comment.at("case_id").is_string());
    HttpClient client(server_.port());
    auto dsl = SignIn(client, "dsl@kenn-kenton");
    ASSERT_TRUE(dsl);
    const HttpResult cases = client.Send(boost::beast::http::verb::get, "/api/schools/kenn/cases",
                                         "", {{"cookie", dsl->cookie}});
    ASSERT_EQ(cases.status, 200) << cases.body;
    EXPECT_NE(cases.body.find(std::string(comment.at("case_id").as_string())), std::string::npos);
}

}  // namespace
}  // namespace steward::api::testing
