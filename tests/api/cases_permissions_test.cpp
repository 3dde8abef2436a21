// The case JSON's per-step flags over real HTTP with the demo tenants: for each of can_assess,
// can_decide_police, can_contact_police, can_approve_media and can_reply_media, a role the flag
// says may record the step does so (201/200) and a role it says may not is refused (403), so the
// page offering only the flagged steps never offers one the server refuses.
#include <gtest/gtest.h>

#include "cases_test_helpers.hpp"

namespace steward::api::testing {
namespace {

namespace json = boost::json;
constexpr char kCases[] = "/api/schools/clarendon-infant/cases";

// The flags of the case at `base` as `user` reads them.
json::object Flags(CaseUser& user, const std::string& base) {
    const HttpResult read = user.Get(base);
    EXPECT_EQ(read.status, 200) << read.body;
    if (read.status != 200) return {};
    const json::value parsed = json::parse(read.body);
    json::object flags;
    for (const char* name : {"can_handle", "can_assess", "can_decide_police", "can_contact_police",
                             "can_approve_media", "can_reply_media"}) {
        flags[name] = parsed.at(name);
    }
    return flags;
}

std::string Opened(CaseUser& reporter, const json::object& report) {
    const HttpResult opened = reporter.Post(kCases, report);
    EXPECT_EQ(opened.status, 201) << opened.body;
    return std::string(kCases) + "/" + IdOf(opened);
}

// The step at `base + step` under `flag`: the case JSON says `may` may record it and `may_not`
// may not, and the server agrees: 403 for `may_not`, then `may_status` for `may`.
void ExpectFlagAsServer(const std::string& flag, CaseUser& may, CaseUser& may_not,
                        const std::string& base, const std::string& step, const json::object& body,
                        unsigned may_status = 201) {
    EXPECT_TRUE(Flags(may, base).at(flag).as_bool()) << flag;
    EXPECT_FALSE(Flags(may_not, base).at(flag).as_bool()) << flag;
    EXPECT_EQ(may_not.Post(base + step, body).status, 403) << flag;
    EXPECT_EQ(may.Post(base + step, body).status, may_status) << flag;
}

// An image shared between pupils, marked as a pupil's inadvertent conduct (INC-07).
json::object InadvertentImage() {
    return json::object{{"concern_type", "illegal_content"},
                        {"summary", "Image shared between pupils"},
                        {"fields",
                         {{"description", "d"},
                          {"first_seen_at", "2026-09-21T09:00"},
                          {"where_seen", "personal_device"},
                          {"url", "https://bad.example/page"},
                          {"category", "sexual"},
                          {"how_reached", "shared_by_someone"},
                          {"immediate_action", "device isolated"},
                          {"pupil_conduct_inadvertent", "yes"}}}};
}

// Req: INC-09
TEST(CasesPermissionsApiTest, CanAssessIsTheAssessmentRolesAndTheServerAgrees) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string base = Opened(
        teacher, json::object{{"concern_type", "pupil_online_behaviour"},
                              {"summary", "Group chat"},
                              {"fields", {{"description", "d"}, {"first_seen_at", "2026-09-21"}}}});
    CaseUser dsl(server, "dsl@clarendon");  // the owner, but not Clarendon's assessment role
    CaseUser head(server, "headteacher@clarendon");
    EXPECT_TRUE(Flags(dsl, base).at("can_handle").as_bool());
    ExpectFlagAsServer("can_assess", head, dsl, base, "/assessment",
                       json::object{{"text", "DSL leads"}});
}

// Req: INC-07
TEST(CasesPermissionsApiTest, PoliceDecisionIsTheDslsAndPoliceContactTheHeadsAsTheFlagsSay) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string base = Opened(teacher, InadvertentImage());
    CaseUser head(server, "headteacher@clarendon");
    CaseUser dsl(server, "dsl@clarendon");
    ExpectFlagAsServer("can_decide_police", dsl, head, base, "/police-decision",
                       json::object{{"involve_police", true}, {"reason", "Adult involved"}});
    ASSERT_EQ(head.Post(base + "/transition", json::object{{"to", "triaged"}}).status, 200);
    ExpectFlagAsServer(
        "can_contact_police", head, dsl, base, "/transition",
        json::object{{"to", "triaged"}, {"referral", {{"body", "police"}, {"reference", "CAD-9"}}}},
        200);
}

// Req: INC-11
TEST(CasesPermissionsApiTest, MediaApprovalIsTheOwnersNotACoInvestigatorsAndTheReplyAHandlers) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string base = Opened(teacher, MediaEnquiry());
    CaseUser head(server, "headteacher@clarendon");  // the owner
    ASSERT_EQ(
        head.Post(base + "/members", json::object{{"person_id", "account.moderator.clarendon"}})
            .status,
        200);
    CaseUser member(server, "account.moderator@clarendon");  // a co-investigator
    ExpectFlagAsServer("can_approve_media", head, member, base, "/media-approval",
                       json::object{{"text", "Approved by email 21/09, HT"}});
    // The reply: any handler (the co-investigator too), never the reporter who sees the status.
    ExpectFlagAsServer("can_reply_media", member, teacher, base, "/media-reply",
                       json::object{{"text", "No comment"}});
}

TEST(CasesPermissionsApiTest, AReporterWhoOnlySeesTheStatusMayRecordNoStep) {
    DemoServer server;
    CaseUser teacher(server, "teacher@clarendon");
    const std::string base = Opened(teacher, MediaEnquiry("Local paper asks"));
    for (const auto& [name, value] : Flags(teacher, base)) {
        EXPECT_FALSE(value.as_bool()) << name;
    }
}

}  // namespace
}  // namespace steward::api::testing
