#include "core/civil_date.hpp"

#include <gtest/gtest.h>

namespace steward::core {
namespace {

using namespace std::chrono;  // NOLINT: test file, date literals

TEST(CivilDateTest, ParsesAndFormatsIsoDates) {
    const auto date = ParseIsoDate("2026-09-01");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(*date, 2026y / September / 1d);
    EXPECT_EQ(FormatIsoDate(*date), "2026-09-01");
    EXPECT_EQ(*ParseIsoDate("2028-02-29"), 2028y / February / 29d);
}

TEST(CivilDateTest, RejectsMalformedOrImpossibleDates) {
    for (const char* bad : {"2026-02-30", "2027-02-29", "2026-1-5", "2026-01-05x", " 2026-01-05",
                            "2026/01/05", "2026-13-01", "2026-00-10", "2026-01-00", "",
                            "0999-01-01", "２０２６-01-05", "2026-0a-05", "05-01-2026"}) {
        const auto result = ParseIsoDate(bad, "roster.csv line 3, column dob");
        ASSERT_FALSE(result.has_value()) << bad;
        EXPECT_EQ(result.error().code, ErrorCode::kInvalidInput);
        EXPECT_EQ(result.error().where, "roster.csv line 3, column dob");
    }
}

TEST(CivilDateTest, ErrorDoesNotEchoLongInput) {
    const auto result = ParseIsoDate("Jane Pupil was born on the fifth");
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message.find("Jane"), std::string::npos);
}

TEST(CivilDateTest, ParsesAndFormatsTimesOfDay) {
    EXPECT_EQ(*ParseTimeOfDay("17:00"), 17h);
    EXPECT_EQ(*ParseTimeOfDay("00:00"), 0min);
    EXPECT_EQ(*ParseTimeOfDay("23:59"), 23h + 59min);
    EXPECT_EQ(FormatTimeOfDay(9h + 5min), "09:05");
    for (const char* bad : {"9:00", "24:00", "17:60", "17:00:00", "17-00", "", "1700", "17:0"}) {
        EXPECT_FALSE(ParseTimeOfDay(bad).has_value()) << bad;
    }
}

TEST(AcademicYearTest, RunsFromSeptemberToAugust) {
    const AcademicYear year = AcademicYear::Containing(2026y / November / 25d);
    EXPECT_EQ(year.label(), "2026/27");
    EXPECT_EQ(year.start(), 2026y / September / 1d);
    EXPECT_EQ(year.end(), 2027y / August / 31d);
    EXPECT_TRUE(year.Contains(2027y / August / 31d));
    EXPECT_FALSE(year.Contains(2027y / September / 1d));
    EXPECT_FALSE(year.Contains(2026y / August / 31d));
    EXPECT_EQ(AcademicYear::Containing(2026y / August / 31d).label(), "2025/26");
    EXPECT_EQ(AcademicYear::Containing(2099y / September / 1d).label(), "2099/00");
}

TEST(AcademicYearTest, StartMonthIsConfigurable) {
    const AcademicYear april = AcademicYear::Containing(2026y / March / 31d, 4);
    EXPECT_EQ(april.label(), "2025/26");
    EXPECT_EQ(april.end(), 2026y / March / 31d);
    const AcademicYear calendar_year = AcademicYear::Containing(2026y / December / 31d, 1);
    EXPECT_EQ(calendar_year.label(), "2026");
    EXPECT_EQ(calendar_year.end(), 2026y / December / 31d);
    EXPECT_EQ(AcademicYear::Parse("2026", 1)->start(), 2026y / January / 1d);
}

TEST(AcademicYearTest, ParsesLabelsStrictly) {
    const auto year = AcademicYear::Parse("2026/27");
    ASSERT_TRUE(year.has_value());
    EXPECT_EQ(*year, AcademicYear::StartingIn(2026));
    EXPECT_EQ(year->Next().label(), "2027/28");
    EXPECT_EQ(year->Previous().label(), "2025/26");
    EXPECT_TRUE(AcademicYear::Parse("2099/00").has_value());
    for (const char* bad : {"2026/28", "2026-27", "2026/2027", "26/27", "2026/27 ", "2026"}) {
        EXPECT_FALSE(AcademicYear::Parse(bad).has_value()) << bad;
    }
    EXPECT_FALSE(AcademicYear::Parse("2026/27", 13).has_value());
}

}  // namespace
}  // namespace steward::core
