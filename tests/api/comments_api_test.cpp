// The comment queue over real HTTP: JSON ingest with the pack's deadline, overdue view,
// moderation audited with its reason, CSV import all or nothing, the log as CSV, response times.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "comments_server.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;
namespace http = boost::beast::http;

class CommentsApiTest : public ::testing::Test {
  protected:
    // Signs in (again: moving the clock ends sessions) and sends one request.
    HttpResult Call(http::verb verb, const std::string& target, std::string body = "",
                    std::string content_type = "application/json",
                    const char* user = kModerator) {
        HttpClient client(server_.port());
        auto signed_in = SignIn(client, user);
        EXPECT_TRUE(signed_in);
        if (!signed_in) return {};
        std::vector<std::pair<std::string, std::string>> headers = {
            {"cookie", signed_in->cookie}, {"x-csrf-token", signed_in->csrf}};
        if (!body.empty()) headers.emplace_back("content-type", content_type);
        return client.Send(verb, target, std::move(body), headers);
    }

    HttpResult PostComment(const std::string& id, const std::string& text,
                           const std::string& received_at) {
        return Call(http::verb::post, "/api/schools/kenn/comments",
                    json::serialize(json::object{{"account_id", "kenn-facebook"},
                                                 {"platform_comment_id", id},
                                                 {"text", text},
                                                 {"author_handle", "@parent"},
                                                 {"received_at", received_at}}));
    }

    CommentsServer server_;
};

// Req: MON-02 (E1), issue 7 item 8: a question on a Saturday is due Monday end of day.
TEST_F(CommentsApiTest, SaturdayQuestionIsDueAtMondayEndOfDayAndShowsOverdueAfter) {
    const HttpResult posted = PostComment("q-1", "hiya! where do we drop off donations for the tombola?",
                                          "2026-11-21T10:00:00Z");
    ASSERT_EQ(posted.status, 201) << posted.body;
    const json::object comment = json::parse(posted.body).at("comment").as_object();
    EXPECT_EQ(comment.at("due_at").as_string(), "2026-11-23T17:00:00Z");
    EXPECT_EQ(comment.at("route").as_string(), "reply");
    EXPECT_EQ(PostComment("q-1", "again", "2026-11-21T10:00:00Z").status, 200);

    server_.clock().Set(UtcAt(2026, 11, 23, 14));  // Monday 14:00: within the 4-hour warning
    HttpResult soon = Call(http::verb::get, "/api/schools/kenn/comments?due=soon");
    ASSERT_EQ(soon.status, 200) << soon.body;
    EXPECT_EQ(json::parse(soon.body).at("total").as_int64(), 1);
    server_.clock().Set(UtcAt(2026, 11, 24, 9));  // Tuesday: overdue
    HttpResult overdue =
        Call(http::verb::get, "/api/schools/kenn/comments?due=overdue&account_id=kenn-facebook");
    ASSERT_EQ(overdue.status, 200) << overdue.body;
    const json::object page = json::parse(overdue.body).as_object();
    EXPECT_EQ(page.at("total").as_int64(), 1);
    EXPECT_TRUE(page.at("comments").as_array()[0].at("overdue").as_bool());
}

// Req: MON-06
TEST_F(CommentsApiTest, ModerationNeedsAReasonAndIsAudited) {
    const HttpResult posted = PostComment("m-1", "you lot are useless idiots", "2026-11-21T09:00:00Z");
    ASSERT_EQ(posted.status, 201) << posted.body;
    const std::string id(json::parse(posted.body).at("comment").at("id").as_string());
    const std::string target = "/api/schools/kenn/comments/" + id + "/actions";
    HttpResult no_reason = Call(http::verb::post, target, R"({"action":"hide"})");
    EXPECT_EQ(no_reason.status, 400) << no_reason.body;
    HttpResult hidden =
        Call(http::verb::post, target, R"({"action":"hide","reason":"Insults staff"})");
    ASSERT_EQ(hidden.status, 201) << hidden.body;
    EXPECT_EQ(json::parse(hidden.body).at("comment").at("visibility").as_string(), "hidden");
    EXPECT_EQ(json::parse(hidden.body).at("action").at("reason").as_string(), "Insults staff");
    HttpResult explained = Call(http::verb::post, target,
                                R"({"action":"explain_to_audience","text":"We removed a comment."})");
    EXPECT_EQ(explained.status, 201) << explained.body;

    HttpResult detail = Call(http::verb::get, "/api/schools/kenn/comments/" + id);
    ASSERT_EQ(detail.status, 200);
    EXPECT_EQ(json::parse(detail.body).at("actions").as_array().size(), 2u);
    HttpResult audit = Call(http::verb::get, "/api/schools/kenn/audit", "", "", "headteacher@kenn-kenton");
    ASSERT_EQ(audit.status, 200) << audit.body;
    EXPECT_NE(audit.body.find("comments.hide"), std::string::npos);
    EXPECT_NE(audit.body.find(id), std::string::npos);
}

TEST_F(CommentsApiTest, ComplaintIsNeverHidden) {
    const HttpResult posted = PostComment(
        "k-1",
        "With respect, the reading books coming home are far too easy and nobody has changed them",
        "2026-11-20T09:00:00Z");
    ASSERT_EQ(posted.status, 201) << posted.body;
    const json::object comment = json::parse(posted.body).at("comment").as_object();
    EXPECT_EQ(comment.at("route").as_string(), "complaints_procedure");
    HttpResult hide = Call(http::verb::post,
                           "/api/schools/kenn/comments/" + std::string(comment.at("id").as_string()) +
                               "/actions",
                           R"({"action":"hide","reason":"negative"})");
    EXPECT_EQ(hide.status, 422) << hide.body;  // failed_precondition
}

TEST_F(CommentsApiTest, CsvImportIsAllOrNothingAndTheLogExportsAsCsv) {
    const std::string bad =
        "comment_id,author_handle,text,received_at\n"
        "c-1,@a,When is sports day?,2026-11-18T10:00:00Z\n"
        "c-2,@b,,2026-11-18T10:00:00Z\n";
    HttpResult refused = Call(http::verb::post,
                              "/api/schools/kenn/comments/import?account_id=kenn-facebook", bad,
                              "text/csv");
    EXPECT_EQ(refused.status, 400) << refused.body;
    // Like the roster and consent imports: every bad row with its line, for the screen to link.
    const json::array rows = json::parse(refused.body).at("error").at("rows").as_array();
    ASSERT_EQ(rows.size(), 1u) << refused.body;
    EXPECT_EQ(rows[0].at("line").as_int64(), 3);
    EXPECT_FALSE(rows[0].at("message").as_string().empty());
    HttpResult empty = Call(http::verb::get, "/api/schools/kenn/comments?state=all");
    EXPECT_EQ(json::parse(empty.body).at("total").as_int64(), 0);

    const std::string good =
        "comment_id,author_handle,text,received_at\n"
        "c-1,@a,When is sports day?,2026-11-18T10:00:00Z\n"
        "c-3,@c,\"Not being funny but get these fuking gyppos out of our school.\",2026-11-18T11:00:00Z\n";
    HttpResult imported = Call(http::verb::post,
                               "/api/schools/kenn/comments/import?account_id=kenn-facebook", good,
                               "text/csv");
    ASSERT_EQ(imported.status, 200) << imported.body;
    EXPECT_EQ(json::parse(imported.body).at("imported").as_int64(), 2);

    HttpResult log = Call(http::verb::get, "/api/schools/kenn/comments/log?format=csv");
    ASSERT_EQ(log.status, 200) << log.body;
    EXPECT_EQ(log.Header("content-type").rfind("text/csv", 0), 0u);
    EXPECT_EQ(log.body.rfind("received_at,account_id,platform,author_handle", 0), 0u);
    EXPECT_NE(log.body.find("hide by system"), std::string::npos);
    EXPECT_EQ(log.body.find("sports day"), std::string::npos);
}

TEST_F(CommentsApiTest, ResponseTimesReportMedianAndShareInTime) {
    ASSERT_EQ(PostComment("r-1", "Is the school open tomorrow?", "2026-11-18T10:00:00Z").status, 201);
    HttpResult listed = Call(http::verb::get, "/api/schools/kenn/comments");
    const std::string id(json::parse(listed.body).at("comments").as_array()[0].at("id").as_string());
    server_.clock().Set(UtcAt(2026, 11, 18, 12));
    ASSERT_EQ(Call(http::verb::post, "/api/schools/kenn/comments/" + id + "/actions",
                   R"({"action":"reply","text":"Yes, 8:45 as usual."})")
                  .status,
              201);
    HttpResult report = Call(http::verb::get, "/api/schools/kenn/comments/response-times");
    ASSERT_EQ(report.status, 200) << report.body;
    const json::object month = json::parse(report.body).at("months").as_array()[0].as_object();
    EXPECT_EQ(month.at("month").as_string(), "2026-11");
    EXPECT_EQ(month.at("median_seconds").as_int64(), 7200);
    EXPECT_EQ(month.at("share_in_time").as_double(), 1.0);
}

TEST_F(CommentsApiTest, RolesWithoutModerationSeeNoQueue) {
    HttpResult it = Call(http::verb::get, "/api/schools/kenn/comments", "", "", "it.manager@kenn-kenton");
    EXPECT_EQ(it.status, 403) << it.body;
    HttpResult other_school = Call(http::verb::get, "/api/schools/cwmfelin/comments");
    EXPECT_EQ(other_school.status, 403) << other_school.body;
}

// Req: MON-04: the runners are warned before the due time and the pack's escalation role sees
// the comment once it is overdue; answering it takes it off their list.
TEST_F(CommentsApiTest, DueSoonWarnsRunnersAndOverdueEscalatesToThePacksRole) {
    const HttpResult posted = PostComment("e-1", "what time does the christmas fair start?",
                                          "2026-11-21T10:00:00Z");  // due Monday 17:00
    ASSERT_EQ(posted.status, 201) << posted.body;
    const std::string id = json::parse(posted.body).at("comment").at("id").as_string().c_str();
    const std::string alerts = "/api/schools/kenn/comments/alerts";
    auto alerts_of = [&](const char* user, const std::string& query = "") {
        HttpResult got = Call(http::verb::get, alerts + query, "", "", user);
        EXPECT_EQ(got.status, 200) << got.body;
        return got.status == 200 ? json::parse(got.body).at("alerts").as_array() : json::array{};
    };

    server_.clock().Set(UtcAt(2026, 11, 23, 13));  // Kenn warns 4 hours before
    EXPECT_EQ(server_.RunDueChecks().warned, 1);
    // Nobody runs the test account: the warning goes to Kenn's monitor role.
    const json::array warned = alerts_of("account.administrator@kenn-kenton");
    ASSERT_EQ(warned.size(), 1u);
    EXPECT_EQ(warned[0].at("kind").as_string(), "due_soon");
    EXPECT_EQ(warned[0].at("role").as_string(), "account_administrator");
    EXPECT_EQ(warned[0].at("comment").at("id").as_string(), id);
    EXPECT_TRUE(alerts_of("headteacher@kenn-kenton").empty());

    server_.clock().Set(UtcAt(2026, 11, 23, 17, 1));
    EXPECT_EQ(server_.RunDueChecks().escalated, 1);
    EXPECT_EQ(server_.RunDueChecks().escalated, 0);  // once
    // Kenn escalates to the senior leadership team (held trust-wide by the demo trust lead).
    const json::array escalated = alerts_of("trust.lead@kenn-kenton");
    ASSERT_EQ(escalated.size(), 1u);
    EXPECT_EQ(escalated[0].at("kind").as_string(), "escalated");
    EXPECT_EQ(escalated[0].at("role").as_string(), "senior_leadership_team");
    EXPECT_EQ(escalated[0].at("comment").at("escalated_to").as_string(), "senior_leadership_team");
    EXPECT_TRUE(escalated[0].at("comment").at("overdue").as_bool());
    EXPECT_TRUE(alerts_of("headteacher@kenn-kenton").empty());

    const HttpResult replied =
        Call(http::verb::post, "/api/schools/kenn/comments/" + id + "/actions",
             json::serialize(json::object{{"action", "reply"}, {"text", "10am, see you there!"}}));
    ASSERT_EQ(replied.status, 201) << replied.body;
    EXPECT_TRUE(alerts_of("trust.lead@kenn-kenton").empty());
    EXPECT_EQ(alerts_of("trust.lead@kenn-kenton", "?include_answered=true").size(), 1u);
}

}  // namespace
}  // namespace steward::api::testing
