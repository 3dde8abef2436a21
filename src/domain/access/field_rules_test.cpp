#include "domain/access/field_rules.hpp"

#include <gtest/gtest.h>

#include "domain/access/roster_import.hpp"

namespace steward::domain {
namespace {

TEST(FieldRulesTest, SlugsAreShortAsciiIds) {
    EXPECT_TRUE(IsSlug("belgrave"));
    EXPECT_TRUE(IsSlug("kk-head.2"));
    EXPECT_FALSE(IsSlug(""));
    EXPECT_FALSE(IsSlug("-lead"));
    EXPECT_FALSE(IsSlug("has space"));
    EXPECT_FALSE(IsSlug(std::string(65, 'a')));
}

TEST(FieldRulesTest, DatesMustBeRealCalendarDates) {
    EXPECT_TRUE(IsIsoDate("2024-02-29"));
    EXPECT_FALSE(IsIsoDate("2023-02-29"));
    EXPECT_FALSE(IsIsoDate("2024-13-01"));
    EXPECT_FALSE(IsIsoDate("01/09/2024"));
}

TEST(FieldRulesTest, YearGroupsAreNurseryReceptionOrOneToThirteen) {
    for (const char* ok : {"N", "R", "1", "9", "13"}) EXPECT_TRUE(IsYearGroup(ok)) << ok;
    for (const char* bad : {"", "0", "14", "05", "Y5", "r"}) EXPECT_FALSE(IsYearGroup(bad)) << bad;
}

TEST(FieldRulesTest, OnlySchoolLeadersSystemOrTrustBoardAdminister) {
    EXPECT_TRUE(RequireAdministrator(Actor::System(), "s1"));
    EXPECT_TRUE(RequireAdministrator(Actor{"h", Role::kHeadteacher, "s1"}, "s1"));
    EXPECT_TRUE(RequireAdministrator(Actor{"t", Role::kTrustBoard, ""}, "s1"));
    EXPECT_FALSE(RequireAdministrator(Actor{"h", Role::kHeadteacher, "s2"}, "s1"));
    auto teacher = RequireAdministrator(Actor{"t", Role::kTeacher, "s1"}, "s1");
    ASSERT_FALSE(teacher);
    EXPECT_EQ(teacher.error().code, core::ErrorCode::kPermissionDenied);
}

TEST(FieldRulesTest, RoleKeysRoundTrip) {
    for (int index = 0; index < kRoleCount; ++index) {
        Role role = static_cast<Role>(index);
        EXPECT_EQ(ParseRole(RoleKey(role)), role);
    }
    EXPECT_EQ(ParseRole("caretaker"), std::nullopt);
}

}  // namespace
}  // namespace steward::domain
