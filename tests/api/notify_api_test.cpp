// Mail notifications end to end (issue 7): a safeguarding comment arrives by a signed webhook,
// the case it opens writes the DSL's mail to the outbox, the real sender delivers it by SMTP to a
// loopback SMTP listener, and GET notifications shows the delivery; with the mail server down the
// mail stays pending with its attempts counted and is delivered once the server is back.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <optional>

#include "comments_server.hpp"
#include "domain/notify/outbox.hpp"
#include "notify/smtp_test_server.hpp"
#include "notify/smtp_transport.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;

constexpr char kDslAddress[] = "dsl@kenn.example.org";

class NotifyApiTest : public ::testing::Test {
  protected:
    void SetUp() override {
        // The demo people have no addresses: give Kenn's DSLs one, as a roster import would.
        auto given = server_.store().Transact([](domain::Tx& tx) -> core::Status {
            auto holders = tx.Access().HoldersOf("kenn", domain::Role::kDsl);
            if (!holders) return holders.error();
            for (const auto& holder : *holders) {
                auto person = tx.Access().FindPerson(holder.person_id);
                if (!person) return person.error();
                if (!*person) continue;
                (*person)->email = kDslAddress;
                if (auto ok = tx.Access().UpdatePerson(**person); !ok) return ok;
            }
            return core::OkStatus();
        });
        ASSERT_TRUE(given) << given.error().ToString();
    }

    void SendSafeguardingComment() {
        const HttpResult result = meta_.Send(InstagramCommentDelivery(
            "17841400000000001", "17865799348089039",
            "you're so mature for your age, add me on snap x", UtcAt(2026, 11, 21, 9, 58)));
        ASSERT_EQ(result.status, 200) << result.body;
    }

    // One pass of the server's mail sender against `url`.
    domain::DeliveryReport Deliver(const std::string& url) {
        notify::SmtpSettings settings;
        settings.url = url;
        settings.from = "steward@kenn.example.org";
        settings.timeout = std::chrono::seconds(5);
        notify::SmtpTransport transport(settings, server_.clock());
        auto report = domain::DeliverPending(server_.store(), server_.clock(), transport);
        EXPECT_TRUE(report) << (report ? "" : report.error().ToString());
        return report ? *report : domain::DeliveryReport{};
    }

    // GET notifications as the headteacher: the DSL's safeguarding notification.
    std::optional<json::object> DslNotification() {
        HttpClient client(server_.port());
        auto head = SignIn(client, "headteacher@kenn-kenton");
        EXPECT_TRUE(head);
        if (!head) return std::nullopt;
        const HttpResult result =
            client.Send(boost::beast::http::verb::get, "/api/schools/kenn/notifications", "",
                        {{"cookie", head->cookie}});
        EXPECT_EQ(result.status, 200) << result.body;
        if (result.status != 200) return std::nullopt;
        const json::value parsed = json::parse(result.body);
        for (const json::value& item : parsed.at("notifications").as_array()) {
            if (item.at("reason").as_string() == "cases.safeguarding_disclosure") {
                return item.as_object();
            }
        }
        ADD_FAILURE() << "no safeguarding notification in " << result.body;
        return std::nullopt;
    }

    CommentsServer server_;
    FakeMeta meta_{server_.port()};
};

// Req: INC-05
TEST_F(NotifyApiTest, SafeguardingCommentByWebhookMailsTheDslAtOnce) {
    SendSafeguardingComment();
    notify::testing::FakeSmtpServer smtp;
    const domain::DeliveryReport report = Deliver(smtp.url());
    EXPECT_GE(report.delivered, 1);
    const auto mails = smtp.mails();
    ASSERT_FALSE(mails.empty());  // the demo seed's cases wrote theirs too
    const auto to_dsl = std::find_if(mails.begin(), mails.end(), [](const auto& mail) {
        return mail.recipients == std::vector<std::string>{"<dsl@kenn.example.org>"} &&
               mail.data.find("safeguarding_disclosure") != std::string::npos;
    });
    ASSERT_NE(to_dsl, mails.end());
    EXPECT_NE(to_dsl->data.find("Subject: [Steward] URGENT: new safeguarding_disclosure case"),
              std::string::npos)
        << to_dsl->data;
    EXPECT_NE(to_dsl->data.find("Importance: high"), std::string::npos) << to_dsl->data;
    EXPECT_EQ(to_dsl->data.find("snap"), std::string::npos) << "the comment's text stays out";
    auto notification = DslNotification();
    ASSERT_TRUE(notification);
    EXPECT_EQ(notification->at("status").as_string(), "delivered");
    EXPECT_TRUE(notification->at("urgent").as_bool());
    EXPECT_EQ(notification->at("object_type").as_string(), "case");
    const auto& delivery = notification->at("deliveries").as_array()[0].as_object();
    EXPECT_EQ(delivery.at("attempts").as_int64(), 1);
    EXPECT_EQ(delivery.at("status").as_string(), "delivered");
}

// Req: INC-05
TEST_F(NotifyApiTest, MailServerDownKeepsTheMailPendingAndDeliversItLater) {
    SendSafeguardingComment();
    std::string dead_url;
    { dead_url = notify::testing::FakeSmtpServer().url(); }  // nothing listens there any more
    const domain::DeliveryReport failed = Deliver(dead_url);
    EXPECT_GE(failed.failed, 1);
    EXPECT_EQ(failed.delivered, 0);
    auto pending = DslNotification();
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->at("status").as_string(), "pending");
    const auto& attempt = pending->at("deliveries").as_array()[0].as_object();
    EXPECT_EQ(attempt.at("attempts").as_int64(), 1);
    EXPECT_NE(attempt.at("last_error").as_string().find("did not take the message"),
              std::string::npos);
    EXPECT_EQ(attempt.at("last_error").as_string().find(dead_url), std::string::npos);

    notify::testing::FakeSmtpServer smtp;
    EXPECT_EQ(Deliver(smtp.url()).due, 0) << "not retried before its backoff";
    server_.clock().Advance(std::chrono::seconds(61));
    EXPECT_GE(Deliver(smtp.url()).delivered, 1);
    EXPECT_FALSE(smtp.mails().empty());
    auto delivered = DslNotification();
    ASSERT_TRUE(delivered);
    EXPECT_EQ(delivered->at("status").as_string(), "delivered");
    EXPECT_EQ(delivered->at("deliveries").as_array()[0].at("attempts").as_int64(), 2);
}

TEST_F(NotifyApiTest, NotificationsAreNotForEveryRole) {
    HttpClient client(server_.port());
    auto moderator = SignIn(client, kModerator);
    ASSERT_TRUE(moderator);
    const HttpResult result =
        client.Send(boost::beast::http::verb::get, "/api/schools/kenn/notifications", "",
                    {{"cookie", moderator->cookie}});
    EXPECT_EQ(result.status, 403) << result.body;
}

}  // namespace
}  // namespace steward::api::testing
