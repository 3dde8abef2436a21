#include "core/uk_time.hpp"

#include <gtest/gtest.h>

namespace steward::core {
namespace {

using namespace std::chrono;  // NOLINT: test file, date literals

TimePoint Utc(year_month_day date, hours hour, minutes minute = 0min) {
    return TimePoint{sys_days{date}} + hour + minute;
}

LocalTime Local(year_month_day date, hours hour, minutes minute = 0min) {
    return LocalTime{local_days{date}} + hour + minute;
}

TEST(TimeZoneTest, FindsOnlyEuropeLondon) {
    ASSERT_TRUE(TimeZone::Find("Europe/London").has_value());
    EXPECT_EQ(TimeZone::Find("Europe/London")->name(), "Europe/London");
    for (const char* other : {"Europe/Dublin", "UTC", "europe/london", "", "GB"}) {
        const auto zone = TimeZone::Find(other);
        ASSERT_FALSE(zone.has_value()) << other;
        EXPECT_EQ(zone.error().code, ErrorCode::kInvalidInput);
        EXPECT_EQ(zone.error().where, "calendar.timezone");
        EXPECT_NE(zone.error().message.find("Europe/London"), std::string::npos);
    }
}

TEST(TimeZoneTest, SummerTimeChangesAtOneAmUtcOnLastSundays) {
    EXPECT_EQ(TimeZone::SummerTimeStart(2026y), Utc(2026y / March / 29d, 1h));
    EXPECT_EQ(TimeZone::SummerTimeEnd(2026y), Utc(2026y / October / 25d, 1h));
    EXPECT_EQ(TimeZone::SummerTimeStart(2027y), Utc(2027y / March / 28d, 1h));
    EXPECT_EQ(TimeZone::SummerTimeEnd(2027y), Utc(2027y / October / 31d, 1h));
}

TEST(TimeZoneTest, ConvertsUtcToLocalAcrossChanges) {
    const TimeZone london = TimeZone::London();
    EXPECT_EQ(london.ToLocal(Utc(2026y / January / 15d, 12h)), Local(2026y / January / 15d, 12h));
    EXPECT_EQ(london.ToLocal(Utc(2026y / July / 15d, 12h)), Local(2026y / July / 15d, 13h));
    // Spring forward: 00:59:59 UTC is 00:59:59 GMT; 01:00 UTC is 02:00 BST.
    EXPECT_EQ(london.ToLocal(Utc(2026y / March / 29d, 0h, 59min)),
              Local(2026y / March / 29d, 0h, 59min));
    EXPECT_EQ(london.ToLocal(Utc(2026y / March / 29d, 1h)), Local(2026y / March / 29d, 2h));
    // Fall back: 00:30 UTC is 01:30 BST; 01:30 UTC is 01:30 GMT.
    EXPECT_EQ(london.ToLocal(Utc(2026y / October / 25d, 0h, 30min)),
              Local(2026y / October / 25d, 1h, 30min));
    EXPECT_EQ(london.ToLocal(Utc(2026y / October / 25d, 1h, 30min)),
              Local(2026y / October / 25d, 1h, 30min));
}

TEST(TimeZoneTest, ConvertsLocalToUtcIncludingGapAndOverlap) {
    const TimeZone london = TimeZone::London();
    EXPECT_EQ(london.ToUtc(Local(2026y / June / 1d, 17h)), Utc(2026y / June / 1d, 16h));
    EXPECT_EQ(london.ToUtc(Local(2026y / December / 1d, 17h)), Utc(2026y / December / 1d, 17h));
    // Gap: 01:30 does not exist on 29 March 2026; read as GMT, i.e. 02:30 BST.
    EXPECT_EQ(london.ToUtc(Local(2026y / March / 29d, 1h, 30min)),
              Utc(2026y / March / 29d, 1h, 30min));
    EXPECT_EQ(london.ToUtc(Local(2026y / March / 29d, 2h)), Utc(2026y / March / 29d, 1h));
    // Overlap: 01:30 happens twice on 25 October 2026; the earlier (BST) instant is chosen.
    EXPECT_EQ(london.ToUtc(Local(2026y / October / 25d, 1h, 30min)),
              Utc(2026y / October / 25d, 0h, 30min));
    EXPECT_EQ(london.ToUtc(Local(2026y / October / 25d, 2h)), Utc(2026y / October / 25d, 2h));
}

TEST(TimeZoneTest, LocalDateFollowsWallClock) {
    const TimeZone london = TimeZone::London();
    // 23:30 UTC on Sunday 5 July 2026 is already Monday in London.
    EXPECT_EQ(london.LocalDate(Utc(2026y / July / 5d, 23h, 30min)), 2026y / July / 6d);
    EXPECT_EQ(london.LocalDate(Utc(2026y / January / 4d, 23h, 30min)), 2026y / January / 4d);
    EXPECT_EQ(london.AtLocal(2026y / October / 26d, 17h), Utc(2026y / October / 26d, 17h));
    EXPECT_EQ(london.AtLocal(2026y / October / 23d, 17h), Utc(2026y / October / 23d, 16h));
}

}  // namespace
}  // namespace steward::core
