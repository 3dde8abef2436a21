// Withdrawal -> takedown over real HTTP (issue 4 item 7, CON-06, CON-07): a published Belgrave
// post tags a pupil; recording the written withdrawal of that consent opens a takedown task in
// the same request, assigned to the account's administrators, visible until done.
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

// Req: CON-07
// Req: CON-06
TEST(PostsTakedownApiTest, WithdrawalOpensATaskForThePublishedPostUntilItIsDone) {
    DemoServer server;
    As comms(server, "communications.lead@belgrave");
    As head(server, "headteacher@belgrave");
    As admin(server, "account.administrator@belgrave");

    // The demo register gives BEL1000 image consent on Facebook for 2026/27.
    HttpResult history = head.Get(kBase + "consent?pupil_id=BEL1000");
    ASSERT_EQ(history.status, 200) << history.body;
    std::string record_id;
    const json::object history_body = Parse(history);
    for (const auto& record : history_body.at("records").as_array()) {
        if (record.at("platform").as_string() == "facebook" &&
            record.at("academic_year").as_string() == "2026/27") {
            record_id = record.at("id").as_string();
        }
    }
    ASSERT_FALSE(record_id.empty()) << history.body;

    std::string account;
    const json::object accounts = Parse(comms.Get(kBase + "accounts"));
    for (const auto& item : accounts.at("accounts").as_array()) {
        if (item.at("platform").as_string() == "facebook") account = item.at("id").as_string();
    }
    HttpResult created = comms.Post(kBase + "posts",
                                    {{"account_id", account}, {"media_kind", "image"},
                                     {"caption", "Sports day fun for Year 2!"},
                                     {"tagged_pupil_ids", json::array{"BEL1000"}},
                                     {"posting_date", "2026-09-21"}});
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string post_id(Parse(created).at("id").as_string());
    const std::string post = kBase + "posts/" + post_id;
    HttpResult checked = comms.Post(post + "/check");
    ASSERT_EQ(checked.status, 200);
    ASSERT_EQ(Parse(checked).at("decision").as_string(), "approve") << checked.body;
    ASSERT_EQ(comms.Post(post + "/submit").status, 200);
    ASSERT_EQ(head.Post(post + "/approve").status, 200);
    ASSERT_EQ(admin.Post(post + "/publish", {{"live_url", "https://www.facebook.com/belgrave/1"}})
                  .status,
              200);
    EXPECT_TRUE(Parse(admin.Get(kBase + "takedowns?open=true")).at("takedowns").as_array().empty());

    HttpResult withdrawn = head.Post(kBase + "consent/" + record_id + "/withdrawal",
                                     {{"withdrawn_on", "2026-09-21"}, {"note", "Letter from parent"}});
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    const auto task_ids = Parse(withdrawn).at("takedown_tasks").as_array();
    ASSERT_EQ(task_ids.size(), 1u);
    const std::string task_id(task_ids[0].as_string());

    const auto open = Parse(admin.Get(kBase + "takedowns?open=true")).at("takedowns").as_array();
    ASSERT_EQ(open.size(), 1u);
    const auto& task = open[0].as_object();
    EXPECT_EQ(task.at("id").as_string(), task_id);
    EXPECT_EQ(task.at("post_id").as_string(), post_id);
    EXPECT_EQ(task.at("pupil_id").as_string(), "BEL1000");
    EXPECT_EQ(task.at("state").as_string(), "open");
    EXPECT_GT(task.at("due_at").as_int64(), task.at("opened_at").as_int64());
    std::vector<std::string> assignees;
    for (const auto& id : task.at("assignees").as_array()) assignees.emplace_back(id.as_string());
    EXPECT_EQ(assignees, (std::vector<std::string>{"account.administrator.belgrave",
                                                   "communications.lead.belgrave"}));
    // Only those who run accounts see the tasks.
    As dsl(server, "dsl@belgrave");
    EXPECT_EQ(dsl.Get(kBase + "takedowns").status, 403);

    EXPECT_EQ(admin.Post(kBase + "takedowns/" + task_id + "/done",
                         {{"outcome", "not_reasonably_practicable"}})
                  .status,
              400);
    HttpResult done = admin.Post(kBase + "takedowns/" + task_id + "/done", {{"outcome", "removed"}});
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_EQ(Parse(done).at("state").as_string(), "done");
    EXPECT_EQ(Parse(comms.Get(post)).at("post").at("state").as_string(), "taken_down");
    EXPECT_TRUE(Parse(admin.Get(kBase + "takedowns?open=true")).at("takedowns").as_array().empty());
    EXPECT_EQ(Parse(admin.Get(kBase + "takedowns")).at("takedowns").as_array().size(), 1u);
}

}  // namespace
}  // namespace steward::api::testing
