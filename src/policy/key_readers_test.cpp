// Wrong types, values outside the allowed list, out-of-range numbers and malformed dates/times
// are each reported on their own line with a message that says what to write.
#include "policy/key_readers.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "policy/test_packs.hpp"

namespace steward::policy {
namespace {

using testing::Check;
using ::testing::HasSubstr;
using testing::kMinimalPackLines;
using testing::MinimalPackWith;

// Returns the only problem of `text`, failing the test if there is not exactly one.
PolicyProblem OnlyProblem(const std::string& text) {
    const PolicyCheckReport report = Check(text);
    EXPECT_EQ(report.problems.size(), 1u);
    for (const PolicyProblem& problem : report.problems) std::cerr << problem.ToString() << "\n";
    EXPECT_FALSE(report.pack.has_value());
    return report.problems.empty() ? PolicyProblem{} : report.problems.front();
}

TEST(KeyReadersTest, WrongTypeNamesExpectedTypeAndExample) {
    const PolicyProblem problem =
        OnlyProblem(MinimalPackWith({"", "[monitoring]", "response_deadline_hours = \"24\""}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 3);
    EXPECT_EQ(problem.key, "monitoring.response_deadline_hours");
    EXPECT_THAT(problem.message, HasSubstr("must be a whole number, not a string"));
}

TEST(KeyReadersTest, ScalarWhereListExpectedIsWrongType) {
    const PolicyProblem problem =
        OnlyProblem(MinimalPackWith({"", "[posts]", "approver_roles = \"headteacher\""}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 3);
    EXPECT_THAT(problem.message, HasSubstr("must be a list, not a string; write it like "
                                           "[\"headteacher\"]"));
}

TEST(KeyReadersTest, EnumValueNotAllowedListsAllowedValues) {
    const PolicyProblem problem =
        OnlyProblem(MinimalPackWith({"", "[posts]", "pupil_name_rule = \"sometimes\""}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 3);
    EXPECT_THAT(problem.message,
                HasSubstr("use one of: never, no_full_name_with_media, with_name_consent."));
}

TEST(KeyReadersTest, EnumListItemNotAllowedIsReportedOnItsLine) {
    const PolicyProblem problem = OnlyProblem(MinimalPackWith(
        {"", "[calendar]", "weekend_days = [", "  \"saturday\",", "  \"caturday\",", "]"}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 5);
    EXPECT_THAT(problem.message, HasSubstr("\"caturday\", which is not allowed"));
}

TEST(KeyReadersTest, ZeroDeadlineIsOutOfRange) {
    const PolicyProblem problem =
        OnlyProblem(MinimalPackWith({"", "[monitoring]", "response_deadline_hours = 0"}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 3);
    EXPECT_THAT(problem.message, HasSubstr("is 0 but must be at least 1"));
}

TEST(KeyReadersTest, NegativeAndHugeNumbersAreOutOfRange) {
    EXPECT_THAT(OnlyProblem(MinimalPackWith({"review_reminder_days = -5"})).message,
                HasSubstr("is -5 but must be at least 0"));
    EXPECT_THAT(
        OnlyProblem(MinimalPackWith({"review_reminder_days = 9223372036854775807"})).message,
        HasSubstr("must be at least 0"));
    EXPECT_THAT(OnlyProblem(MinimalPackWith({"review_interval_months = 61"})).message,
                HasSubstr("is 61 but must be between 1 and 60"));
}

TEST(KeyReadersTest, DecimalWhereWholeNumberExpectedIsWrongType) {
    EXPECT_THAT(OnlyProblem(MinimalPackWith({"review_interval_months = 12.5"})).message,
                HasSubstr("must be a whole number, not a decimal number"));
}

TEST(KeyReadersTest, MalformedDateSaysUseIsoFormat) {
    const PolicyProblem problem = OnlyProblem(MinimalPackWith({"adopted_on = \"2024-02-30\""}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 1);
    EXPECT_THAT(problem.message, HasSubstr("not a date; use YYYY-MM-DD"));
}

TEST(KeyReadersTest, BareTomlDateIsWrongTypeForADateKey) {
    EXPECT_THAT(OnlyProblem(MinimalPackWith({"adopted_on = 2024-02-01"})).message,
                HasSubstr("must be a quoted string, not a bare date"));
}

TEST(KeyReadersTest, MalformedTimeAndZoneAreReported) {
    EXPECT_THAT(
        OnlyProblem(MinimalPackWith({"", "[calendar]", "working_day_end = \"25:00\""})).message,
        HasSubstr("not a time; use 24-hour HH:MM"));
    EXPECT_THAT(OnlyProblem(MinimalPackWith({"", "[calendar]", "timezone = \"London\""})).message,
                HasSubstr("not a time zone name"));
}

TEST(KeyReadersTest, SpecialRoleOnlyWhereTheKeyAllowsIt) {
    EXPECT_THAT(
        OnlyProblem(MinimalPackWith({"", "[posts]", "approver_roles = [\"none\"]"})).message,
        HasSubstr("\"none\", which is not a role key allowed here"));
    const PolicyCheckReport allowed =
        Check(MinimalPackWith({"", "[training]", "platform_induction_role = \"none\""}));
    EXPECT_TRUE(allowed.ok());
}

TEST(KeyReadersTest, UnknownRoleKeyIsReported) {
    const PolicyProblem problem =
        OnlyProblem(MinimalPackWith({"", "[monitoring]", "escalation_role = \"headmaster\""}));
    EXPECT_EQ(problem.line, kMinimalPackLines + 3);
    EXPECT_THAT(problem.message,
                HasSubstr("not a role key allowed here; use one of: governing_body"));
}

TEST(KeyReadersTest, EmptyApproverListIsRefused) {
    EXPECT_THAT(OnlyProblem(MinimalPackWith({"", "[posts]", "approver_roles = []"})).message,
                HasSubstr("must name at least one value"));
}

TEST(KeyReadersTest, SchemaVersionMustBeOnePointZero) {
    const PolicyProblem problem =
        OnlyProblem(testing::MinimalPackReplacing("schema_version", "schema_version = \"2.0\""));
    EXPECT_EQ(problem.line, 2);
    EXPECT_THAT(problem.message, HasSubstr("use one of: 1.0"));
}

}  // namespace
}  // namespace steward::policy
