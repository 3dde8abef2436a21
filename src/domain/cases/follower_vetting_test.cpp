// Follower vetting over real SQLite with each school's pack (MON-12, MON-13).
#include "domain/cases/follower_vetting.hpp"

#include <gtest/gtest.h>

#include "domain/cases/case_test_school.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;
using testing::CaseSchool;
using testing::kCaseClock;

FollowerRequest Draft(const CaseSchool& school, RequesterKind kind, bool checked = false) {
    FollowerRequest request;
    request.school_id = school.id();
    request.account_id = "acc-1";
    request.platform = "facebook";
    request.requester_handle = "@someone";
    request.requester_kind = kind;
    request.security_checked = checked;
    return request;
}

core::Result<FollowerRequest> Log(CaseSchool& school, FollowerRequest request) {
    return school.store().Transact([&](Tx& tx) {
        return LogFollowerRequest(tx, school.ActorFor(Role::kAccountModerator), kCaseClock,
                                  school.pack(), request);
    });
}

core::Result<FollowerRequest> Decide(CaseSchool& school, Role role, const std::string& id,
                                     FollowerDecision decision) {
    return school.store().Transact([&](Tx& tx) {
        return DecideFollowerRequest(tx, school.ActorFor(role), kCaseClock, school.pack(),
                                     school.id(), id, decision, "Checked against the policy");
    });
}

// Req: MON-13
TEST(FollowerVettingTest, BelgraveExternalOrganisationNeedsTheHeadteacher) {
    CaseSchool school("belgrave", "belgrave.toml");
    auto logged = Log(school, Draft(school, RequesterKind::kExternalOrganisation));
    ASSERT_TRUE(logged) << logged.error().ToString();
    EXPECT_EQ(logged->approver_role, Role::kHeadteacher);
    auto by_admin =
        Decide(school, Role::kAccountAdministrator, logged->id, FollowerDecision::kAccepted);
    ASSERT_FALSE(by_admin);
    EXPECT_EQ(by_admin.error().code, ErrorCode::kPermissionDenied);
    auto by_head = Decide(school, Role::kHeadteacher, logged->id, FollowerDecision::kAccepted);
    ASSERT_TRUE(by_head) << by_head.error().ToString();
    EXPECT_EQ(by_head->decided_by, school.PersonFor(Role::kHeadteacher));
    EXPECT_EQ(by_head->decision, FollowerDecision::kAccepted);
    auto again = Decide(school, Role::kHeadteacher, logged->id, FollowerDecision::kDeclined);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
}

// Req: MON-13
TEST(FollowerVettingTest, BelgraveBarsOutsidersAndUncheckedAdults) {
    CaseSchool school("belgrave", "belgrave.toml");
    auto outsider = Log(school, Draft(school, RequesterKind::kCommunityAdult, true));
    ASSERT_TRUE(outsider);
    EXPECT_EQ(outsider->approver_role, Role::kAccountAdministrator);
    auto accepted =
        Decide(school, Role::kAccountAdministrator, outsider->id, FollowerDecision::kAccepted);
    ASSERT_FALSE(accepted);
    EXPECT_EQ(accepted.error().code, ErrorCode::kFailedPrecondition);
    EXPECT_TRUE(
        Decide(school, Role::kAccountAdministrator, outsider->id, FollowerDecision::kDeclined));
    auto parent = Log(school, Draft(school, RequesterKind::kParent));
    ASSERT_TRUE(parent);
    auto unchecked =
        Decide(school, Role::kAccountAdministrator, parent->id, FollowerDecision::kAccepted);
    ASSERT_FALSE(unchecked);
    EXPECT_EQ(unchecked.error().where, "security_checked");
    auto checked = Log(school, Draft(school, RequesterKind::kParent, true));
    ASSERT_TRUE(checked);
    EXPECT_TRUE(
        Decide(school, Role::kAccountAdministrator, checked->id, FollowerDecision::kAccepted));
}

// Req: MON-12
TEST(FollowerVettingTest, ClarendonCommunicationsLeadVetsEveryoneIncludingOrganisations) {
    CaseSchool school("clarendon-infant", "clarendon.toml");
    auto logged = Log(school, Draft(school, RequesterKind::kExternalOrganisation));
    ASSERT_TRUE(logged);
    EXPECT_EQ(logged->approver_role, Role::kCommunicationsLead);
    EXPECT_FALSE(Decide(school, Role::kHeadteacher, logged->id, FollowerDecision::kAccepted));
    EXPECT_TRUE(Decide(school, Role::kCommunicationsLead, logged->id, FollowerDecision::kAccepted));
    auto listed =
        school.store().Read([&](Tx& tx) { return ListFollowerRequests(tx, school.id()); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].decision_reason, "Checked against the policy");
}

TEST(FollowerVettingTest, MissingFieldsAndReasonAreRefused) {
    CaseSchool school("kenn", "kenn-kenton.toml");
    FollowerRequest draft = Draft(school, RequesterKind::kParent);
    draft.requester_handle.clear();
    EXPECT_EQ(Log(school, draft).error().where, "requester_handle");
    auto logged = Log(school, Draft(school, RequesterKind::kParent));
    ASSERT_TRUE(logged);
    auto no_reason = school.store().Transact([&](Tx& tx) {
        return DecideFollowerRequest(tx, school.ActorFor(Role::kAccountAdministrator), kCaseClock,
                                     school.pack(), school.id(), logged->id,
                                     FollowerDecision::kAccepted, "");
    });
    ASSERT_FALSE(no_reason);
    EXPECT_EQ(no_reason.error().where, "reason");
    EXPECT_EQ(
        Decide(school, Role::kAccountAdministrator, "follow-missing", FollowerDecision::kDeclined)
            .error()
            .code,
        ErrorCode::kNotFound);
}

}  // namespace
}  // namespace steward::domain
