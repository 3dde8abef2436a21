// The school's own contacts over real HTTP (issue 4 item 3): Belgrave's demo contacts are seeded
// (data/demo/contacts/belgrave.json); the post check never flags the school's own phone number
// as PERSONAL_DATA but does flag a parent's; the headteacher changes them with PUT and the very
// next check uses the new ones; other roles read them but may not change them.
#include <gtest/gtest.h>

#include <algorithm>

#include "demo_server.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;

// One signed-in demo user; one connection per request.
class As {
  public:
    As(DemoServer& server, std::string_view username) : port_(server.port()) {
        HttpClient client(port_);
        auto signed_in = SignIn(client, username);
        EXPECT_TRUE(signed_in) << username;
        if (signed_in) who_ = *signed_in;
    }
    HttpResult Get(const std::string& target) {
        HttpClient client(port_);
        return client.Send(http::verb::get, target, "", {{"cookie", who_.cookie}});
    }
    HttpResult Send(http::verb verb, const std::string& target, const std::string& body) {
        HttpClient client(port_);
        return client.Send(verb, target, body,
                           {{"cookie", who_.cookie},
                            {"x-csrf-token", who_.csrf},
                            {"content-type", "application/json"}});
    }

  private:
    std::uint16_t port_;
    SignedInClient who_;
};

const std::string kBase = "/api/schools/belgrave/";

json::object Parse(const HttpResult& result) { return json::parse(result.body).as_object(); }

std::string FacebookAccount(As& user) {
    const json::object parsed_accounts = Parse(user.Get(kBase + "accounts"));  // outlives the loop
    for (const auto& account : parsed_accounts.at("accounts").as_array()) {
        if (account.at("platform").as_string() == "facebook") {
            return std::string(account.at("id").as_string());
        }
    }
    return "";
}

// Drafts a text-only post with `caption`, checks it and returns the reasons.
std::vector<std::string> CheckReasons(As& user, const std::string& caption) {
    const json::object draft{{"account_id", FacebookAccount(user)},
                             {"media_kind", "none"},
                             {"caption", caption},
                             {"tagged_pupil_ids", json::array{}},
                             {"posting_date", "2026-10-05"}};
    HttpResult created = user.Send(http::verb::post, kBase + "posts", json::serialize(draft));
    EXPECT_EQ(created.status, 201) << created.body;
    if (created.status != 201) return {"(not created)"};
    const std::string id(Parse(created).at("id").as_string());
    HttpResult checked = user.Send(http::verb::post, kBase + "posts/" + id + "/check", "");
    EXPECT_EQ(checked.status, 200) << checked.body;
    if (checked.status != 200) return {"(not checked)"};
    std::vector<std::string> reasons;
    const json::object parsed_reasons = Parse(checked);  // outlives the loop
    for (const auto& reason : parsed_reasons.at("reasons").as_array()) {
        reasons.emplace_back(reason.as_string());
    }
    return reasons;
}

bool Has(const std::vector<std::string>& reasons, std::string_view reason) {
    return std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
}

TEST(PostsSchoolContactsApiTest, TheSchoolsOwnNumberIsNotPersonalDataAParentsIs) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    const auto own = CheckReasons(comms, "Questions about the trip? Call the office on 0116 496 0123.");
    EXPECT_FALSE(Has(own, "PERSONAL_DATA")) << "Belgrave's own seeded number";
    const auto own_email = CheckReasons(comms, "Tickets from office@belgrave.example.sch.uk");
    EXPECT_FALSE(Has(own_email, "PERSONAL_DATA"));
    const auto parent = CheckReasons(comms, "Lost property? Ring Sam's mum on 07700 900123.");
    EXPECT_TRUE(Has(parent, "PERSONAL_DATA"));
}

TEST(PostsSchoolContactsApiTest, TheHeadteacherChangesThemAndTheNextCheckUsesThem) {
    DemoServer server;
    As head(server, "headteacher@belgrave");
    As comms(server, "communications.lead@belgrave");
    HttpResult seeded = comms.Get(kBase + "contacts");
    ASSERT_EQ(seeded.status, 200) << seeded.body;
    EXPECT_EQ(Parse(seeded).at("phones").as_array().at(0).as_string(), "0116 496 0123");
    EXPECT_EQ(Parse(seeded).at("postcode").as_string(), "LE4 5QT");
    // can_edit says who may PUT: the communications lead reads them, the headteacher keeps them.
    EXPECT_FALSE(Parse(seeded).at("can_edit").as_bool());
    EXPECT_TRUE(Parse(head.Get(kBase + "contacts")).at("can_edit").as_bool());

    const std::string caption = "Sports day questions? Call 0116 496 0999.";
    EXPECT_TRUE(Has(CheckReasons(comms, caption), "PERSONAL_DATA")) << "not the school's yet";

    json::object contacts = Parse(seeded);
    contacts["phones"].as_array().push_back(json::value("0116 496 0999"));
    contacts["handles"] = json::object{{"facebook", "BelgraveSchool"}};  // school.json's shape
    HttpResult refused = comms.Send(http::verb::put, kBase + "contacts", json::serialize(contacts));
    EXPECT_EQ(refused.status, 403) << refused.body;
    HttpResult stored = head.Send(http::verb::put, kBase + "contacts", json::serialize(contacts));
    ASSERT_EQ(stored.status, 200) << stored.body;
    EXPECT_EQ(Parse(stored).at("phones").as_array().size(), 3u);
    EXPECT_EQ(Parse(stored).at("handles").as_array(), (json::array{"BelgraveSchool"}));

    EXPECT_FALSE(Has(CheckReasons(comms, caption), "PERSONAL_DATA")) << "now the school's own";
    auto events = server.store().Read([](domain::Tx& tx) { return tx.Audit().List(0, 100000); });
    ASSERT_TRUE(events);
    EXPECT_TRUE(std::any_of(events->begin(), events->end(), [](const domain::AuditEvent& event) {
        return event.action == "schools.set_contacts" && event.actor == "headteacher.belgrave";
    }));
}

// Bad input: a clear error naming the entry, nothing changed; a body that is not JSON is 400.
TEST(PostsSchoolContactsApiTest, BadContactsAreRefusedByEntryAndNothingChanges) {
    DemoServer server;
    As head(server, "headteacher@belgrave");
    HttpResult bad_phone = head.Send(http::verb::put, kBase + "contacts",
                                     R"({"phones": ["0116 496 0123", "call us"]})");
    ASSERT_EQ(bad_phone.status, 400) << bad_phone.body;
    EXPECT_EQ(Parse(bad_phone).at("error").at("where").as_string(), "phones[1]");
    HttpResult wrong_type = head.Send(http::verb::put, kBase + "contacts", R"({"emails": "x"})");
    ASSERT_EQ(wrong_type.status, 400) << wrong_type.body;
    EXPECT_EQ(Parse(wrong_type).at("error").at("where").as_string(), "emails");
    EXPECT_EQ(head.Send(http::verb::put, kBase + "contacts", "not json").status, 400);
    HttpResult after = head.Get(kBase + "contacts");
    ASSERT_EQ(after.status, 200);
    EXPECT_EQ(Parse(after).at("phones").as_array().size(), 2u);
    EXPECT_EQ(head.Get("/api/schools/nowhere/contacts").status, 404);
}

}  // namespace
}  // namespace steward::api::testing
