// The cases room's decisions over real HTTP with the demo tenants (clock 2026-09-21 14:13:20
// UTC): the initial assessment before investigating, police contact and the DSL's decision for
// a pupil's inadvertent conduct, the late flag, written approval before a media reply, block
// tasks, pupil links, and evidence download only to the case's handlers.
#include <gtest/gtest.h>

#include "cases_test_helpers.hpp"
#include "security/sha256.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;
constexpr char kCases[] = "/api/schools/clarendon-infant/cases";

json::value Parsed(const HttpResult& result) { return json::parse(result.body); }
std::string Where(const HttpResult& result) {
    return std::string(Parsed(result).at("error").at("where").as_string());
}

json::object Content(std::string where_seen, std::string inadvertent) {
    return json::object{{"concern_type", "illegal_content"},
                        {"summary", "Image shared between pupils"},
                        {"fields",
                         {{"description", "d"},
                          {"first_seen_at", "2026-09-21T09:00"},
                          {"where_seen", where_seen},
                          {"url", "https://bad.example/page"},
                          {"category", "sexual"},
                          {"how_reached", "shared_by_someone"},
                          {"immediate_action", "device isolated"},
                          {"pupil_conduct_inadvertent", inadvertent}}}};
}

// Req: INC-09
TEST(CasesDecisionsApiTest, InvestigationOpensOnlyAfterTheConfiguredRolesInitialAssessment) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string id = IdOf(teacher.Post(
        kCases, json::object{{"concern_type", "pupil_online_behaviour"},
                             {"summary", "Group chat"},
                             {"fields", {{"description", "d"}, {"first_seen_at", "2026-09-21"}}}}));
    ASSERT_FALSE(id.empty());
    const std::string base = std::string(kCases) + "/" + id;
    CaseUser dsl(server, "dsl@clarendon");  // the owner
    ASSERT_EQ(dsl.Post(base + "/transition", json::object{{"to", "triaged"}}).status, 200);
    const HttpResult early = dsl.Post(base + "/transition", json::object{{"to", "investigating"}});
    EXPECT_EQ(early.status, 422);
    EXPECT_EQ(Where(early), "assessment");
    const json::object assessment{{"text", "DSL leads; ICT to preserve logs"},
                                  {"staff_involved", {"dsl.clarendon"}},
                                  {"agencies", json::array{}}};
    // Clarendon's initial assessment role is the headteacher, not the DSL.
    EXPECT_EQ(dsl.Post(base + "/assessment", assessment).status, 403);
    CaseUser head(server, "headteacher@clarendon");
    EXPECT_EQ(
        head.Post(base + "/assessment", json::object{{"text", "x"}, {"agencies", {"fbi"}}}).status,
        400);
    const HttpResult assessed = head.Post(base + "/assessment", assessment);
    ASSERT_EQ(assessed.status, 201) << assessed.body;
    EXPECT_EQ(Parsed(assessed).at("kind").as_string(), "initial_assessment");
    EXPECT_EQ(head.Post(base + "/assessment", assessment).status, 409);
    EXPECT_EQ(dsl.Post(base + "/transition", json::object{{"to", "investigating"}}).status, 200);
    const HttpResult detail = dsl.Get(base);
    ASSERT_EQ(detail.status, 200);
    const json::value detail_json = Parsed(detail);
    const auto& decisions = detail_json.at("decisions").as_array();
    ASSERT_EQ(decisions.size(), 1u);
    EXPECT_EQ(decisions[0].at("staff_involved").as_array().size(), 1u);
}

// Req: INC-07
// Req: INC-06
TEST(CasesDecisionsApiTest, PoliceContactIsTheHeadsAndWaitsForTheDslsDecisionOnAPupil) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string id = IdOf(teacher.Post(kCases, Content("personal_device", "yes")));
    ASSERT_FALSE(id.empty());
    const std::string base = std::string(kCases) + "/" + id;
    CaseUser head(server, "headteacher@clarendon");
    CaseUser dsl(server, "dsl@clarendon");
    ASSERT_EQ(head.Post(base + "/transition", json::object{{"to", "triaged"}}).status, 200);
    const json::object police{{"to", "triaged"},
                              {"referral", {{"body", "police"}, {"reference", "CAD-7"}}}};
    const HttpResult before = head.Post(base + "/transition", police);
    EXPECT_EQ(before.status, 422);
    EXPECT_EQ(Where(before), "police_decision");
    EXPECT_EQ(head.Post(base + "/police-decision",
                        json::object{{"involve_police", false}, {"reason", "r"}})
                  .status,
              403);
    EXPECT_EQ(dsl.Post(base + "/police-decision", json::object{{"reason", "r"}}).status, 400);
    const HttpResult decided = dsl.Post(
        base + "/police-decision",
        json::object{{"involve_police", false}, {"reason", "Inadvertent; education and support"}});
    ASSERT_EQ(decided.status, 201) << decided.body;
    EXPECT_EQ(Parsed(decided).at("decision").as_string(), "no_police");
    // The DSL may not record police contact: only the police contact role may.
    EXPECT_EQ(dsl.Post(base + "/transition", police).status, 403);
    ASSERT_EQ(head.Post(base + "/assessment", json::object{{"text", "DSL leads"}}).status, 201);
    ASSERT_EQ(head.Post(base + "/transition", json::object{{"to", "investigating"}}).status, 200);
    ASSERT_EQ(
        head.Post(base + "/transition", json::object{{"to", "outcome"}, {"outcome", "advice"}})
            .status,
        200);
    // Illegal content closes without a referral because the DSL decided against the police.
    const HttpResult closed = head.Post(base + "/transition", json::object{{"to", "closed"}});
    EXPECT_EQ(closed.status, 200) << closed.body;
}

// Req: INC-06
TEST(CasesDecisionsApiTest, IllegalContentWithoutTheDecisionStillNeedsItsReferralToClose) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string id = IdOf(teacher.Post(kCases, Content("personal_device", "no")));
    const std::string base = std::string(kCases) + "/" + id;
    CaseUser head(server, "headteacher@clarendon");
    for (const json::object& step :
         {json::object{{"to", "triaged"}}, json::object{{"to", "investigating"}},
          json::object{{"to", "outcome"}, {"outcome", "content_removed"}}}) {
        if (step.at("to") == "investigating") {
            ASSERT_EQ(head.Post(base + "/assessment", json::object{{"text", "a"}}).status, 201);
        }
        ASSERT_EQ(head.Post(base + "/transition", step).status, 200);
    }
    EXPECT_EQ(Where(head.Post(base + "/transition", json::object{{"to", "closed"}})), "referral");
    CaseUser dsl(server, "dsl@clarendon");
    EXPECT_EQ(dsl.Post(base + "/police-decision",
                       json::object{{"involve_police", false}, {"reason", "r"}})
                  .status,
              422);  // not a pupil's inadvertent conduct: no way round the referral
}

// Req: INC-10
TEST(CasesDecisionsApiTest, FirstSeenIsRecordedAndALateReportIsFlagged) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    auto report = [&](const char* first_seen) {
        return IdOf(teacher.Post(
            kCases,
            json::object{{"concern_type", "negative_post_about_school"},
                         {"summary", "Post about the school"},
                         {"fields", {{"description", "d"}, {"first_seen_at", first_seen}}}}));
    };
    const std::string late = report("2026-09-18T10:00");
    const std::string prompt = report("2026-09-21T09:00");
    CaseUser comms(server, "communications.lead@clarendon");  // Clarendon routes these to comms
    const auto late_case = Parsed(comms.Get(std::string(kCases) + "/" + late));
    EXPECT_TRUE(late_case.at("late_report").as_bool());
    // 10:00 BST on 18 September is 09:00 UTC.
    EXPECT_EQ(late_case.at("first_seen_at").as_int64(), 1'789'722'000);
    EXPECT_FALSE(Parsed(comms.Get(std::string(kCases) + "/" + prompt)).at("late_report").as_bool());
    const HttpResult bad = teacher.Post(
        kCases, json::object{{"concern_type", "negative_post_about_school"},
                             {"summary", "s"},
                             {"fields", {{"description", "d"}, {"first_seen_at", "2026-02-30"}}}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(Where(bad), "fields.first_seen_at");
}

// Req: INC-11
TEST(CasesDecisionsApiTest, MediaEnquiryIsUrgentAndNoReplyIsRecordedBeforeWrittenApproval) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const HttpResult opened = teacher.Post(kCases, MediaEnquiry());
    ASSERT_EQ(opened.status, 201) << opened.body;
    EXPECT_TRUE(Parsed(opened).at("urgent").as_bool());
    EXPECT_EQ(Parsed(opened).at("owner_role").as_string(), "headteacher");
    const std::string base = std::string(kCases) + "/" + IdOf(opened);
    CaseUser head(server, "headteacher@clarendon");
    const json::object reply{{"text", "The school does not comment on individual pupils."}};
    const HttpResult blocked = head.Post(base + "/media-reply", reply);
    EXPECT_EQ(blocked.status, 422);
    EXPECT_EQ(Where(blocked), "approval");
    ASSERT_EQ(
        head.Post(base + "/media-approval", json::object{{"text", "Approved by email 21/09, HT"}})
            .status,
        201);
    const HttpResult replied = head.Post(base + "/media-reply", reply);
    ASSERT_EQ(replied.status, 201) << replied.body;
    EXPECT_EQ(Parsed(head.Get(base)).at("decisions").as_array().size(), 2u);
    // Approval is for media enquiries only.
    const std::string other = IdOf(teacher.Post(kCases, StaffConcern("dsl.clarendon")));
    EXPECT_EQ(head.Post(std::string(kCases) + "/" + other + "/media-approval",
                        json::object{{"text", "ok"}})
                  .status,
              422);
}

// Req: INC-16
TEST(CasesDecisionsApiTest, ContentReachedOnSchoolEquipmentOpensABlockTaskForTheBlocklistManager) {
    DemoServer server;
    AddDemoUser(server, "clarendon-infant", "oso@clarendon", domain::Role::kOnlineSafetyOfficer);
    CaseUser teacher(server, "teacher@clarendon");
    json::object report = Content("school_device", "no");
    report["concern_type"] = "inappropriate_content";
    report["fields"].as_object()["device_or_location"] = "Library PC 3";
    const HttpResult opened = teacher.Post(kCases, report);
    ASSERT_EQ(opened.status, 201) << opened.body;
    ASSERT_EQ(teacher.Post(kCases, Content("personal_device", "no")).status, 201);  // no task
    const std::string tasks = "/api/schools/clarendon-infant/block-tasks";
    CaseUser oso(server, "oso@clarendon");  // Clarendon's blocklist manager
    const HttpResult listed = oso.Get(tasks);
    ASSERT_EQ(listed.status, 200) << listed.body;
    const json::value listed_json = Parsed(listed);
    const auto& items = listed_json.at("block_tasks").as_array();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].at("case_id").as_string(), IdOf(opened));
    EXPECT_EQ(items[0].at("url").as_string(), "https://bad.example/page");
    EXPECT_EQ(items[0].at("device_or_location").as_string(), "Library PC 3");
    EXPECT_EQ(items[0].at("assignee_role").as_string(), "online_safety_officer");
    EXPECT_EQ(items[0].as_object().if_contains("description"), nullptr);
    EXPECT_TRUE(Parsed(teacher.Get(tasks)).at("block_tasks").as_array().empty());
    const std::string done = tasks + "/" + std::string(items[0].at("id").as_string()) + "/done";
    EXPECT_EQ(teacher.Post(done, json::object{}).status, 404);
    const HttpResult completed = oso.Post(done, json::object{{"note", "Added to the filter"}});
    ASSERT_EQ(completed.status, 200) << completed.body;
    EXPECT_EQ(Parsed(completed).at("state").as_string(), "done");
    EXPECT_EQ(oso.Post(done, json::object{}).status, 422);
    // The case's handlers see the linked task on the case.
    const HttpResult detail = oso.Get(std::string(kCases) + "/" + IdOf(opened));
    ASSERT_EQ(detail.status, 200);
    EXPECT_EQ(Parsed(detail).at("block_tasks").as_array().size(), 1u);
}

TEST(CasesDecisionsApiTest, PupilsLinkedToACaseMustBeOnTheRoster) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    json::object report{{"concern_type", "pupil_online_behaviour"},
                        {"summary", "Group chat"},
                        {"pupil_ids", {"CLA1000", "CLA1001"}},
                        {"fields", {{"description", "d"}, {"first_seen_at", "2026-09-21"}}}};
    const HttpResult opened = teacher.Post(kCases, report);
    ASSERT_EQ(opened.status, 201) << opened.body;
    CaseUser dsl(server, "dsl@clarendon");
    EXPECT_EQ(
        Parsed(dsl.Get(std::string(kCases) + "/" + IdOf(opened))).at("pupil_ids").as_array().size(),
        2u);
    report["pupil_ids"] = {"NOPE"};
    const HttpResult bad = teacher.Post(kCases, report);
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(Where(bad), "pupil_ids");
}

TEST(CasesDecisionsApiTest, EvidenceIsDownloadedOnlyByHandlersAndNeverByTheSubject) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    // A pupil-behaviour concern about the DSL: routed to the DSL role, yet the DSL is its subject.
    json::object report{{"concern_type", "pupil_online_behaviour"},
                        {"summary", "Concern involving a member of staff"},
                        {"subject_person_id", "dsl.clarendon"},
                        {"fields", {{"description", "d"}, {"first_seen_at", "2026-09-21"}}}};
    const std::string id = IdOf(teacher.Post(kCases, report));
    ASSERT_FALSE(id.empty());
    CaseUser head(server, "headteacher@clarendon");  // handles it as the assessor role
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\x00", 18);
    const HttpResult stored = head.PostRaw(
        std::string(kCases) + "/" + id + "/evidence?filename=..%2Fshot%201.png", png, "image/png");
    ASSERT_EQ(stored.status, 201) << stored.body;
    const std::string target = std::string(kCases) + "/" + id + "/evidence/" + IdOf(stored);
    const HttpResult fetched = head.Get(target);
    ASSERT_EQ(fetched.status, 200);
    EXPECT_EQ(fetched.body, png);
    EXPECT_EQ(fetched.Header("x-evidence-sha256"), security::Sha256Hex(png));
    EXPECT_EQ(fetched.Header("content-type"), "image/png");
    EXPECT_EQ(fetched.Header("content-disposition"), "attachment; filename=\".._shot_1.png\"");
    CaseUser subject(server, "dsl@clarendon");
    EXPECT_EQ(subject.Get(target).status, 404);
    CaseUser comms(server, "communications.lead@clarendon");  // cannot see the case
    EXPECT_EQ(comms.Get(target).status, 404);
    EXPECT_EQ(teacher.Get(target).status, 404);  // the reporter sees the status only
    EXPECT_EQ(head.Get(std::string(kCases) + "/" + id + "/evidence/nope").status, 404);
    CaseUser other_school(server, "dsl@belgrave");
    EXPECT_EQ(other_school.Get(target).status, 403);
    // Uploaded HTML is never served as HTML.
    const HttpResult html = head.PostRaw(std::string(kCases) + "/" + id + "/evidence",
                                         "<script>alert(1)</script>", "text/html");
    ASSERT_EQ(html.status, 201);
    const HttpResult raw = head.Get(std::string(kCases) + "/" + id + "/evidence/" + IdOf(html));
    EXPECT_EQ(raw.Header("content-type"), "application/octet-stream");
    // A screenshot larger than the server's 1 MB request limit: the evidence route takes 5 MB.
    const std::string screenshot(3 * 1024 * 1024, 'x');
    const HttpResult large =
        head.PostRaw(std::string(kCases) + "/" + id + "/evidence?filename=shot.png", screenshot,
                     "image/png");
    EXPECT_EQ(large.status, 201) << large.body;
}

}  // namespace
}  // namespace steward::api::testing
