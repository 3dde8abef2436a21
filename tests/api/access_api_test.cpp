// Sign-in, sessions and the domain endpoints over real HTTP with the seeded demo tenants.
#include <gtest/gtest.h>

#include "demo_server.hpp"
#include "domain/audit/audit_chain.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;

HttpResult GetAs(HttpClient& client, const SignedInClient& who, std::string_view target) {
    return client.Send(http::verb::get, target, "", {{"cookie", who.cookie}});
}

int CountAudit(domain::Store& store, std::string_view action) {
    auto events = store.Read([](domain::Tx& tx) { return tx.Audit().List(0, 100000); });
    int count = 0;
    for (const auto& event : *events) count += event.action == action ? 1 : 0;
    return count;
}

TEST(AccessApiTest, SignInSetsAStrictCookieAndMeAnswersTheSameBody) {
    DemoServer server;
    HttpClient client(server.port());
    const HttpResult result =
        PostJson(client, "/api/session", SignInBody("dsl@belgrave", cli::kDemoPassword));
    ASSERT_EQ(result.status, 201) << result.body;
    const std::string cookie = result.Header("set-cookie");
    EXPECT_NE(cookie.find("steward_session="), std::string::npos);
    for (const char* attribute : {"HttpOnly", "Secure", "SameSite=Strict"}) {
        EXPECT_NE(cookie.find(attribute), std::string::npos) << attribute;
    }
    const auto body = boost::json::parse(result.body).as_object();
    EXPECT_EQ(body.at("user").at("username").as_string(), "dsl@belgrave");
    EXPECT_EQ(body.at("roles").at(0).at("role").as_string(), "dsl");
    EXPECT_EQ(body.at("roles").at(0).at("scope").as_string(), "school");
    const HttpResult me = client.Send(http::verb::get, "/api/me", "",
                                      {{"cookie", cookie.substr(0, cookie.find(';'))}});
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(boost::json::parse(me.body), boost::json::parse(result.body));
    EXPECT_EQ(CountAudit(server.store(), "access.sign_in"), 1);
}

TEST(AccessApiTest, WrongPasswordAndUnknownUserGetTheSameAnswer) {
    DemoServer server;
    HttpClient client(server.port());
    const HttpResult wrong = PostJson(client, "/api/session", SignInBody("dsl@belgrave", "nope"));
    const HttpResult unknown =
        PostJson(client, "/api/session", SignInBody("nobody@belgrave", cli::kDemoPassword));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(wrong.body, unknown.body);
    EXPECT_EQ(wrong.body.find("nope"), std::string::npos);
    EXPECT_EQ(CountAudit(server.store(), "access.sign_in_failed"), 2);
    EXPECT_EQ(client.Get("/api/me").status, 401);
}

TEST(AccessApiTest, RepeatedFailuresAreThrottledWithRetryAfter) {
    DemoServer server;
    HttpClient client(server.port());
    HttpResult last;
    for (int attempt = 0; attempt < 7; ++attempt) {
        last = PostJson(client, "/api/session", SignInBody("dpo@belgrave", "wrong password"));
    }
    ASSERT_EQ(last.status, 429) << last.body;
    EXPECT_FALSE(last.Header("retry-after").empty());
    // Even the right password waits now.
    EXPECT_EQ(PostJson(client, "/api/session", SignInBody("dpo@belgrave", cli::kDemoPassword))
                  .status,
              429);
}

TEST(AccessApiTest, SignOutNeedsCsrfAndEndsTheSessionOnTheServer) {
    DemoServer server;
    HttpClient client(server.port());
    auto signed_in = SignIn(client, "headteacher@belgrave");
    ASSERT_TRUE(signed_in);
    EXPECT_EQ(client.Send(http::verb::delete_, "/api/session", "", {{"cookie", signed_in->cookie}})
                  .status,
              403);
    const HttpResult out = client.Send(http::verb::delete_, "/api/session", "",
                                       {{"cookie", signed_in->cookie},
                                        {"x-csrf-token", signed_in->csrf}});
    EXPECT_EQ(out.status, 200);
    EXPECT_NE(out.Header("set-cookie").find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(GetAs(client, *signed_in, "/api/me").status, 401);
    EXPECT_EQ(CountAudit(server.store(), "access.sign_out"), 1);
}

TEST(AccessApiTest, RosterWithBadRowsIsRefusedWithEveryLineAndNothingWritten) {
    DemoServer server;
    HttpClient client(server.port());
    auto head = SignIn(client, "headteacher@belgrave");
    ASSERT_TRUE(head);
    const std::string csv =
        "pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n"
        "B1,Ann,Lee,,3,false\n"
        "B2,,Lee,,3,false\n"
        "B3,Tom,Ray,,Year 99,false\n";
    const HttpResult refused =
        client.Send(http::verb::post, "/api/schools/belgrave/roster", csv,
                    {{"cookie", head->cookie}, {"x-csrf-token", head->csrf},
                     {"content-type", "text/csv"}});
    ASSERT_EQ(refused.status, 400) << refused.body;
    const auto rows = boost::json::parse(refused.body).at("error").at("rows").as_array();
    ASSERT_EQ(rows.size(), 2u) << refused.body;
    EXPECT_EQ(rows[0].at("line").as_int64(), 3);
    EXPECT_EQ(rows[1].at("line").as_int64(), 4);
    EXPECT_EQ(refused.body.find("Tom"), std::string::npos);
    const HttpResult pupils = GetAs(client, *head, "/api/schools/belgrave/pupils?q=BEL1000");
    ASSERT_EQ(pupils.status, 200);
    EXPECT_EQ(boost::json::parse(pupils.body).at("pupils").as_array().size(), 1u);
}

// The permission table is read before the body is judged: a role that may not import the roster
// gets 403 whatever it sent; a role that may gets 415 for a body that is not CSV.
TEST(AccessApiTest, RosterImportChecksThePermissionBeforeTheContentType) {
    DemoServer server;
    HttpClient client(server.port());
    auto moderator = SignIn(client, "account.moderator@belgrave");
    auto head = SignIn(client, "headteacher@belgrave");
    ASSERT_TRUE(moderator);
    ASSERT_TRUE(head);
    const auto send = [&](const SignedInClient& who, const char* type) {
        return client.Send(http::verb::post, "/api/schools/belgrave/roster", "{}",
                           {{"cookie", who.cookie}, {"x-csrf-token", who.csrf},
                            {"content-type", type}});
    };
    EXPECT_EQ(send(*moderator, "application/json").status, 403);
    const HttpResult wrong_type = send(*head, "application/json");
    EXPECT_EQ(wrong_type.status, 415) << wrong_type.body;
    EXPECT_EQ(boost::json::parse(wrong_type.body).at("error").at("code").as_string(),
              "unsupported_media_type");
    EXPECT_EQ(send(*head, "Text/CSV; charset=utf-8").status, 400);  // CSV, but no header row
}

TEST(AccessApiTest, PupilSearchFiltersByNameAnyCase) {
    DemoServer server;
    HttpClient client(server.port());
    auto dsl = SignIn(client, "dsl@kenn-kenton");
    ASSERT_TRUE(dsl);
    const HttpResult all = GetAs(client, *dsl, "/api/schools/kenn/pupils");
    const HttpResult some = GetAs(client, *dsl, "/api/schools/kenn/pupils?q=SE%C3%A1N");
    ASSERT_EQ(all.status, 200);
    ASSERT_EQ(some.status, 200);
    const auto all_count = boost::json::parse(all.body).at("pupils").as_array().size();
    const auto some_count = boost::json::parse(some.body).at("pupils").as_array().size();
    EXPECT_GT(all_count, some_count);
}

// Req: AUD-01 (a view of a restricted record is audited, without the search text)
TEST(AccessApiTest, PupilSearchIsAuditedWithoutTheSearchText) {
    DemoServer server;
    HttpClient client(server.port());
    auto dsl = SignIn(client, "dsl@kenn-kenton");
    ASSERT_TRUE(dsl);
    ASSERT_EQ(GetAs(client, *dsl, "/api/schools/kenn/pupils?q=Zebedee").status, 200);
    auto dpo = SignIn(client, "dpo@kenn-kenton");
    ASSERT_TRUE(dpo);
    const HttpResult events = GetAs(client, *dpo, "/api/schools/kenn/audit?limit=500");
    ASSERT_EQ(events.status, 200) << events.body;
    EXPECT_NE(events.body.find("access.view_pupils"), std::string::npos);
    EXPECT_NE(events.body.find("searched=1"), std::string::npos);
    EXPECT_EQ(events.body.find("Zebedee"), std::string::npos);
}

TEST(AccessApiTest, NewUserNeedsAPasswordThatPassesTheRulesAndCanSignIn) {
    DemoServer server;
    HttpClient client(server.port());
    auto head = SignIn(client, "headteacher@belgrave");
    ASSERT_TRUE(head);
    auto create = [&](std::string_view password) {
        return PostJson(client, "/api/users",
                        boost::json::serialize(boost::json::object{
                            {"school_id", "belgrave"},
                            {"username", "new.teacher@belgrave"},
                            {"display_name", "New teacher"},
                            {"role", "teacher"},
                            {"password", password}}),
                        {{"cookie", head->cookie}, {"x-csrf-token", head->csrf}});
    };
    EXPECT_EQ(create("password1").status, 400);
    const HttpResult created = create("violet kettle orchard lantern");
    ASSERT_EQ(created.status, 201) << created.body;
    HttpClient other(server.port());
    auto teacher = SignIn(other, "new.teacher@belgrave", "violet kettle orchard lantern");
    ASSERT_TRUE(teacher);
    EXPECT_EQ(GetAs(other, *teacher, "/api/schools/belgrave/people").status, 403);
    EXPECT_EQ(GetAs(other, *teacher, "/api/schools/belgrave/pupils").status, 200);
}

// Req: AUD-01
TEST(AccessApiTest, AuditListShowsOnlyTheSchoolsEventsAndVerifyReportsTheChain) {
    DemoServer server;
    HttpClient client(server.port());
    auto dpo = SignIn(client, "dpo@belgrave");
    ASSERT_TRUE(dpo);
    const HttpResult events = GetAs(client, *dpo, "/api/schools/belgrave/audit?limit=500");
    ASSERT_EQ(events.status, 200);
    const auto list = boost::json::parse(events.body).at("events").as_array();
    EXPECT_FALSE(list.empty());
    EXPECT_EQ(events.body.find("kenn"), std::string::npos);
    const HttpResult verify = GetAs(client, *dpo, "/api/audit/verify");
    ASSERT_EQ(verify.status, 200);
    EXPECT_TRUE(boost::json::parse(verify.body).at("intact").as_bool());
    EXPECT_EQ(GetAs(client, *dpo, "/api/schools/kenn/audit").status, 403);
}

}  // namespace
}  // namespace steward::api::testing
