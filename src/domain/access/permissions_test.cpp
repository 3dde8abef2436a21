#include "domain/access/permissions.hpp"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace steward::domain {
namespace {

RoleAssignment AtSchool(Role role, std::string school) {
    return RoleAssignment{"p1", role, std::move(school), ""};
}
RoleAssignment AcrossTrust(Role role, std::string trust) {
    return RoleAssignment{"p1", role, "", std::move(trust)};
}

TEST(PermissionsTest, EveryActionHasAKeyAndAtLeastOneRole) {
    std::set<Action> covered;
    for (const Permission& row : PermissionTable()) covered.insert(row.action);
    EXPECT_EQ(covered.size(), static_cast<std::size_t>(kActionCount));
    for (int index = 0; index < kActionCount; ++index) {
        EXPECT_FALSE(ActionKey(static_cast<Action>(index)).empty());
    }
}

TEST(PermissionsTest, NoRoleAppearsTwiceForOneAction) {
    std::set<std::pair<Action, Role>> seen;
    for (const Permission& row : PermissionTable()) {
        EXPECT_TRUE(seen.insert({row.action, row.role}).second) << ActionKey(row.action);
    }
}

// Req: ORG-01
TEST(PermissionsTest, SchoolRoleReachesOnlyItsOwnSchool) {
    const std::vector<RoleAssignment> roles = {AtSchool(Role::kHeadteacher, "kenn")};
    EXPECT_TRUE(Authorise(roles, Action::kViewPupils, "kenn", "kenn-kenton"));
    const auto other = Authorise(roles, Action::kViewPupils, "kenton", "kenn-kenton");
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, core::ErrorCode::kPermissionDenied);
    EXPECT_NE(other.error().message.find("view pupils"), std::string::npos);
    EXPECT_FALSE(CanSeeSchool(roles, "belgrave", ""));
}

// Req: ORG-04
TEST(PermissionsTest, TrustRoleReachesEverySchoolOfItsTrustAndNoOther) {
    const std::vector<RoleAssignment> roles = {
        AcrossTrust(Role::kSeniorLeadershipTeam, "kenn-kenton")};
    EXPECT_TRUE(Authorise(roles, Action::kViewPeople, "kenn", "kenn-kenton"));
    EXPECT_TRUE(Authorise(roles, Action::kViewPeople, "kenton", "kenn-kenton"));
    EXPECT_FALSE(Authorise(roles, Action::kViewPeople, "allegro", "symphony-trust"));
    EXPECT_FALSE(Authorise(roles, Action::kViewPeople, "belgrave", ""));
}

TEST(PermissionsTest, TrustHeldRoleWithOwnSchoolRowReachesNoSchool) {
    // A teacher's rows are own-school only: holding it trust-wide reaches nothing.
    const std::vector<RoleAssignment> roles = {AcrossTrust(Role::kTeacher, "symphony-trust")};
    EXPECT_FALSE(Authorise(roles, Action::kViewPupils, "allegro", "symphony-trust"));
}

// Req: AUD-06
TEST(PermissionsTest, ConsentAndIncidentsOnlyToRolesThatNeedThem) {
    for (Role role : {Role::kTeacher, Role::kAccountModerator, Role::kIctTechnician,
                      Role::kGoverningBody, Role::kTrustBoard, Role::kItManager}) {
        const std::vector<RoleAssignment> roles = {AtSchool(role, "belgrave")};
        EXPECT_FALSE(Authorise(roles, Action::kViewConsent, "belgrave", "")) << RoleKey(role);
        EXPECT_FALSE(Authorise(roles, Action::kHandleIncidents, "belgrave", "")) << RoleKey(role);
    }
    const std::vector<RoleAssignment> dsl = {AtSchool(Role::kDsl, "belgrave")};
    EXPECT_TRUE(Authorise(dsl, Action::kHandleIncidents, "belgrave", ""));
    EXPECT_TRUE(Authorise(dsl, Action::kViewConsent, "belgrave", ""));
}

// Req: AUD-06
TEST(PermissionsTest, GovernorsAndTrustBoardDoNotSeePupils) {
    for (Role role : {Role::kGoverningBody, Role::kChairOfGovernors, Role::kTrustBoard}) {
        const std::vector<RoleAssignment> roles = {AtSchool(role, "allegro")};
        EXPECT_FALSE(Authorise(roles, Action::kViewPupils, "allegro", "symphony-trust"))
            << RoleKey(role);
    }
}

TEST(PermissionsTest, ChangesMatchTheDomainsAdministrators) {
    for (Role role : {Role::kDsl, Role::kDpo, Role::kTeacher, Role::kAccountAdministrator}) {
        EXPECT_FALSE(ScopeFor(Action::kManagePeople, role)) << RoleKey(role);
        EXPECT_FALSE(ScopeFor(Action::kImportRoster, role)) << RoleKey(role);
    }
    EXPECT_TRUE(ScopeFor(Action::kImportRoster, Role::kItManager));
}

TEST(PermissionsTest, GrantingRoleIsReturnedAndBecomesTheActor) {
    const std::vector<RoleAssignment> roles = {AtSchool(Role::kTeacher, "kenn"),
                                               AcrossTrust(Role::kItManager, "kenn-kenton")};
    const auto granted = Authorise(roles, Action::kImportRoster, "kenton", "kenn-kenton");
    ASSERT_TRUE(granted);
    EXPECT_EQ(granted->role, Role::kItManager);
    const Actor actor = ActorFor(*granted, "kenton");
    EXPECT_EQ(actor.school_id, "kenton");
    EXPECT_EQ(actor.role, Role::kItManager);
}

TEST(PermissionsTest, InstallationWideActionNeedsAnyRowForAHeldRole) {
    EXPECT_TRUE(Authorise(std::vector{AtSchool(Role::kDpo, "kenn")}, Action::kVerifyAudit, "", ""));
    EXPECT_FALSE(
        Authorise(std::vector{AtSchool(Role::kTeacher, "kenn")}, Action::kVerifyAudit, "", ""));
    EXPECT_FALSE(Authorise(std::vector<RoleAssignment>{}, Action::kViewSchool, "kenn", ""));
}

}  // namespace
}  // namespace steward::domain
