#include "core/deadline.hpp"

#include <gtest/gtest.h>

namespace steward::core {
namespace {

using namespace std::chrono;  // NOLINT: test file, date literals

// A fixed UTC instant, as a FixedClock would report it.
TimePoint Utc(year_month_day date, hours hour, minutes minute = 0min) {
    return TimePoint{sys_days{date}} + hour + minute;
}

const DeadlineRule kKennKenton{};  // 24 hours, next_working_day, warn 4 hours before

TimePoint Due(TimePoint received_at, const WorkingCalendar& calendar = WorkingCalendar::Default(),
              const DeadlineRule& rule = kKennKenton) {
    return DueAt(received_at, rule, calendar);
}

// Req: MON-02 (example E1)
TEST(DeadlineTest, SaturdayItemIsDueAtEndOfMonday) {
    EXPECT_EQ(Due(Utc(2026y / November / 14d, 10h)), Utc(2026y / November / 16d, 17h));
}

// Req: MON-02 (example E1)
TEST(DeadlineTest, SaturdayItemBeforeBankHolidayMondayIsDueTuesday) {
    // Saturday 2 May 2026 10:00 BST; Monday 4 May is the early May bank holiday.
    EXPECT_EQ(Due(Utc(2026y / May / 2d, 9h)), Utc(2026y / May / 5d, 16h));  // 17:00 BST
}

// Req: MON-02 (example E2)
TEST(DeadlineTest, WeekdayItemIsDueTwentyFourHoursLater) {
    EXPECT_EQ(Due(Utc(2026y / November / 18d, 10h)), Utc(2026y / November / 19d, 10h));
}

// Req: MON-02 (example E2: the weekend rule applies only to items received at the weekend)
TEST(DeadlineTest, FridayEveningItemRunsIntoSaturday) {
    EXPECT_EQ(Due(Utc(2026y / November / 20d, 18h)), Utc(2026y / November / 21d, 18h));
    EXPECT_EQ(Due(Utc(2026y / November / 20d, 23h)), Utc(2026y / November / 21d, 23h));
}

// Req: MON-02
TEST(DeadlineTest, ReceiptDayIsTheLocalDayNotTheUtcDay) {
    // Sunday 5 July 2026 23:30 UTC is Monday 00:30 BST: a working-day receipt.
    EXPECT_EQ(Due(Utc(2026y / July / 5d, 23h, 30min)), Utc(2026y / July / 6d, 23h, 30min));
    // Friday 3 July 2026 23:30 UTC is Saturday 00:30 BST: a weekend receipt.
    EXPECT_EQ(Due(Utc(2026y / July / 3d, 23h, 30min)), Utc(2026y / July / 6d, 16h));
}

// Req: MON-02
TEST(DeadlineTest, EndOfDayFollowsClockChanges) {
    // Saturday 28 March 2026 10:00 GMT; clocks go forward on Sunday; due Monday 17:00 BST.
    EXPECT_EQ(Due(Utc(2026y / March / 28d, 10h)), Utc(2026y / March / 30d, 16h));
    // Saturday 24 October 2026 10:00 BST; clocks go back on Sunday; due Monday 17:00 GMT.
    EXPECT_EQ(Due(Utc(2026y / October / 24d, 9h)), Utc(2026y / October / 26d, 17h));
}

// Req: MON-02
TEST(DeadlineTest, HoursAreElapsedHoursAcrossClockChanges) {
    const DeadlineRule clock_runs{.weekend_rule = WeekendRule::kClockRuns};
    // Saturday 28 March 2026 12:00 GMT + 24h = Sunday 13:00 BST.
    EXPECT_EQ(Due(Utc(2026y / March / 28d, 12h), WorkingCalendar::Default(), clock_runs),
              Utc(2026y / March / 29d, 12h));
}

// Req: MON-02
TEST(DeadlineTest, ClockRunsIgnoresWeekends) {
    const DeadlineRule clock_runs{.weekend_rule = WeekendRule::kClockRuns};
    EXPECT_EQ(Due(Utc(2026y / November / 14d, 10h), WorkingCalendar::Default(), clock_runs),
              Utc(2026y / November / 15d, 10h));
}

// Req: MON-02
TEST(DeadlineTest, BankHolidayReceiptIsTreatedLikeAWeekend) {
    // Summer bank holiday Monday 31 August 2026, 12:00 BST: due Tuesday 17:00 BST.
    EXPECT_EQ(Due(Utc(2026y / August / 31d, 11h)), Utc(2026y / September / 1d, 16h));
}

// Req: MON-02
TEST(DeadlineTest, InsetDaysAndTermHolidaysAreNotWorkingDays) {
    const auto calendar = WorkingCalendar::Create(
        {.closures = {{2026y / October / 26d, 2026y / October / 30d, "Half term"},
                      {2026y / November / 2d, 2026y / November / 2d, "INSET day"}}});
    ASSERT_TRUE(calendar.has_value());
    // Saturday 31 October: Monday is INSET, so due Tuesday 3 November 17:00 GMT.
    EXPECT_EQ(Due(Utc(2026y / October / 31d, 10h), *calendar), Utc(2026y / November / 3d, 17h));
    // Tuesday of half term: due at the end of the first working day after the closures.
    EXPECT_EQ(Due(Utc(2026y / October / 27d, 9h), *calendar), Utc(2026y / November / 3d, 17h));
}

// Req: MON-02
TEST(DeadlineTest, RegionalHolidaysCount) {
    const auto scotland = WorkingCalendar::Create({.region = BankHolidayRegion::kScotland});
    ASSERT_TRUE(scotland.has_value());
    // Saturday 28 November 2026; Monday 30 is St Andrew's Day in Scotland only.
    EXPECT_EQ(Due(Utc(2026y / November / 28d, 10h), *scotland), Utc(2026y / December / 1d, 17h));
    EXPECT_EQ(Due(Utc(2026y / November / 28d, 10h)), Utc(2026y / November / 30d, 17h));
    // Saturday 26 December 2026: Monday 28 is the Boxing Day substitute.
    EXPECT_EQ(Due(Utc(2026y / December / 26d, 10h)), Utc(2026y / December / 29d, 17h));
}

// Req: MON-02
TEST(DeadlineTest, WorkingDayEndIsConfigurable) {
    const auto calendar = WorkingCalendar::Create({.working_day_end = 16h + 30min});
    ASSERT_TRUE(calendar.has_value());
    EXPECT_EQ(Due(Utc(2026y / November / 14d, 10h), *calendar),
              Utc(2026y / November / 16d, 16h, 30min));
}

// Req: MON-02
TEST(DeadlineTest, LongerDeadlinesGiveOneWorkingDayPerDayAtWeekends) {
    const DeadlineRule three_days{.response_time = 72h};
    EXPECT_EQ(Due(Utc(2026y / November / 14d, 10h), WorkingCalendar::Default(), three_days),
              Utc(2026y / November / 18d, 17h));
    const DeadlineRule short_rule{.response_time = 2h};
    EXPECT_EQ(Due(Utc(2026y / November / 14d, 10h), WorkingCalendar::Default(), short_rule),
              Utc(2026y / November / 16d, 17h));
}

// Req: MON-04
TEST(DeadlineTest, WarningComesTheConfiguredHoursBeforeDue) {
    const TimePoint received = Utc(2026y / November / 14d, 10h);
    const TimePoint due = Due(received);
    EXPECT_EQ(WarningAt(received, due, kKennKenton), Utc(2026y / November / 16d, 13h));
    EXPECT_EQ(WarningAt(received, due, DeadlineRule{.warning_before_due = 0h}), due);
}

// Req: MON-04
TEST(DeadlineTest, WarningIsNeverBeforeReceipt) {
    const DeadlineRule rule{.response_time = 2h, .warning_before_due = 4h};
    const TimePoint received = Utc(2026y / November / 18d, 10h);
    EXPECT_EQ(WarningAt(received, DueAt(received, rule, WorkingCalendar::Default()), rule),
              received);
}

TEST(DeadlineTest, BuildsRuleFromPolicyValues) {
    const auto rule = MakeDeadlineRule(24, "clock_runs", 4);
    ASSERT_TRUE(rule.has_value());
    EXPECT_EQ(rule->weekend_rule, WeekendRule::kClockRuns);
    EXPECT_EQ(rule->response_time, 24h);
    EXPECT_EQ(MakeDeadlineRule(0, "clock_runs", 4).error().where,
              "monitoring.response_deadline_hours");
    EXPECT_EQ(MakeDeadlineRule(24, "clock_runs", -1).error().where,
              "monitoring.warning_hours_before_due");
    EXPECT_EQ(MakeDeadlineRule(24, "weekends_off", 4).error().where, "monitoring.weekend_rule");
}

}  // namespace
}  // namespace steward::core
