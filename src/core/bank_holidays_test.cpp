#include "core/bank_holidays.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace steward::core {
namespace {

using namespace std::chrono;  // NOLINT: test file, date literals

constexpr BankHolidayRegion kEW = BankHolidayRegion::kEnglandAndWales;
constexpr BankHolidayRegion kSC = BankHolidayRegion::kScotland;
constexpr BankHolidayRegion kNI = BankHolidayRegion::kNorthernIreland;

struct PublishedYear {
    BankHolidayRegion region;
    int year;
    const char* dates;  // "MM-DD MM-DD ...", every day off in that year
};

// GOV.UK "UK bank holidays" lists, written out by hand (2020-2026 as published; 2027-2030 by the
// standing rules). Not computed by the code under test.
constexpr PublishedYear kPublished[] = {
    {kEW, 2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28"},
    {kEW, 2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28"},
    {kEW, 2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27"},
    {kEW, 2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26"},
    {kEW, 2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"},
    {kEW, 2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26"},
    {kEW, 2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28"},
    {kEW, 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28"},
    {kEW, 2028, "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26"},
    {kEW, 2029, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26"},
    {kEW, 2030, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26"},
    {kSC, 2020, "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28"},
    {kSC, 2021, "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28"},
    {kSC, 2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27"},
    {kSC, 2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26"},
    {kSC, 2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26"},
    {kSC, 2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26"},
    {kSC, 2026, "01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28"},
    {kSC, 2027, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28"},
    {kSC, 2028, "01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26"},
    {kSC, 2029, "01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26"},
    {kSC, 2030, "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26"},
    {kNI, 2020, "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28"},
    {kNI, 2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28"},
    {kNI, 2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27"},
    {kNI, 2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26"},
    {kNI, 2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26"},
    {kNI, 2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26"},
    {kNI, 2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28"},
    {kNI, 2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28"},
    {kNI, 2028, "01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26"},
    {kNI, 2029, "01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26"},
    {kNI, 2030, "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26"},
};

std::vector<std::string> Expected(const PublishedYear& published) {
    std::vector<std::string> out;
    std::istringstream words(published.dates);
    std::string month_day;
    while (words >> month_day) out.push_back(std::to_string(published.year) + "-" + month_day);
    return out;
}

std::vector<std::string> Actual(BankHolidayRegion region, int year_number) {
    std::vector<std::string> out;
    for (const BankHoliday& holiday : BankHolidaysIn(region, year_number)) {
        out.push_back(FormatIsoDate(holiday.date));
    }
    return out;
}

TEST(BankHolidaysTest, MatchesGovUkListsFor2020To2030InEveryRegion) {
    for (const PublishedYear& published : kPublished) {
        EXPECT_EQ(Actual(published.region, published.year), Expected(published))
            << BankHolidayRegionName(published.region) << " " << published.year;
    }
}

TEST(BankHolidaysTest, EasterSundayByComputus) {
    EXPECT_EQ(EasterSunday(2024), 2024y / March / 31d);
    EXPECT_EQ(EasterSunday(2025), 2025y / April / 20d);
    EXPECT_EQ(EasterSunday(2038), 2038y / April / 25d);  // latest possible
    EXPECT_EQ(EasterSunday(2285), 2285y / March / 22d);  // earliest possible
}

TEST(BankHolidaysTest, ChristmasOnSundayGivesBoxingDayThenChristmasSubstitute) {
    const std::vector<BankHoliday> holidays = BankHolidaysIn(kEW, 2022);
    ASSERT_GE(holidays.size(), 2u);
    EXPECT_EQ(holidays[holidays.size() - 2], (BankHoliday{2022y / December / 26d, "Boxing Day"}));
    EXPECT_EQ(holidays.back(),
              (BankHoliday{2022y / December / 27d, "Christmas Day (substitute day)"}));
}

TEST(BankHolidaysTest, OneOffsAreNamed) {
    const std::vector<BankHoliday> holidays = BankHolidaysIn(kNI, 2020);
    EXPECT_NE(std::find(holidays.begin(), holidays.end(),
                        BankHoliday{2020y / May / 8d, "Early May bank holiday (VE day)"}),
              holidays.end());
}

TEST(BankHolidaysTest, EarlierOneOffsStillApply) {
    EXPECT_TRUE(IsBankHoliday(kEW, 2011y / April / 29d));  // royal wedding
    EXPECT_TRUE(IsBankHoliday(kSC, 2012y / June / 4d));    // spring bank holiday moved
    EXPECT_TRUE(IsBankHoliday(kNI, 2012y / June / 5d));    // Diamond Jubilee
    EXPECT_FALSE(IsBankHoliday(kEW, 2012y / May / 28d));
}

TEST(BankHolidaysTest, IsBankHolidayIsRegional) {
    EXPECT_TRUE(IsBankHoliday(kSC, 2025y / January / 2d));
    EXPECT_FALSE(IsBankHoliday(kEW, 2025y / January / 2d));
    EXPECT_TRUE(IsBankHoliday(kNI, 2025y / July / 14d));
    EXPECT_FALSE(IsBankHoliday(kSC, 2025y / April / 21d));  // no Easter Monday in Scotland
    EXPECT_FALSE(IsBankHoliday(kEW, 2025y / July / 15d));
}

TEST(BankHolidaysTest, ParsesPolicyRegionNames) {
    ASSERT_TRUE(ParseBankHolidayRegion("scotland").has_value());
    EXPECT_EQ(*ParseBankHolidayRegion("northern_ireland"), kNI);
    const auto bad = ParseBankHolidayRegion("wales");
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(bad.error().where, "calendar.bank_holiday_region");
}

}  // namespace
}  // namespace steward::core
