// The post workflow over real HTTP with the demo roles of Belgrave (pack: the headteacher
// approves, account administrators publish): draft, check, submit, approve or reject, publish,
// take down; edits send a post back to draft; every transition is in the history and the audit
// trail (issue 4 items 6-7, PST-01, PST-02, PST-04, PST-17, AUD-01, CON-07).
#include <gtest/gtest.h>

#include "demo_server.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;

// One signed-in demo user. Each request opens its own connection: the server closes idle
// keep-alive connections while another user's request (a first check compiles the school's
// checker) is running.
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
    HttpResult Send(http::verb verb, const std::string& target, const json::object& body) {
        HttpClient client(port_);
        return client.Send(verb, target, json::serialize(body),
                           {{"cookie", who_.cookie},
                            {"x-csrf-token", who_.csrf},
                            {"content-type", "application/json"}});
    }
    HttpResult Post(const std::string& target, const json::object& body = {}) {
        return Send(http::verb::post, target, body);
    }

  private:
    std::uint16_t port_;
    SignedInClient who_;
};

const std::string kBase = "/api/schools/belgrave/";

json::object Parse(const HttpResult& result) { return json::parse(result.body).as_object(); }

std::string FacebookAccount(As& user) {
    const auto accounts = Parse(user.Get(kBase + "accounts")).at("accounts").as_array();
    for (const auto& account : accounts) {
        if (account.at("platform").as_string() == "facebook") {
            return std::string(account.at("id").as_string());
        }
    }
    return "";
}

json::object Draft(const std::string& account, std::string caption,
                   json::array tagged = json::array{}, std::string media = "none") {
    return json::object{{"account_id", account},
                        {"media_kind", media},
                        {"caption", std::move(caption)},
                        {"tagged_pupil_ids", std::move(tagged)},
                        {"posting_date", "2026-10-05"}};
}

std::string StateOf(const HttpResult& result) {
    return std::string(Parse(result).at("state").as_string());
}

std::vector<std::string> AuditActions(DemoServer& server, const std::string& post_id) {
    auto events = server.store().Read([](domain::Tx& tx) { return tx.Audit().List(0, 100000); });
    std::vector<std::string> actions;
    for (const auto& event : *events) {
        if (event.object_id == post_id) actions.push_back(event.action);
    }
    return actions;
}

// Req: PST-01
// Req: PST-02
// Req: PST-04
// Req: PST-17
// Req: AUD-01
TEST(PostsWorkflowApiTest, WholeJourneyWithRealRolesIsOnTheHistoryAndAuditTrail) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    As head(server, "headteacher@belgrave");
    As admin(server, "account.administrator@belgrave");
    const std::string account = FacebookAccount(comms);
    ASSERT_FALSE(account.empty());

    HttpResult created =
        admin.Post(kBase + "posts", Draft(account, "A wonderful sports day for everyone!"));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string id(Parse(created).at("id").as_string());
    const std::string post = kBase + "posts/" + id;
    EXPECT_EQ(StateOf(created), "draft");
    EXPECT_EQ(Parse(created).at("platform").as_string(), "facebook");

    EXPECT_EQ(admin.Post(post + "/submit").status, 422) << "no check yet";
    HttpResult checked = admin.Post(post + "/check");
    ASSERT_EQ(checked.status, 200) << checked.body;
    EXPECT_EQ(Parse(checked).at("decision").as_string(), "approve");
    ASSERT_EQ(admin.Post(post + "/submit").status, 200);

    // The communications lead may approve by the permission table, but Belgrave's pack names
    // only the headteacher.
    HttpResult wrong_role = comms.Post(post + "/approve");
    EXPECT_EQ(wrong_role.status, 403) << wrong_role.body;
    EXPECT_NE(wrong_role.body.find("posts.approver_roles"), std::string::npos) << wrong_role.body;
    EXPECT_EQ(admin.Post(post + "/approve").status, 403) << "the author, and no approving role";
    EXPECT_EQ(head.Post(post + "/reject", {{"comment", ""}}).status, 400);
    HttpResult approved = head.Post(post + "/approve", {{"comment", "Lovely"}});
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(StateOf(approved), "approved");
    EXPECT_EQ(Parse(approved).at("approved_by").as_string(), "headteacher.belgrave");

    // A change after approval sends it back to draft, and it needs a fresh check and approval.
    HttpResult edited = admin.Send(http::verb::put, post,
                                   Draft(account, "A wonderful sports day for all our pupils!"));
    ASSERT_EQ(edited.status, 200) << edited.body;
    EXPECT_EQ(StateOf(edited), "draft");
    EXPECT_EQ(Parse(edited).at("version").as_int64(), 2);
    EXPECT_EQ(Parse(edited).at("approved_by").as_string(), "");
    EXPECT_EQ(admin.Post(post + "/publish", {{"live_url", "https://facebook.com/p/1"}}).status,
              422);
    ASSERT_EQ(admin.Post(post + "/check").status, 200);
    ASSERT_EQ(admin.Post(post + "/submit").status, 200);
    ASSERT_EQ(head.Post(post + "/approve").status, 200);

    EXPECT_EQ(admin.Post(post + "/publish", {{"live_url", "facebook.com/p/1"}}).status, 400);
    HttpResult published =
        admin.Post(post + "/publish", {{"live_url", "https://www.facebook.com/belgrave/posts/1"}});
    ASSERT_EQ(published.status, 200) << published.body;
    EXPECT_EQ(StateOf(published), "published");
    EXPECT_EQ(Parse(published).at("published_by").as_string(), "account.administrator.belgrave");
    EXPECT_GT(Parse(published).at("published_at").as_int64(), 0);
    EXPECT_EQ(admin.Send(http::verb::put, post, Draft(account, "Too late")).status, 422);

    HttpResult down = admin.Post(post + "/takedown", {{"reason", "Event photos refreshed"}});
    ASSERT_EQ(down.status, 200) << down.body;
    EXPECT_EQ(StateOf(down), "taken_down");

    const json::object full = Parse(comms.Get(post));
    std::vector<std::string> history;
    for (const auto& event : full.at("history").as_array()) {
        history.emplace_back(event.at("action").as_string());
    }
    const std::vector<std::string> expected = {"create", "check",   "submit", "approve",
                                               "edit",   "check",   "submit", "approve",
                                               "publish", "take_down"};
    EXPECT_EQ(history, expected);
    EXPECT_EQ(full.at("check").at("version").as_int64(), 2);
    std::vector<std::string> audited;
    for (const auto& action : expected) audited.push_back("posts." + action);
    EXPECT_EQ(AuditActions(server, id), audited);
}

// Req: PST-02
TEST(PostsWorkflowApiTest, AuthorCannotApproveTheirOwnPostEvenAsHeadteacher) {
    DemoServer server;
    As head(server, "headteacher@belgrave");
    const std::string account = FacebookAccount(head);
    HttpResult created = head.Post(kBase + "posts", Draft(account, "Our new library opens today."));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string post = kBase + "posts/" + std::string(Parse(created).at("id").as_string());
    ASSERT_EQ(head.Post(post + "/check").status, 200);
    ASSERT_EQ(head.Post(post + "/submit").status, 200);
    HttpResult own = head.Post(post + "/approve");
    EXPECT_EQ(own.status, 403);
    EXPECT_NE(own.body.find("You wrote this post"), std::string::npos) << own.body;
    EXPECT_EQ(head.Post(post + "/reject", {{"comment", "no"}}).status, 403);
    HttpResult waiting = head.Get(kBase + "posts?awaiting=me");
    ASSERT_EQ(waiting.status, 200);
    EXPECT_TRUE(Parse(waiting).at("posts").as_array().empty()) << "not the author's to approve";
}

// Req: PST-06
TEST(PostsWorkflowApiTest, BlockedCheckCannotBeSubmittedAndRejectionNeedsAComment) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    As head(server, "headteacher@belgrave");
    const std::string account = FacebookAccount(comms);
    // The demo puts BEL1003 on the do-not-publish list: an image tagging them is blocked.
    HttpResult created = comms.Post(
        kBase + "posts", Draft(account, "Great work at sports day!", json::array{"BEL1003"}, "image"));
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string post = kBase + "posts/" + std::string(Parse(created).at("id").as_string());
    const HttpResult checked = comms.Post(post + "/check");
    const json::object check = Parse(checked);
    EXPECT_EQ(check.at("decision").as_string(), "block") << checked.body << created.body;
    EXPECT_EQ(check.at("reasons").at(0).as_string(), "DO_NOT_PUBLISH");
    EXPECT_EQ(check.at("details").at(0).at("pupil_id").as_string(), "BEL1003");
    HttpResult refused = comms.Post(post + "/submit");
    EXPECT_EQ(refused.status, 422);
    EXPECT_NE(refused.body.find("block"), std::string::npos) << refused.body;
    EXPECT_EQ(comms.Post(kBase + "posts", Draft(account, "x", json::array{"NOPE"}, "image")).status,
              400);
    HttpResult unknown_account = comms.Post(kBase + "posts", Draft("acc-nope", "x"));
    EXPECT_EQ(unknown_account.status, 404);
}

}  // namespace
}  // namespace steward::api::testing
