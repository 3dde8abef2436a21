// Follower vetting over real HTTP with demo users (MON-12, MON-13): Belgrave's external
// organisations need the headteacher, outsiders are refused, decisions need a reason.
#include <gtest/gtest.h>

#include "cases_test_helpers.hpp"

namespace steward::api::testing {
namespace {

constexpr char kBase[] = "/api/schools/belgrave/follower-requests";

boost::json::object Request(std::string_view kind, bool checked = false) {
    return boost::json::object{{"account_id", "belgrave-facebook"},
                               {"platform", "facebook"},
                               {"requester_handle", "@someone"},
                               {"requester_kind", kind},
                               {"security_checked", checked}};
}

// Req: MON-13
TEST(CasesFollowersApiTest, ExternalOrganisationIsDecidedByTheHeadteacherOnly) {
    DemoServer server;
    CaseUser moderator(server, "account.moderator@belgrave");
    const HttpResult logged = moderator.Post(kBase, Request("external_organisation"));
    ASSERT_EQ(logged.status, 201) << logged.body;
    EXPECT_EQ(boost::json::parse(logged.body).at("approver_role").as_string(), "headteacher");
    const std::string decide = std::string(kBase) + "/" + IdOf(logged) + "/decision";
    CaseUser admin(server, "account.administrator@belgrave");
    EXPECT_EQ(admin.Post(decide, {{"decision", "accepted"}, {"reason", "partner"}}).status, 403);
    CaseUser head(server, "headteacher@belgrave");
    EXPECT_EQ(head.Post(decide, {{"decision", "accepted"}}).status, 400);
    const HttpResult decided = head.Post(decide, {{"decision", "accepted"}, {"reason", "partner"}});
    ASSERT_EQ(decided.status, 200) << decided.body;
    const auto body = boost::json::parse(decided.body);
    EXPECT_EQ(body.at("decision").as_string(), "accepted");
    EXPECT_EQ(body.at("decided_by").as_string(), "headteacher.belgrave");
    EXPECT_EQ(head.Post(decide, {{"decision", "declined"}, {"reason", "again"}}).status, 422);
    const HttpResult pending = head.Get(std::string(kBase) + "?pending=true");
    ASSERT_EQ(pending.status, 200);
    const boost::json::value listed = boost::json::parse(pending.body);
    for (const auto& item : listed.at("follower_requests").as_array()) {
        EXPECT_NE(item.at("id").as_string(), IdOf(logged));
        EXPECT_EQ(item.at("decision").as_string(), "pending");
    }
}

// Req: MON-13
TEST(CasesFollowersApiTest, BelgraveRefusesOutsidersAndAdultsWithoutASecurityCheck) {
    DemoServer server;
    CaseUser admin(server, "account.administrator@belgrave");
    const HttpResult outsider = admin.Post(kBase, Request("community_adult", true));
    ASSERT_EQ(outsider.status, 201);
    EXPECT_EQ(admin
                  .Post(std::string(kBase) + "/" + IdOf(outsider) + "/decision",
                        {{"decision", "accepted"}, {"reason", "r"}})
                  .status,
              422);
    const HttpResult parent = admin.Post(kBase, Request("parent"));
    ASSERT_EQ(parent.status, 201);
    EXPECT_EQ(admin
                  .Post(std::string(kBase) + "/" + IdOf(parent) + "/decision",
                        {{"decision", "accepted"}, {"reason", "r"}})
                  .status,
              422);
    EXPECT_EQ(admin.Post(kBase, Request("alien")).status, 400);
    // Staff with no vetting role never reach the list.
    CaseUser dsl(server, "dsl@belgrave");
    EXPECT_EQ(dsl.Get(kBase).status, 403);
}

}  // namespace
}  // namespace steward::api::testing
