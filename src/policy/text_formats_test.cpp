// Date, time, slug and zone formats, and the month arithmetic behind policy.next_review_due.
#include "policy/text_formats.hpp"

#include <gtest/gtest.h>

namespace steward::policy {
namespace {

TEST(TextFormatsTest, IsoDatesMustBeRealDays) {
    EXPECT_TRUE(IsIsoDate("2024-02-29"));
    EXPECT_FALSE(IsIsoDate("2023-02-29"));
    EXPECT_FALSE(IsIsoDate("2024-2-01"));
    EXPECT_FALSE(IsIsoDate("2024-13-01"));
    EXPECT_FALSE(IsIsoDate("2024-01-01x"));
    EXPECT_FALSE(IsIsoDate("Spring 2024"));
}

TEST(TextFormatsTest, TimesAreTwentyFourHour) {
    EXPECT_TRUE(IsTimeOfDay("00:00"));
    EXPECT_TRUE(IsTimeOfDay("23:59"));
    EXPECT_FALSE(IsTimeOfDay("24:00"));
    EXPECT_FALSE(IsTimeOfDay("9:00"));
    EXPECT_FALSE(IsTimeOfDay("17:00:00"));
}

TEST(TextFormatsTest, SlugsAndZones) {
    EXPECT_TRUE(IsSlug("kenn-kenton"));
    EXPECT_FALSE(IsSlug("Kenn Kenton"));
    EXPECT_FALSE(IsSlug("-x"));
    EXPECT_TRUE(IsTimeZoneName("Europe/London"));
    EXPECT_TRUE(IsTimeZoneName("America/Argentina/Buenos_Aires"));
    EXPECT_TRUE(IsTimeZoneName("UTC"));
    EXPECT_FALSE(IsTimeZoneName("London"));
    EXPECT_FALSE(IsTimeZoneName("Europe//London"));
}

TEST(TextFormatsTest, AddMonthsClampsToMonthEnd) {
    EXPECT_EQ(AddMonths("2023-02-01", 12), "2024-02-01");
    EXPECT_EQ(AddMonths("2024-01-31", 1), "2024-02-29");
    EXPECT_EQ(AddMonths("2024-11-30", 3), "2025-02-28");
    EXPECT_EQ(AddMonths("", 12), std::nullopt);
}

}  // namespace
}  // namespace steward::policy
