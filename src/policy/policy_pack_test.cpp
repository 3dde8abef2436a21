// Role helpers: display titles with fallback, alias and title resolution (ORG-05), presence.
#include "policy/policy_pack.hpp"

#include <gtest/gtest.h>

namespace steward::policy {
namespace {

RolesSection Roles() {
    RolesSection roles;
    roles.present = {Role::kHeadteacher, Role::kAccountAdministrator, Role::kAccountModerator};
    roles.headteacher_aliases = {"Executive Head Teacher", "Head of School"};
    roles.titles[static_cast<std::size_t>(Role::kHeadteacher)] = "Executive Head Teacher";
    roles.titles[static_cast<std::size_t>(Role::kAccountAdministrator)] = "Designated staff member";
    roles.titles[static_cast<std::size_t>(Role::kAccountModerator)] = "Designated staff member";
    roles.titles[static_cast<std::size_t>(Role::kDpo)] = "Data Protection Lead";
    return roles;
}

// Req: ORG-04
TEST(PolicyPackTest, TitleUsesLocalTitleElseReadableName) {
    const RolesSection roles = Roles();
    EXPECT_EQ(RoleTitle(roles, Role::kHeadteacher), "Executive Head Teacher");
    EXPECT_EQ(RoleTitle(roles, Role::kItManager), "IT manager");
    EXPECT_EQ(RoleTitle(roles, Role::kNone), "No one");
}

// Req: ORG-05
TEST(PolicyPackTest, HeadteacherAliasesResolveIgnoringCase) {
    const RolesSection roles = Roles();
    EXPECT_EQ(ResolveRoleName(roles, "head of school"), Role::kHeadteacher);
    EXPECT_EQ(ResolveRoleName(roles, "headteacher"), Role::kHeadteacher);
    EXPECT_EQ(ResolveRoleName(roles, "data protection lead"), Role::kDpo);
}

TEST(PolicyPackTest, AmbiguousTitleAndSpecialKeysDoNotResolve) {
    const RolesSection roles = Roles();
    EXPECT_EQ(ResolveRoleName(roles, "Designated staff member"), std::nullopt);
    EXPECT_EQ(ResolveRoleName(roles, "none"), std::nullopt);
    EXPECT_EQ(ResolveRoleName(roles, "   "), std::nullopt);
}

TEST(PolicyPackTest, SpecialValuesCountAsPresent) {
    const RolesSection roles = Roles();
    EXPECT_TRUE(IsRolePresent(roles, Role::kHeadteacher));
    EXPECT_FALSE(IsRolePresent(roles, Role::kDsl));
    EXPECT_TRUE(IsRolePresent(roles, Role::kRequester));
}

TEST(PolicyPackTest, RoleKeysRoundTrip) {
    for (Role role : CanonicalRoles()) {
        EXPECT_EQ(ParseRole(RoleKey(role)), role);
    }
    EXPECT_EQ(ParseRole("named_per_account"), Role::kNamedPerAccount);
    EXPECT_EQ(ParseRole("Headteacher"), std::nullopt);
}

}  // namespace
}  // namespace steward::policy
