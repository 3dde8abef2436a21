// The cases API over real HTTP with the seeded demo tenants and real demo users: routing by the
// school's pack, confidentiality (owner, added people, named roles; never the subject; a case
// about the headteacher never the headteacher), the lifecycle and evidence with its SHA-256.
#include <gtest/gtest.h>

#include <algorithm>

#include "cases_test_helpers.hpp"
#include "security/sha256.hpp"

namespace steward::api::testing {
namespace {

constexpr char kClarendon[] = "/api/schools/clarendon-infant/";

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Req: INC-03
// Req: INC-18
TEST(CasesApiTest, StaffConcernIsSeenByTheHeadteacherOnlyAndNeverByItsSubject) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const HttpResult opened =
        teacher.Post(std::string(kClarendon) + "cases", StaffConcern("dsl.clarendon"));
    ASSERT_EQ(opened.status, 201) << opened.body;
    const std::string id = IdOf(opened);
    EXPECT_EQ(boost::json::parse(opened.body).at("owner_role").as_string(), "headteacher");
    // The reporter sees the status, not the content.
    EXPECT_EQ(boost::json::parse(opened.body).at("summary").as_string(), "");

    CaseUser head(server, "headteacher@clarendon");
    EXPECT_TRUE(Contains(CaseIds(head.Get(std::string(kClarendon) + "cases?assigned=me")), id));
    const HttpResult full = head.Get(std::string(kClarendon) + "cases/" + id);
    ASSERT_EQ(full.status, 200);
    EXPECT_EQ(boost::json::parse(full.body).at("subject_person_id").as_string(), "dsl.clarendon");

    CaseUser subject(server, "dsl@clarendon");  // the person the concern is about
    EXPECT_FALSE(Contains(CaseIds(subject.Get(std::string(kClarendon) + "cases")), id));
    EXPECT_EQ(subject.Get(std::string(kClarendon) + "cases/" + id).status, 404);
    CaseUser comms(server, "communications.lead@clarendon");  // a role this concern does not name
    EXPECT_EQ(comms.Get(std::string(kClarendon) + "cases/" + id).status, 404);
    EXPECT_EQ(comms
                  .Post(std::string(kClarendon) + "cases/" + id + "/notes",
                        boost::json::object{{"text", "peek"}})
                  .status,
              404);
}

// Req: INC-03
TEST(CasesApiTest, ConcernAboutTheHeadteacherGoesToTheChairAndIsInvisibleToTheHead) {
    DemoServer server;
    AddDemoUser(server, "clarendon-infant", "chair@clarendon", domain::Role::kChairOfGovernors);
    CaseUser teacher(server, "teacher@clarendon");
    const HttpResult opened =
        teacher.Post(std::string(kClarendon) + "cases", StaffConcern("headteacher.clarendon"));
    ASSERT_EQ(opened.status, 201) << opened.body;
    const std::string id = IdOf(opened);
    EXPECT_EQ(boost::json::parse(opened.body).at("concern_type").as_string(),
              "headteacher_online_conduct");

    CaseUser chair(server, "chair@clarendon");
    const HttpResult seen = chair.Get(std::string(kClarendon) + "cases/" + id);
    ASSERT_EQ(seen.status, 200) << seen.body;
    EXPECT_EQ(boost::json::parse(seen.body).at("owner_role").as_string(), "chair_of_governors");
    EXPECT_EQ(boost::json::parse(seen.body).at("owner_person_id").as_string(), "chair.clarendon");

    CaseUser head(server, "headteacher@clarendon");
    EXPECT_FALSE(Contains(CaseIds(head.Get(std::string(kClarendon) + "cases")), id));
    EXPECT_EQ(head.Get(std::string(kClarendon) + "cases/" + id).status, 404);
    // A head-conduct concern reported directly is hidden from the head as well.
    const HttpResult direct = teacher.Post(
        std::string(kClarendon) + "cases",
        boost::json::object{{"concern_type", "headteacher_online_conduct"},
                            {"summary", "Head's post"},
                            {"fields", {{"description", "d"}, {"first_seen_at", "2026-11-20"}}}});
    ASSERT_EQ(direct.status, 201) << direct.body;
    EXPECT_EQ(head.Get(std::string(kClarendon) + "cases/" + IdOf(direct)).status, 404);
    // The chair may not add the head to the case.
    EXPECT_EQ(chair
                  .Post(std::string(kClarendon) + "cases/" + id + "/members",
                        boost::json::object{{"person_id", "headteacher.clarendon"}})
                  .status,
              400);
}

// Req: INC-04
TEST(CasesApiTest, PupilBehaviourGoesToTheDslWhoAddsACoInvestigator) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const HttpResult opened = teacher.Post(
        std::string(kClarendon) + "cases",
        boost::json::object{
            {"concern_type", "pupil_online_behaviour"},
            {"summary", "Year 2 group chat"},
            {"fields", {{"description", "Unkind messages"}, {"first_seen_at", "2026-11-19"}}}});
    ASSERT_EQ(opened.status, 201) << opened.body;
    const std::string id = IdOf(opened);
    CaseUser dsl(server, "dsl@clarendon");
    EXPECT_TRUE(Contains(CaseIds(dsl.Get(std::string(kClarendon) + "cases?assigned=me")), id));
    CaseUser moderator(server, "account.moderator@clarendon");
    EXPECT_EQ(moderator.Get(std::string(kClarendon) + "cases/" + id).status, 404);
    const HttpResult added =
        dsl.Post(std::string(kClarendon) + "cases/" + id + "/members",
                 boost::json::object{{"person_id", "account.moderator.clarendon"}});
    ASSERT_EQ(added.status, 200) << added.body;
    EXPECT_EQ(moderator.Get(std::string(kClarendon) + "cases/" + id).status, 200);
    EXPECT_TRUE(
        Contains(CaseIds(moderator.Get(std::string(kClarendon) + "cases?assigned=me")), id));
    // Other schools' staff never see it, even in the same trust.
    CaseUser belgrave(server, "dsl@belgrave");
    EXPECT_EQ(belgrave.Get(std::string(kClarendon) + "cases/" + id).status, 403);
}

// Req: INC-17
// Req: INC-06
TEST(CasesApiTest, IllegalContentRunsItsLifecycleAndClosesOnlyWithAReferral) {
    DemoServer server;
    CaseUser dsl(server, "dsl@belgrave");
    const std::string base = "/api/schools/belgrave/cases";
    const HttpResult opened =
        dsl.Post(base, boost::json::object{{"concern_type", "illegal_content"},
                                           {"summary", "Illegal content posted to the page"},
                                           {"fields",
                                            {{"description", "d"},
                                             {"first_seen_at", "2026-11-20T08:00"},
                                             {"where_seen", "official_account"},
                                             {"category", "violent_or_extremist"},
                                             {"how_reached", "posted_to_official_account"},
                                             {"immediate_action", "hid the post"}}}});
    ASSERT_EQ(opened.status, 201) << opened.body;
    const auto body = boost::json::parse(opened.body);
    EXPECT_TRUE(body.at("urgent").as_bool());
    EXPECT_EQ(body.at("owner_role").as_string(), "headteacher");
    const std::string id = IdOf(opened);
    CaseUser head(server, "headteacher@belgrave");
    auto step = [&](boost::json::object request) {
        return head.Post(base + "/" + id + "/transition", request);
    };
    EXPECT_EQ(step({{"to", "investigating"}}).status, 422);
    EXPECT_EQ(step({{"to", "triaged"}}).status, 200);
    EXPECT_EQ(step({{"to", "investigating"}}).status, 422);  // INC-09: no assessment yet
    EXPECT_EQ(head.Post(base + "/" + id + "/assessment",
                        boost::json::object{{"text", "Police contact by the head"}})
                  .status,
              201);
    EXPECT_EQ(step({{"to", "investigating"}, {"note", "Spoke to the account runners"}}).status,
              200);
    EXPECT_EQ(step({{"to", "outcome"}}).status, 400);
    EXPECT_EQ(step({{"to", "outcome"}, {"outcome", "content_removed"}}).status, 200);
    const HttpResult early = step({{"to", "closed"}});
    EXPECT_EQ(early.status, 422);
    EXPECT_NE(early.body.find("referral"), std::string::npos);
    const HttpResult closed =
        step({{"to", "closed"}, {"referral", {{"body", "police"}, {"reference", "CAD-99"}}}});
    ASSERT_EQ(closed.status, 200) << closed.body;
    EXPECT_EQ(boost::json::parse(closed.body).at("state").as_string(), "closed");
    const HttpResult detail = head.Get(base + "/" + id);
    ASSERT_EQ(detail.status, 200);
    const auto full = boost::json::parse(detail.body);
    EXPECT_EQ(full.at("referrals").as_array().size(), 1u);
    EXPECT_EQ(full.at("notes").as_array().size(), 1u);
    EXPECT_EQ(full.at("outcome").as_string(), "content_removed");
    // The reporter (the DSL, also a named role for illegal content) sees it too.
    EXPECT_EQ(dsl.Get(base + "/" + id).status, 200);
}

TEST(CasesApiTest, EvidenceIsStoredWithItsSha256AndBadInputIsRefused) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string id =
        IdOf(teacher.Post(std::string(kClarendon) + "cases", StaffConcern("dsl.clarendon")));
    ASSERT_FALSE(id.empty());
    CaseUser head(server, "headteacher@clarendon");
    const std::string target = std::string(kClarendon) + "cases/" + id + "/evidence";
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const HttpResult file = head.PostRaw(target + "?filename=shot.png", png, "image/png");
    ASSERT_EQ(file.status, 201) << file.body;
    const auto stored = boost::json::parse(file.body);
    EXPECT_EQ(stored.at("sha256").as_string(), security::Sha256Hex(png));
    EXPECT_EQ(stored.at("size_bytes").as_int64(), 16);
    EXPECT_EQ(stored.at("filename").as_string(), "shot.png");
    const HttpResult link =
        head.Post(target, boost::json::object{{"reference", "https://example.org/post/1"}});
    EXPECT_EQ(link.status, 201) << link.body;
    EXPECT_EQ(head.PostRaw(target, "", "image/png").status, 400);
    EXPECT_EQ(head.Post(target, boost::json::object{{"reference", "file:///etc/passwd"}}).status,
              400);
    // The reporter may not add evidence to a case they cannot handle.
    EXPECT_EQ(teacher.PostRaw(target, png, "image/png").status, 403);
    const HttpResult detail = head.Get(std::string(kClarendon) + "cases/" + id);
    EXPECT_EQ(boost::json::parse(detail.body).at("evidence").as_array().size(), 2u);
    // Over the evidence route's own limit (5 MB, above this server's 64 KiB): refused before the
    // handler, and the connection closes.
    CaseUser uploader(server, "headteacher@clarendon");
    EXPECT_EQ(uploader.PostRaw(target, std::string(5 * 1024 * 1024 + 1, 'x'), "image/png").status,
              413);
}

// Req: INC-01
TEST(CasesApiTest, ReportFormsAreListedAndBadReportsNameTheirField) {
    DemoServer server;
    CaseUser head(server, "headteacher@clarendon");
    const std::size_t before = CaseIds(head.Get(std::string(kClarendon) + "cases")).size();
    CaseUser teacher(server, "teacher@clarendon");
    const HttpResult forms = teacher.Get(std::string(kClarendon) + "case-forms");
    ASSERT_EQ(forms.status, 200);
    EXPECT_EQ(boost::json::parse(forms.body).at("forms").as_array().size(), 12u);
    auto where = [&](boost::json::object request) {
        const HttpResult result = teacher.Post(std::string(kClarendon) + "cases", request);
        EXPECT_EQ(result.status, 400) << result.body;
        return std::string(boost::json::parse(result.body).at("error").at("where").as_string());
    };
    EXPECT_EQ(where({{"concern_type", "gossip"}, {"summary", "s"}}), "concern_type");
    EXPECT_EQ(where({{"concern_type", "media_enquiry"}, {"summary", "s"}}), "fields.description");
    EXPECT_EQ(where({{"concern_type", "cyberbullying"},
                     {"summary", "s"},
                     {"fields",
                      {{"description", "d"}, {"first_seen_at", "2026-11-20"}, {"target", "x"}}}}),
              "fields.target");
    EXPECT_EQ(where({{"concern_type", "media_enquiry"}, {"summary", "s"}, {"fields", {{"a", 1}}}}),
              "fields.a");
    EXPECT_EQ(where({{"concern_type", "media_enquiry"}, {"summary", "s"}, {"urgent", "yes"}}),
              "urgent");
    EXPECT_EQ(where(StaffConcern("nobody.anywhere")), "subject_person_id");
    EXPECT_EQ(teacher.Get(std::string(kClarendon) + "cases?state=done").status, 400);
    EXPECT_EQ(CaseIds(head.Get(std::string(kClarendon) + "cases")).size(), before);
}

}  // namespace
}  // namespace steward::api::testing
