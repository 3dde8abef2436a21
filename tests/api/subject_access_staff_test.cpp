// The staff subject access export over real HTTP (issue 4 item 8, AUD-04): GET
// /api/schools/{school_id}/subject-access/staff/{person_id} as JSON and HTML, with the demo users
// of Belgrave. The staff member's post and own report are in it; the password hash, the reporter
// of a concern about them, other people's names and the pupils linked to that concern are not.
#include <gtest/gtest.h>

#include "cases_test_helpers.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;

constexpr char kSubject[] = "communications.lead.belgrave";
constexpr char kExport[] = "/api/schools/belgrave/subject-access/staff/communications.lead.belgrave";

// One signed-in demo user; a new connection per request.
class As {
  public:
    As(DemoServer& server, std::string_view username) : port_(server.port()) {
        HttpClient client(port_);
        auto signed_in = SignIn(client, username);
        EXPECT_TRUE(signed_in) << username;
        if (signed_in) who_ = *signed_in;
    }
    HttpResult Get(std::string_view target) {
        HttpClient client(port_);
        return client.Send(http::verb::get, target, "", {{"cookie", who_.cookie}});
    }
    HttpResult Post(std::string_view target, const json::object& body) {
        HttpClient client(port_);
        return PostJson(client, target, json::serialize(body),
                        {{"cookie", who_.cookie}, {"x-csrf-token", who_.csrf}});
    }

  private:
    std::uint16_t port_;
    SignedInClient who_;
};

std::string FacebookAccount(As& user) {
    const HttpResult listed = user.Get("/api/schools/belgrave/accounts");
    EXPECT_EQ(listed.status, 200) << listed.body;
    if (listed.status != 200) return "";
    const json::value parsed = json::parse(listed.body);  // alive while the loop reads it
    for (const auto& account : parsed.at("accounts").as_array()) {
        if (account.at("platform").as_string() == "facebook") {
            return std::string(account.at("id").as_string());
        }
    }
    return "";
}

struct Seeded {
    std::string post_id;
    std::string own_case_id;
    std::string about_case_id;
};

// The communications lead drafts a post and reports a concern; the account moderator reports a
// concern about the communications lead that links a pupil.
Seeded Seed(DemoServer& server) {
    Seeded seeded;
    As lead(server, "communications.lead@belgrave");
    const std::string account = FacebookAccount(lead);
    const HttpResult post = lead.Post(
        "/api/schools/belgrave/posts",
        json::object{{"account_id", account},
                     {"media_kind", "none"},
                     {"caption", "Our harvest festival raised money for the food bank"},
                     {"posting_date", "2026-10-05"}});
    EXPECT_EQ(post.status, 201) << post.body;
    seeded.post_id = IdOf(post);
    const HttpResult own = lead.Post(
        "/api/schools/belgrave/cases",
        json::object{{"concern_type", "negative_post_about_school"},
                     {"summary", "A parent page is mocking the harvest festival"},
                     {"fields", {{"description", "Seen on a public page"},
                                 {"first_seen_at", "2026-11-20"}}}});
    EXPECT_EQ(own.status, 201) << own.body;
    seeded.own_case_id = IdOf(own);
    As moderator(server, "account.moderator@belgrave");
    json::object concern = StaffConcern(kSubject);
    concern["summary"] = "Reported by Morag the moderator";
    concern["pupil_ids"] = json::array{"BEL1001"};
    concern["fields"].as_object()["description"] = "Morag saw it on Tuesday";
    const HttpResult about = moderator.Post("/api/schools/belgrave/cases", concern);
    EXPECT_EQ(about.status, 201) << about.body;
    seeded.about_case_id = IdOf(about);
    return seeded;
}

// Req: AUD-04
TEST(SubjectAccessStaffTest, DpoGetsThePostAndOwnReportWithoutSecretsOrTheReporter) {
    DemoServer server;
    const Seeded seeded = Seed(server);
    As dpo(server, "dpo@belgrave");
    const HttpResult exported = dpo.Get(kExport);
    ASSERT_EQ(exported.status, 200) << exported.body;
    const json::value bundle = json::parse(exported.body);
    EXPECT_EQ(bundle.at("subject_kind"), "staff");
    EXPECT_EQ(bundle.at("person_id"), kSubject);
    EXPECT_EQ(bundle.at("person").at("display_name"), "Demo communications lead");
    EXPECT_EQ(bundle.at("roles").as_array()[0].at("role"), "communications_lead");
    const auto& accounts = bundle.at("sign_in_accounts").as_array();
    ASSERT_EQ(accounts.size(), 1u);
    EXPECT_EQ(accounts[0].at("username"), "communications.lead@belgrave");
    EXPECT_GE(accounts[0].at("sign_ins").as_int64(), 1);
    EXPECT_FALSE(bundle.at("withheld_notice").as_string().empty());
    const std::string body = exported.body;
    EXPECT_NE(body.find(seeded.post_id), std::string::npos);
    EXPECT_NE(body.find("harvest festival raised money"), std::string::npos);
    EXPECT_NE(body.find(seeded.own_case_id), std::string::npos);
    EXPECT_NE(body.find("A parent page is mocking the harvest festival"), std::string::npos);
    EXPECT_NE(body.find(seeded.about_case_id), std::string::npos);  // about them, redacted
    for (const std::string secret :
         {"$argon2", "password_hash", "token", "account.moderator.belgrave",
          "account.moderator@belgrave", "Demo account moderator", "Morag", "BEL1001",
          "Florence", "Arthur"}) {
        EXPECT_EQ(body.find(secret), std::string::npos) << secret;
    }
}

// Req: AUD-04
TEST(SubjectAccessStaffTest, HtmlReportRendersTheStaffBundleAndTheExportIsAudited) {
    DemoServer server;
    const Seeded seeded = Seed(server);
    As headteacher(server, "headteacher@belgrave");
    const HttpResult html = headteacher.Get(std::string(kExport) + "?format=html");
    ASSERT_EQ(html.status, 200) << html.body;
    EXPECT_EQ(html.body.rfind("<!DOCTYPE html>", 0), 0u);
    for (const std::string& part : {std::string("Person record"), std::string("Sign-in accounts"),
                                   std::string("Demo communications lead"), seeded.post_id,
                                   seeded.own_case_id}) {
        EXPECT_NE(html.body.find(part), std::string::npos) << part;
    }
    EXPECT_EQ(html.body.find("Morag"), std::string::npos);
    EXPECT_EQ(html.body.find("<script"), std::string::npos);
    auto events = server.store().Read([](domain::Tx& tx) { return tx.Audit().List(0, 100000); });
    ASSERT_TRUE(events);
    int exports = 0;
    for (const auto& event : *events) {
        if (event.action == "subject_access.export" && event.object_type == "person" &&
            event.object_id == kSubject && event.actor == "headteacher.belgrave") {
            ++exports;
        }
    }
    EXPECT_EQ(exports, 1);
}

// Req: AUD-04
// Req: AUD-06
TEST(SubjectAccessStaffTest, TeacherIsRefusedAndUnknownPersonIsNotFound) {
    DemoServer server;
    AddDemoUser(server, "belgrave", "teacher@belgrave", domain::Role::kTeacher);
    As teacher(server, "teacher@belgrave");
    const HttpResult refused = teacher.Get(kExport);
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.body.find("Demo communications lead"), std::string::npos);
    As dpo(server, "dpo@belgrave");
    EXPECT_EQ(dpo.Get("/api/schools/belgrave/subject-access/staff/nobody.belgrave").status, 404);
    // A person of another school is not Belgrave's to export.
    EXPECT_EQ(dpo.Get("/api/schools/belgrave/subject-access/staff/dpo.kenn-kenton").status, 404);
    // The DPO does not export their own request.
    EXPECT_EQ(dpo.Get("/api/schools/belgrave/subject-access/staff/dpo.belgrave").status, 403);
}

}  // namespace
}  // namespace steward::api::testing
