// The consent routes over real HTTP with the seeded demo tenants (demo clock: 2026-09-21, so
// the current academic year is 2026/27): decisions, amendments, withdrawals, the CSV import with
// every bad row, the collection list, coverage, do-not-publish and who may do what.
#include <gtest/gtest.h>

#include "demo_server.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;
namespace json = boost::json;

class ConsentApiTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto signed_in = SignIn(client_, "communications.lead@belgrave");
        ASSERT_TRUE(signed_in);
        lead_ = *signed_in;
    }

    HttpResult Get(std::string_view target, const SignedInClient* who = nullptr) {
        return client_.Send(http::verb::get, target, "", {{"cookie", (who ? *who : lead_).cookie}});
    }
    HttpResult Send(http::verb verb, std::string_view target, std::string body,
                    std::string content_type = "application/json",
                    const SignedInClient* who = nullptr) {
        const SignedInClient& as = who ? *who : lead_;
        return client_.Send(verb, target, std::move(body),
                            {{"cookie", as.cookie},
                             {"x-csrf-token", as.csrf},
                             {"content-type", std::move(content_type)}});
    }
    static json::object Body(const HttpResult& result) {
        return json::parse(result.body).as_object();
    }
    static std::string Decision(std::string_view pupil, std::string_view platform,
                                std::string_view amends = "") {
        json::object body{{"pupil_id", pupil},   {"academic_year", "2026/27"},
                          {"platform", platform}, {"image", true},
                          {"video", false},       {"name", true},
                          {"given_by", "parent"}, {"method", "paper"},
                          {"recorded_on", "2026-09-20"}};
        if (!amends.empty()) body["amends_id"] = amends;
        return json::serialize(body);
    }

    DemoServer server_;
    HttpClient client_{server_.port()};
    SignedInClient lead_;
};

// Req: CON-01
// Req: CON-06
TEST_F(ConsentApiTest, DecisionAmendmentAndHistoryNewestFirst) {
    const HttpResult first = Send(http::verb::post, "/api/schools/belgrave/consent",
                                  Decision("BEL1000", "youtube"));
    ASSERT_EQ(first.status, 201) << first.body;
    const std::string id(Body(first).at("id").as_string());
    EXPECT_EQ(Body(first).at("scope").as_string(), "official school accounts only");
    const HttpResult overlap = Send(http::verb::post, "/api/schools/belgrave/consent",
                                    Decision("BEL1000", "youtube"));
    EXPECT_EQ(overlap.status, 409) << overlap.body;
    const HttpResult amended = Send(http::verb::post, "/api/schools/belgrave/consent",
                                    Decision("BEL1000", "youtube", id));
    ASSERT_EQ(amended.status, 201) << amended.body;
    EXPECT_EQ(Body(amended).at("revision").as_int64(), 2);
    const HttpResult history = Get("/api/schools/belgrave/consent?pupil_id=BEL1000");
    ASSERT_EQ(history.status, 200) << history.body;
    const auto records = Body(history).at("records").as_array();
    ASSERT_GE(records.size(), 2u);
    EXPECT_EQ(records[0].at("id").as_string(), Body(amended).at("id").as_string());
    EXPECT_EQ(records[0].at("amends_id").as_string(), id);
    for (const char* field : {"academic_year", "platform", "image", "video", "name", "given_by",
                              "method", "recorded_on", "withdrawn_on", "recorded_by"}) {
        EXPECT_TRUE(records[0].as_object().contains(field)) << field;
    }
    const HttpResult bad = Send(http::verb::post, "/api/schools/belgrave/consent",
                                Decision("BEL1000", "myspace"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(Body(bad).at("error").at("where").as_string(), "platform");
    EXPECT_EQ(Get("/api/schools/belgrave/consent?pupil_id=NOBODY").status, 404);
    EXPECT_EQ(Get("/api/schools/belgrave/consent").status, 400);
}

// Req: CON-06
// Req: CON-07
TEST_F(ConsentApiTest, WithdrawalReturnsTheRecordAndItsTakedownTasks) {
    const HttpResult record = Send(http::verb::post, "/api/schools/belgrave/consent",
                                   Decision("BEL1002", "youtube"));
    ASSERT_EQ(record.status, 201) << record.body;
    const std::string target = "/api/schools/belgrave/consent/" +
                               std::string(Body(record).at("id").as_string()) + "/withdrawal";
    const HttpResult early = Send(http::verb::post, target,
                                  R"({"withdrawn_on":"2026-09-01","note":"letter"})");
    EXPECT_EQ(early.status, 400) << early.body;
    const HttpResult withdrawn = Send(http::verb::post, target,
                                      R"({"withdrawn_on":"2026-09-21","note":"letter"})");
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_EQ(Body(withdrawn).at("record").at("withdrawn_on").as_string(), "2026-09-21");
    EXPECT_TRUE(Body(withdrawn).at("takedown_tasks").is_array());
    EXPECT_EQ(Send(http::verb::post, target, R"({"withdrawn_on":"2026-09-21"})").status, 422);
    EXPECT_EQ(Send(http::verb::post, "/api/schools/belgrave/consent/cr-nope/withdrawal",
                   R"({"withdrawn_on":"2026-09-21"})")
                  .status,
              404);
}

// Req: CON-01
TEST_F(ConsentApiTest, ImportIsAllOrNothingAndListsEveryBadRow) {
    const std::string header =
        "pupil_id,academic_year,platform,image,video,name,given_by,recorded_on,withdrawn_on\n";
    const HttpResult refused = Send(
        http::verb::post, "/api/schools/belgrave/consent/import",
        header + "BEL1004,2026/27,tiktok,true,true,true,parent,2026-09-05,\n"
                 "GHOST,2026/27,tiktok,true,true,true,parent,2026-09-05,\n"
                 "BEL1004,2026/27,youtube,true,true,true,parent,2026-09-05,2026-09-01\n"
                 "BEL1004,2026/27,tiktok,true,true,true,parent,2026-09-05,\n"
                 "BEL1004,2026/27,facebook,true,true,true,parent,2026-09-05,\n"
                 "BEL1004,2026/27,vine,true,true,true,parent,2026-09-05,\n"
                 "BEL1004,2026/27,website,true,true,true,parent,2027-01-01,\n",
        "text/csv");
    ASSERT_EQ(refused.status, 400) << refused.body;
    const auto rows = Body(refused).at("error").at("rows").as_array();
    ASSERT_EQ(rows.size(), 6u) << refused.body;
    std::vector<int64_t> lines;
    for (const auto& row : rows) lines.push_back(row.at("line").as_int64());
    EXPECT_EQ(lines, (std::vector<int64_t>{3, 4, 5, 6, 7, 8}));
    EXPECT_NE(std::string(rows[3].at("message").as_string()).find("already in the register"),
              std::string::npos);  // the demo register has facebook for BEL1004
    const HttpResult good = Send(http::verb::post, "/api/schools/belgrave/consent/import",
                                 header + "BEL1004,2026/27,tiktok,true,true,true,parent,"
                                          "2026-09-05,\n",
                                 "text/csv");
    ASSERT_EQ(good.status, 200) << good.body;
    EXPECT_EQ(Body(good).at("records").as_int64(), 1);
    EXPECT_EQ(Send(http::verb::post, "/api/schools/belgrave/consent/import", header, "text/plain")
                  .status,
              415);
}

// Req: CON-01
// Req: CON-04
TEST_F(ConsentApiTest, CollectionListAndCoverageByYearGroup) {
    const HttpResult missing = Get("/api/schools/belgrave/consent/missing");
    ASSERT_EQ(missing.status, 200) << missing.body;
    EXPECT_EQ(Body(missing).at("academic_year").as_string(), "2026/27");
    EXPECT_GT(Body(missing).at("total").as_int64(), 0);  // the demo leaves every sixth pupil out
    const HttpResult coverage = Get("/api/schools/belgrave/consent/coverage");
    ASSERT_EQ(coverage.status, 200) << coverage.body;
    int64_t pupils = 0;
    int64_t with_decision = 0;
    const json::object covered = Body(coverage);
    for (const auto& group : covered.at("year_groups").as_array()) {
        pupils += group.at("pupils").as_int64();
        with_decision += group.at("with_decision").as_int64();
        EXPECT_LE(group.at("image_allowed").as_int64(), group.at("with_decision").as_int64());
    }
    EXPECT_EQ(pupils - with_decision, Body(missing).at("total").as_int64());
    EXPECT_EQ(Get("/api/schools/belgrave/consent/missing?academic_year=2026").status, 400);
}

// Req: CON-10
TEST_F(ConsentApiTest, DoNotPublishIsSetWithAReasonListedAndCleared) {
    const HttpResult set = Send(http::verb::put, "/api/schools/belgrave/do-not-publish/BEL1005",
                                R"({"reason":"court order"})");
    ASSERT_EQ(set.status, 200) << set.body;
    EXPECT_FALSE(Body(set).at("set_by").as_string().empty());
    const HttpResult listed = Get("/api/schools/belgrave/do-not-publish");
    ASSERT_EQ(listed.status, 200);
    bool found = false;
    const json::object list = Body(listed);
    for (const auto& row : list.at("pupils").as_array()) {
        if (row.at("pupil_id").as_string() != "BEL1005") continue;
        found = true;
        EXPECT_EQ(row.at("reason").as_string(), "court order");
        EXPECT_TRUE(row.as_object().contains("year_group"));
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(Send(http::verb::put, "/api/schools/belgrave/do-not-publish/BEL1005",
                   R"({"reason":""})")
                  .status,
              400);
    EXPECT_EQ(Send(http::verb::delete_, "/api/schools/belgrave/do-not-publish/BEL1005", "").status,
              200);
    EXPECT_EQ(Send(http::verb::delete_, "/api/schools/belgrave/do-not-publish/BEL1005", "").status,
              404);
}

// Req: AUD-06
TEST_F(ConsentApiTest, RolesWithoutConsentAndOtherSchoolsAreRefused) {
    HttpClient other(server_.port());
    auto teacher = SignIn(other, "teacher@clarendon");
    ASSERT_TRUE(teacher);
    EXPECT_EQ(Get("/api/schools/clarendon-infant/consent/coverage", &*teacher).status, 403);
    EXPECT_EQ(Get("/api/schools/clarendon-infant/do-not-publish", &*teacher).status, 403);
    auto moderator = SignIn(other, "account.moderator@belgrave");
    ASSERT_TRUE(moderator);
    EXPECT_EQ(Get("/api/schools/belgrave/consent/missing", &*moderator).status, 403);
    // account administrators may look but not record (kViewConsent only)
    auto administrator = SignIn(other, "account.administrator@belgrave");
    ASSERT_TRUE(administrator);
    EXPECT_EQ(Get("/api/schools/belgrave/consent/coverage", &*administrator).status, 200);
    EXPECT_EQ(Send(http::verb::post, "/api/schools/belgrave/consent",
                   Decision("BEL1000", "tiktok"), "application/json", &*administrator)
                  .status,
              403);
    // Another school's staff, and schools that do not exist.
    EXPECT_EQ(Get("/api/schools/kenn/consent/coverage").status, 403);
    EXPECT_EQ(Get("/api/schools/kenn/consent?pupil_id=KEN1000").status, 403);
    EXPECT_EQ(Get("/api/schools/nowhere/consent/coverage").status, 404);
    // Writes need the CSRF token.
    EXPECT_EQ(client_
                  .Send(http::verb::post, "/api/schools/belgrave/consent",
                        Decision("BEL1000", "tiktok"),
                        {{"cookie", lead_.cookie}, {"content-type", "application/json"}})
                  .status,
              403);
}

// Req: AUD-04
TEST_F(ConsentApiTest, SubjectAccessExportAsJsonAndSelfContainedHtmlForTheDpoOnly) {
    HttpClient other(server_.port());
    auto dpo = SignIn(other, "dpo@belgrave");
    ASSERT_TRUE(dpo);
    const HttpResult bundle = Get("/api/schools/belgrave/subject-access/pupils/BEL1003", &*dpo);
    ASSERT_EQ(bundle.status, 200) << bundle.body;
    const json::object body = Body(bundle);
    EXPECT_EQ(body.at("pupil_id").as_string(), "BEL1003");
    EXPECT_FALSE(body.at("consent").as_array().empty());
    EXPECT_TRUE(body.at("do_not_publish").is_object());
    ASSERT_EQ(body.at("sections").as_array().size(), 3u);
    EXPECT_EQ(body.at("sections").at(0).at("room").as_string(), "posts");
    EXPECT_EQ(body.at("sections").at(1).at("room").as_string(), "comments");
    EXPECT_EQ(body.at("sections").at(2).at("room").as_string(), "cases");
    const HttpResult html =
        Get("/api/schools/belgrave/subject-access/pupils/BEL1003?format=html", &*dpo);
    ASSERT_EQ(html.status, 200);
    EXPECT_EQ(html.Header("content-type").rfind("text/html", 0), 0u);
    EXPECT_NE(html.Header("content-security-policy").find("default-src 'none'"),
              std::string::npos);
    EXPECT_EQ(html.body.find("<script"), std::string::npos);
    EXPECT_EQ(Get("/api/schools/belgrave/subject-access/pupils/NOBODY", &*dpo).status, 404);
    // The communications lead sees consent but not the audit trail: no export.
    EXPECT_EQ(Get("/api/schools/belgrave/subject-access/pupils/BEL1003").status, 403);
}

}  // namespace
}  // namespace steward::api::testing
