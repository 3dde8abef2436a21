// meta.school_id must match the file name, and every referenced role must be in roles.present.
#include "policy/cross_checks.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "policy/test_packs.hpp"

namespace steward::policy {
namespace {

using testing::Check;
using ::testing::HasSubstr;
using testing::kMinimalPackLines;
using testing::MinimalPackWith;

TEST(CrossChecksTest, SchoolIdMustEqualFileStem) {
    const PolicyCheckReport report = CheckPolicyPack(testing::kMinimalPack, "policies/other.toml");
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 3);
    EXPECT_EQ(report.problems[0].key, "meta.school_id");
    EXPECT_THAT(report.problems[0].message,
                HasSubstr("meta.school_id is \"minimal\" but the file is named other.toml"));
}

TEST(CrossChecksTest, SchoolIdMustBeASlug) {
    const PolicyCheckReport report = CheckPolicyPack(
        testing::MinimalPackReplacing("school_id", "school_id = \"Minimal School\""), "");
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_THAT(report.problems[0].message, HasSubstr("lower-case letters, digits and '-'"));
}

// Req: ORG-07
TEST(CrossChecksTest, RoleReferencedButNotPresentIsReportedOnItsItem) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[posts]", "approver_roles = [", "  \"headteacher\",",
                               "  \"senior_leadership_team\",", "]"}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 5);
    EXPECT_EQ(report.problems[0].key, "posts.approver_roles");
    EXPECT_THAT(report.problems[0].message,
                HasSubstr("refers to role \"senior_leadership_team\", which roles.present does "
                          "not list"));
}

// Req: ORG-07
TEST(CrossChecksTest, RoleUsedByADefaultMustAlsoBePresent) {
    const PolicyCheckReport report = Check(testing::MinimalPackReplacing(
        "present =",
        "present = [\"governing_body\", \"chair_of_governors\", \"headteacher\", \"dsl\", "
        "\"it_manager\", \"account_administrator\"]"));
    ASSERT_FALSE(report.problems.empty());
    for (const PolicyProblem& problem : report.problems) {
        EXPECT_EQ(problem.line, 10);
        EXPECT_THAT(problem.message, HasSubstr("defaults to \"dpo\""));
    }
    // consent.register_owner_role, data_protection.dpo_role,
    // incidents.routes.data_protection_breach
    EXPECT_EQ(report.problems.size(), 3u);
}

// Req: ORG-07
TEST(CrossChecksTest, NamedRolesMustBePresent) {
    const PolicyCheckReport report = Check(testing::MinimalPackReplacing(
        "named_in_policy", "named_in_policy = [\"headteacher\", \"teacher\"]"));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 9);
    EXPECT_EQ(report.problems[0].key, "roles.named_in_policy");
}

TEST(CrossChecksTest, RequiredKeyMissingIsReportedAtItsTable) {
    const PolicyCheckReport report = Check(testing::MinimalPackWithout("school_name"));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, 1);
    EXPECT_EQ(report.problems[0].message,
              "meta.school_name is missing; add it under [meta] (it has no default).");
}

TEST(CrossChecksTest, AllProblemsAreCollectedInLineOrder) {
    const PolicyCheckReport report = Check(MinimalPackWith(
        {"review_interval_months = 0", "", "[posts]", "aprover_roles = []",
         "pupil_name_rule = \"sometimes\"", "", "[monitoring]", "escalation_role = \"teacher\""}));
    ASSERT_EQ(report.problems.size(), 4u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 1);
    EXPECT_EQ(report.problems[1].line, kMinimalPackLines + 4);
    EXPECT_EQ(report.problems[2].line, kMinimalPackLines + 5);
    EXPECT_EQ(report.problems[3].line, kMinimalPackLines + 8);
    EXPECT_EQ(report.problems[3].key, "monitoring.escalation_role");
}

}  // namespace
}  // namespace steward::policy
