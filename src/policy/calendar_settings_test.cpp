// A pack's [calendar] becomes the settings of core::WorkingCalendar.
#include "policy/calendar_settings.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "policy/test_packs.hpp"

namespace steward::policy {
namespace {

using ::testing::ElementsAre;

TEST(CalendarSettingsTest, PackCalendarBecomesWorkingCalendarSettings) {
    auto pack = LoadPolicyPack(
        testing::MinimalPackWith({"", "[calendar]", "bank_holiday_region = \"scotland\"",
                                  "weekend_days = [\"friday\", \"saturday\"]",
                                  "working_day_end = \"16:30\""}),
        "minimal.toml");
    ASSERT_TRUE(pack.has_value()) << pack.error().message;
    auto settings = CalendarSettingsFrom(pack->calendar);
    ASSERT_TRUE(settings.has_value()) << settings.error().message;
    EXPECT_EQ(settings->region, core::BankHolidayRegion::kScotland);
    EXPECT_THAT(settings->weekend_days, ElementsAre(std::chrono::Friday, std::chrono::Saturday));
    EXPECT_EQ(settings->working_day_end, std::chrono::minutes(16 * 60 + 30));
    EXPECT_TRUE(core::WorkingCalendar::Create(*settings).has_value());
}

TEST(CalendarSettingsTest, UnsupportedZoneIsInvalidInput) {
    CalendarSection calendar;
    calendar.timezone = "America/New_York";
    calendar.working_day_end = "17:00";
    auto settings = CalendarSettingsFrom(calendar);
    ASSERT_FALSE(settings.has_value());
    EXPECT_EQ(settings.error().code, core::ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace steward::policy
