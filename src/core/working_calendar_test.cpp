#include "core/working_calendar.hpp"

#include <gtest/gtest.h>

namespace steward::core {
namespace {

using namespace std::chrono;  // NOLINT: test file, date literals

WorkingCalendar Calendar(WorkingCalendarSettings settings) {
    auto calendar = WorkingCalendar::Create(std::move(settings));
    EXPECT_TRUE(calendar.has_value()) << calendar.error().ToString();
    return *calendar;
}

TEST(WorkingCalendarTest, DefaultWorksWeekdaysExceptBankHolidays) {
    const WorkingCalendar calendar = WorkingCalendar::Default();
    EXPECT_TRUE(calendar.IsWorkingDay(2026y / November / 25d));   // Wednesday
    EXPECT_FALSE(calendar.IsWorkingDay(2026y / November / 28d));  // Saturday
    EXPECT_FALSE(calendar.IsWorkingDay(2026y / November / 29d));  // Sunday
    EXPECT_FALSE(calendar.IsWorkingDay(2026y / August / 31d));    // summer bank holiday
    EXPECT_TRUE(calendar.IsWorkingDay(2026y / August / 3d));      // Scotland's, not England's
    EXPECT_EQ(calendar.working_day_end(), 17h);
}

TEST(WorkingCalendarTest, RegionDecidesBankHolidays) {
    const WorkingCalendar scotland = Calendar({.region = BankHolidayRegion::kScotland});
    EXPECT_FALSE(scotland.IsWorkingDay(2026y / August / 3d));
    EXPECT_TRUE(scotland.IsWorkingDay(2026y / August / 31d));
    EXPECT_FALSE(scotland.IsWorkingDay(2026y / November / 30d));  // St Andrew's Day
}

TEST(WorkingCalendarTest, WeekendDaysAreConfigurable) {
    const WorkingCalendar calendar = Calendar({.weekend_days = {Friday, Saturday}});
    EXPECT_TRUE(calendar.IsWorkingDay(2026y / November / 29d));   // Sunday
    EXPECT_FALSE(calendar.IsWorkingDay(2026y / November / 27d));  // Friday
    EXPECT_EQ(calendar.NextWorkingDay(2026y / November / 26d), 2026y / November / 29d);
}

TEST(WorkingCalendarTest, ClosuresAreInclusiveRanges) {
    const WorkingCalendar calendar =
        Calendar({.closures = {{2026y / October / 26d, 2026y / October / 30d, "Half term"},
                               {2026y / November / 2d, 2026y / November / 2d, "INSET day"}}});
    EXPECT_TRUE(calendar.IsWorkingDay(2026y / October / 23d));
    EXPECT_FALSE(calendar.IsWorkingDay(2026y / October / 26d));
    EXPECT_FALSE(calendar.IsWorkingDay(2026y / October / 30d));
    ASSERT_NE(calendar.FindClosure(2026y / November / 2d), nullptr);
    EXPECT_EQ(calendar.FindClosure(2026y / November / 2d)->label, "INSET day");
    EXPECT_EQ(calendar.FindClosure(2026y / November / 3d), nullptr);
    EXPECT_EQ(calendar.NextWorkingDay(2026y / October / 23d), 2026y / November / 3d);
}

TEST(WorkingCalendarTest, NextWorkingDaySkipsEaster) {
    const WorkingCalendar calendar = WorkingCalendar::Default();
    EXPECT_EQ(calendar.NextWorkingDay(2026y / April / 2d), 2026y / April / 7d);
    EXPECT_EQ(calendar.NextWorkingDay(2026y / December / 24d), 2026y / December / 29d);
}

TEST(WorkingCalendarTest, AddsWorkingDaysBothWays) {
    const WorkingCalendar calendar = WorkingCalendar::Default();
    EXPECT_EQ(calendar.AddWorkingDays(2026y / November / 28d, 0), 2026y / November / 28d);
    EXPECT_EQ(calendar.AddWorkingDays(2026y / November / 28d, 1), 2026y / November / 30d);
    EXPECT_EQ(calendar.AddWorkingDays(2026y / November / 23d, 5), 2026y / November / 30d);
    EXPECT_EQ(calendar.AddWorkingDays(2026y / December / 21d, 4), 2026y / December / 29d);
    EXPECT_EQ(calendar.AddWorkingDays(2026y / December / 29d, -1), 2026y / December / 24d);
    EXPECT_EQ(calendar.AddWorkingDays(2027y / January / 4d, -3), 2026y / December / 29d);
}

TEST(WorkingCalendarTest, EndOfWorkingDayIsLocalTime) {
    const WorkingCalendar calendar = WorkingCalendar::Default();
    EXPECT_EQ(calendar.EndOfWorkingDay(2026y / June / 1d), sys_days{2026y / June / 1d} + 16h);
    EXPECT_EQ(calendar.EndOfWorkingDay(2026y / December / 1d),
              sys_days{2026y / December / 1d} + 17h);
}

TEST(WorkingCalendarTest, RejectsBadSettingsNamingTheKey) {
    struct Case {
        WorkingCalendarSettings settings;
        const char* where;
    };
    const Case cases[] = {
        {{.closures = {{2026y / October / 30d, 2026y / October / 26d, "Half term"}}},
         "calendar.closures[0]"},
        {{.closures = {{2026y / May / 1d, 2026y / May / 1d, ""},
                       {2026y / February / 30d, 2026y / March / 2d, ""}}},
         "calendar.closures[1]"},
        {{.closures = {{2026y / January / 1d, 2027y / January / 2d, "Too long"}}},
         "calendar.closures[0]"},
        {{.weekend_days = {Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday}},
         "calendar.weekend_days"},
        {{.working_day_end = 24h}, "calendar.working_day_end"},
    };
    for (const Case& bad : cases) {
        const auto calendar = WorkingCalendar::Create(bad.settings);
        ASSERT_FALSE(calendar.has_value()) << bad.where;
        EXPECT_EQ(calendar.error().code, ErrorCode::kInvalidInput);
        EXPECT_EQ(calendar.error().where, bad.where);
    }
}

TEST(WorkingCalendarTest, DuplicateWeekendDaysStillLeaveWorkingDays) {
    EXPECT_TRUE(WorkingCalendar::Create({.weekend_days = {Sunday, Sunday, Saturday, Saturday,
                                                          Saturday, Sunday, Sunday}})
                    .has_value());
}

TEST(WorkingCalendarTest, ParsesWeekdayNames) {
    EXPECT_EQ(*ParseWeekday("saturday"), Saturday);
    EXPECT_EQ(*ParseWeekday("sunday"), Sunday);
    EXPECT_FALSE(ParseWeekday("Saturday").has_value());
    EXPECT_FALSE(ParseWeekday("sat").has_value());
}

}  // namespace
}  // namespace steward::core
