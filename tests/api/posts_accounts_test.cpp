// Official accounts over real HTTP with the demo tenants (issue 4 item 5, ACC-01).
#include <gtest/gtest.h>

#include "demo_server.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;

// Req: ACC-01
TEST(PostsAccountsApiTest, DemoSchoolHasFacebookAndInstagramRunByItsCommunicationsLead) {
    DemoServer server;
    HttpClient client(server.port());
    auto head = SignIn(client, "headteacher@belgrave");
    ASSERT_TRUE(head);
    const HttpResult listed =
        client.Send(http::verb::get, "/api/schools/belgrave/accounts", "", {{"cookie", head->cookie}});
    ASSERT_EQ(listed.status, 200) << listed.body;
    const auto accounts = json::parse(listed.body).at("accounts").as_array();
    ASSERT_EQ(accounts.size(), 2u);
    EXPECT_EQ(accounts[0].at("platform").as_string(), "facebook");
    EXPECT_EQ(accounts[1].at("platform").as_string(), "instagram");
    EXPECT_EQ(accounts[0].at("administrators").as_array().size(), 2u);  // comms lead + admin
    const std::string id(accounts[0].at("id").as_string());
    const HttpResult one = client.Send(http::verb::get, "/api/schools/belgrave/accounts/" + id, "",
                                       {{"cookie", head->cookie}});
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(json::parse(one.body).at("handle").as_string(), "@belgrave");
    EXPECT_EQ(client.Send(http::verb::get, "/api/schools/belgrave/accounts/nope", "",
                          {{"cookie", head->cookie}})
                  .status,
              404);
}

// Req: ACC-01
TEST(PostsAccountsApiTest, CommunicationsLeadRegistersAnAccountAndADslMayNot) {
    DemoServer server;
    HttpClient client(server.port());
    auto comms = SignIn(client, "communications.lead@belgrave");
    ASSERT_TRUE(comms);
    const std::string body = json::serialize(json::object{
        {"platform", "youtube"},
        {"handle", "@belgrave-films"},
        {"url", "https://www.youtube.com/@belgrave-films"},
        {"administrators", json::array{"communications.lead.belgrave"}}});
    HttpResult added = PostJson(client, "/api/schools/belgrave/accounts", body,
                                {{"cookie", comms->cookie}, {"x-csrf-token", comms->csrf}});
    EXPECT_EQ(added.status, 201) << added.body;
    HttpClient other(server.port());
    auto dsl = SignIn(other, "dsl@belgrave");
    ASSERT_TRUE(dsl);
    const HttpResult refused = PostJson(other, "/api/schools/belgrave/accounts", body,
                                        {{"cookie", dsl->cookie}, {"x-csrf-token", dsl->csrf}});
    EXPECT_EQ(refused.status, 403) << refused.body;
    const HttpResult bad = PostJson(
        client, "/api/schools/belgrave/accounts",
        json::serialize(json::object{{"platform", "myspace"}, {"handle", "x"}}),
        {{"cookie", comms->cookie}, {"x-csrf-token", comms->csrf}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(json::parse(bad.body).at("error").at("where").as_string(), "platform");
}

}  // namespace
}  // namespace steward::api::testing
