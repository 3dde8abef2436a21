// The five seed packs load with the right values; a minimal pack takes and lists its defaults;
// syntax errors and unreadable files become problems or errors, never exceptions.
#include "policy/policy_loader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "policy/test_packs.hpp"

namespace steward::policy {
namespace {

using testing::Check;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::kMinimalPackLines;
using testing::MinimalPackWith;

std::filesystem::path SeedPack(const std::string& name) {
    return std::filesystem::path(STEWARD_SOURCE_DIR) / "src/policy/testdata" / (name + ".toml");
}

PolicyPack LoadSeed(const std::string& name) {
    auto report = CheckPolicyPackFile(SeedPack(name));
    EXPECT_TRUE(report.has_value());
    if (!report) return {};
    for (const PolicyProblem& problem : report->problems) ADD_FAILURE() << problem.ToString();
    EXPECT_TRUE(report->pack.has_value());
    return report->pack.value_or(PolicyPack{});
}

// Req: ORG-01
TEST(PolicyLoaderTest, AllFiveSeedPacksLoadWithoutProblemsOrOmittedKeys) {
    for (const char* name :
         {"kenn-kenton", "cwmfelin", "symphony-trust", "clarendon", "belgrave"}) {
        SCOPED_TRACE(name);
        auto report = CheckPolicyPackFile(SeedPack(name));
        ASSERT_TRUE(report.has_value());
        for (const PolicyProblem& problem : report->problems) ADD_FAILURE() << problem.ToString();
        EXPECT_TRUE(report->defaulted_keys.empty()) << report->defaulted_keys.front();
        ASSERT_TRUE(report->pack.has_value());
        EXPECT_EQ(report->pack->meta.school_id, name);
        EXPECT_EQ(report->pack->monitoring.response_deadline_hours, 24);
    }
}

TEST(PolicyLoaderTest, ClarendonSignoffRolesAndRoutesAreRead) {
    const PolicyPack pack = LoadSeed("clarendon");
    EXPECT_THAT(pack.policy.signoff_roles,
                ElementsAre(Role::kHeadteacher, Role::kChairOfGovernors));
    EXPECT_THAT(pack.accounts.approval_chain,
                ElementsAre(Role::kCommunicationsLead, Role::kHeadteacher));
    EXPECT_EQ(IncidentRoute(pack.incidents, IncidentType::kAbuseOnOfficialAccount),
              Role::kCommunicationsLead);
    EXPECT_EQ(pack.incidents.headteacher_conflict_route, Role::kChairOfGovernors);
    EXPECT_EQ(pack.posts.pupil_name_rule, PupilNameRule::kNoFullNameWithMedia);
    EXPECT_THAT(pack.consent.dimensions, ElementsAre(ConsentDimension::kMediaKind));
    EXPECT_EQ(pack.policy.next_review_due, "2024-02-29");
    EXPECT_EQ(pack.policy.version_record_style, VersionRecordStyle::kSignoffBlock);
    EXPECT_EQ(RoleTitle(pack.roles, Role::kCommunicationsLead), "Communications officer");
    EXPECT_EQ(RoleTitle(pack.roles, Role::kTrustBoard), "Trust board");  // "" falls back
    EXPECT_TRUE(IsSilentDefault(pack, "monitoring.response_deadline_hours"));
    EXPECT_FALSE(IsSilentDefault(pack, "posts.approver_roles"));
}

TEST(PolicyLoaderTest, EachSeedPackHasItsPostApprovers) {
    EXPECT_THAT(LoadSeed("kenn-kenton").posts.approver_roles,
                ElementsAre(Role::kSeniorLeadershipTeam));
    EXPECT_THAT(LoadSeed("cwmfelin").posts.approver_roles,
                ElementsAre(Role::kSeniorLeadershipTeam));
    EXPECT_THAT(LoadSeed("symphony-trust").posts.approver_roles, ElementsAre(Role::kHeadteacher));
    EXPECT_THAT(LoadSeed("clarendon").posts.approver_roles, ElementsAre(Role::kHeadteacher));
    EXPECT_THAT(LoadSeed("belgrave").posts.approver_roles, ElementsAre(Role::kHeadteacher));
}

TEST(PolicyLoaderTest, CalendarAndMonitoringKeysAreTyped) {
    const PolicyPack pack = LoadSeed("belgrave");
    EXPECT_EQ(pack.calendar.timezone, "Europe/London");
    EXPECT_EQ(pack.calendar.bank_holiday_region, BankHolidayRegion::kEnglandAndWales);
    EXPECT_THAT(pack.calendar.weekend_days, ElementsAre(Weekday::kSaturday, Weekday::kSunday));
    EXPECT_EQ(pack.calendar.working_day_end, "17:00");
    EXPECT_EQ(pack.calendar.academic_year_start_month, 9);
    EXPECT_EQ(pack.monitoring.weekend_rule, WeekendRule::kNextWorkingDay);
    EXPECT_EQ(pack.data_protection.retention_days.incidents, 2190);
}

// Req: ORG-05
TEST(PolicyLoaderTest, SymphonyHeadteacherAliasesResolveToHeadteacher) {
    const PolicyPack pack = LoadSeed("symphony-trust");
    EXPECT_THAT(pack.policy.signoff_roles, ElementsAre(Role::kTrustBoard));
    EXPECT_EQ(ResolveRoleName(pack.roles, "Executive Head Teacher"), Role::kHeadteacher);
    EXPECT_EQ(ResolveRoleName(pack.roles, "  head of school "), Role::kHeadteacher);
    EXPECT_EQ(ResolveRoleName(pack.roles, "dsl"), Role::kDsl);
    EXPECT_EQ(ResolveRoleName(pack.roles, "Deputy Head"), std::nullopt);
}

TEST(PolicyLoaderTest, MinimalPackTakesAndListsEveryDefault) {
    const PolicyCheckReport report = Check(testing::kMinimalPack);
    for (const PolicyProblem& problem : report.problems) ADD_FAILURE() << problem.ToString();
    ASSERT_TRUE(report.pack.has_value());
    const PolicyPack& pack = *report.pack;
    // 261 keys, 9 of them required and given.
    EXPECT_EQ(report.defaulted_keys.size(), 252u);
    EXPECT_EQ(pack.omitted_keys, report.defaulted_keys);
    EXPECT_THAT(pack.posts.approver_roles, ElementsAre(Role::kHeadteacher));
    EXPECT_EQ(pack.monitoring.response_deadline_hours, 24);
    EXPECT_EQ(pack.monitoring.follower_vetting_role, Role::kAccountAdministrator);
    EXPECT_EQ(pack.training.platform_induction_role, Role::kNone);
    EXPECT_EQ(pack.meta.organisation_type, OrganisationType::kSchool);
    EXPECT_THAT(pack.calendar.weekend_days, ElementsAre(Weekday::kSaturday, Weekday::kSunday));
    EXPECT_EQ(IncidentRoute(pack.incidents, IncidentType::kDataProtectionBreach), Role::kDpo);
    EXPECT_EQ(IncidentRoutePolicy(pack.incidents, IncidentType::kParentBreach),
              "Complaints Procedure");
    EXPECT_EQ(pack.acknowledgement.documents.staff, "Social media policy acknowledgement");
    EXPECT_EQ(pack.policy.next_review_due, "");  // no last review to compute from
    EXPECT_EQ(RoleTitle(pack.roles, Role::kDsl), "Designated safeguarding lead (DSL)");
    for (const char* key :
         {"posts.approver_roles", "roles.titles.dsl", "incidents.routes.parent_breach",
          "data_protection.retention_days.posts", "policy.next_review_due"}) {
        EXPECT_NE(std::find(report.defaulted_keys.begin(), report.defaulted_keys.end(), key),
                  report.defaulted_keys.end())
            << key;
    }
}

TEST(PolicyLoaderTest, OmittedNextReviewIsLastReviewPlusInterval) {
    auto pack = LoadPolicyPack(
        MinimalPackWith({"last_reviewed_on = \"2023-01-31\"", "review_interval_months = 13"}),
        "minimal.toml");
    ASSERT_TRUE(pack.has_value()) << pack.error().message;
    EXPECT_EQ(pack->policy.next_review_due, "2024-02-29");
}

TEST(PolicyLoaderTest, TomlSyntaxErrorIsOneProblemWithItsLine) {
    const PolicyCheckReport report =
        Check(MinimalPackWith({"", "[posts]", "approver_roles = [\"headteacher\""}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 3);
    EXPECT_THAT(report.problems[0].message, HasSubstr("not valid TOML"));
    EXPECT_FALSE(report.pack.has_value());
}

TEST(PolicyLoaderTest, InvalidUtf8IsASyntaxProblem) {
    const PolicyCheckReport report = Check(MinimalPackWith({"current_version = \"\xff\xfe\""}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 1);
}

TEST(PolicyLoaderTest, DeeplyDottedKeyIsRefusedBeforeParsing) {
    std::string key = "a";
    for (int part = 0; part < 5000; ++part) key += ".a";
    const PolicyCheckReport report = Check(MinimalPackWith({key + " = 1"}));
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].line, kMinimalPackLines + 1);
}

TEST(PolicyLoaderTest, LoadFailsWithInvalidInputSummarisingProblems) {
    auto pack =
        LoadPolicyPack(MinimalPackWith({"review_interval_months = 0", "adopted_on = \"soon\""}),
                       "policies/minimal.toml");
    ASSERT_FALSE(pack.has_value());
    EXPECT_EQ(pack.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_THAT(pack.error().message, HasSubstr("minimal.toml has 2 problems: line 15: "));
    EXPECT_THAT(pack.error().message, HasSubstr("line 16: policy.adopted_on"));
    EXPECT_EQ(pack.error().where, "policies/minimal.toml line 15");
}

TEST(PolicyLoaderTest, MissingFileIsNotFound) {
    auto pack = LoadPolicyPackFile("/nonexistent/steward/nowhere.toml");
    ASSERT_FALSE(pack.has_value());
    EXPECT_EQ(pack.error().code, core::ErrorCode::kNotFound);
}

}  // namespace
}  // namespace steward::policy
