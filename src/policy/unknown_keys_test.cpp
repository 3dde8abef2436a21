// Unknown keys never pass silently: each is reported on its line with the nearest known key.
#include "policy/unknown_keys.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "policy/test_packs.hpp"

namespace steward::policy {
namespace {

using testing::Check;
using ::testing::HasSubstr;
using testing::kMinimalPackLines;
using testing::MinimalPackWith;

TEST(UnknownKeysTest, MisspelledKeySuggestsNearestKnownKey) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[posts]", "aprover_roles = [\"headteacher\"]"}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 3);
    EXPECT_EQ(report.problems[0].message,
              "posts.aprover_roles is not a key of the policy schema; did you mean "
              "posts.approver_roles?");
}

TEST(UnknownKeysTest, KeyInTheWrongTableSuggestsWhereItBelongs) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[monitoring]", "approver_roles = [\"headteacher\"]"}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_THAT(report.problems[0].message, HasSubstr("did you mean posts.approver_roles?"));
}

TEST(UnknownKeysTest, UnknownTableIsReportedOnceWithoutDescending) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[postz]", "approver_roles = [\"headteacher\"]", "a = 1"}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 2);
    EXPECT_THAT(report.problems[0].message, HasSubstr("postz is not a key"));
    EXPECT_THAT(report.problems[0].message, HasSubstr("did you mean posts?"));
}

TEST(UnknownKeysTest, FarFetchedKeyAsksToCheckTheSchema) {
    const PolicyCheckReport report = Check(MinimalPackWith({"favourite_colour = \"blue\""}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_THAT(report.problems[0].message,
                HasSubstr("check its spelling against policies/SCHEMA.md"));
}

// Req: ORG-04
TEST(UnknownKeysTest, UnknownRoleTitleListsCanonicalRoles) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[roles.titles]", "dsl = \"DSL\"", "headmaster = \"Head\""}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 4);
    EXPECT_THAT(report.problems[0].message,
                HasSubstr("roles.titles.headmaster is not a canonical role; use one of: "
                          "governing_body"));
}

TEST(UnknownKeysTest, UnknownIncidentTypeListsTypes) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[incidents.routes]", "fire_drill = \"headteacher\""}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_THAT(report.problems[0].message,
                HasSubstr("incidents.routes.fire_drill is not an incident type"));
}

TEST(UnknownKeysTest, KnownTableWrittenAsValueMustBeATable) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[incidents]", "routes = \"dsl\""}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 3);
    EXPECT_THAT(report.problems[0].message,
                HasSubstr("incidents.routes must be a table ([incidents.routes]), not a string"));
}

TEST(UnknownKeysTest, QuotedDottedKeyIsNotTheDottedPath) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[posts]", "\"approver_roles.x\" = 1"}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_THAT(report.problems[0].message, HasSubstr("is not a key of the policy schema"));
}

TEST(UnknownKeysTest, DefaultedKeysListMustNameRealKeys) {
    const PolicyCheckReport report = Check(testing::MinimalPackReplacing(
        "defaulted_keys", "defaulted_keys = [\"posts.approver_roles\", \"posts.nope\"]"));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 6);
    EXPECT_THAT(report.problems[0].message, HasSubstr("\"posts.nope\", which is not a key"));
}

TEST(UnknownKeysTest, NearestKnownPathToleratesSmallTyposOnly) {
    EXPECT_EQ(NearestKnownPath("monitoring.response_deadline_hour"),
              "monitoring.response_deadline_hours");
    EXPECT_EQ(NearestKnownPath("zzz.qqq"), std::nullopt);
}

}  // namespace
}  // namespace steward::policy
