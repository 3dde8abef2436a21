#include "domain/consent/consent_register.hpp"

#include <gtest/gtest.h>

namespace steward::domain {
namespace {

using State = ConsentStanding::State;

Date D(int year, int month, int day) { return Date{year, month, day}; }

ConsentRecord Record(std::string pupil, int year, Platform platform, Date recorded,
                     std::optional<Date> withdrawn = std::nullopt) {
    ConsentRecord record;
    record.pupil_id = std::move(pupil);
    record.academic_year = AcademicYear{year};
    record.platform = platform;
    record.image = true;
    record.video = false;
    record.name = true;
    record.recorded_on = recorded;
    record.withdrawn_on = withdrawn;
    return record;
}

// Req: CON-03
TEST(ConsentDateTest, AcademicYearRunsFromSeptemberToAugust) {
    EXPECT_EQ(AcademicYearOf(D(2026, 8, 20)).ToString(), "2025/26");
    EXPECT_EQ(AcademicYearOf(D(2026, 9, 3)).ToString(), "2026/27");
    EXPECT_EQ(AcademicYearOf(D(2026, 9, 1)).start_year, 2026);
    EXPECT_EQ(ParseAcademicYear("2025/26")->start_year, 2025);
    EXPECT_FALSE(ParseAcademicYear("2025/27"));
    EXPECT_FALSE(ParseIsoDate("2025-02-29"));
    EXPECT_TRUE(ParseIsoDate("2024-02-29"));
}

// Req: CON-03
TEST(ConsentRegisterTest, LastYearsRecordIsExpiredInTheNewYear) {
    ConsentRegister reg({Record("P1", 2025, Platform::kFacebook, D(2025, 10, 1))});
    EXPECT_EQ(reg.Find("P1", Platform::kFacebook, D(2026, 8, 31)).state, State::kInForce);
    EXPECT_EQ(reg.Find("P1", Platform::kFacebook, D(2026, 9, 1)).state, State::kExpired);
}

// Req: CON-03
TEST(ConsentRegisterTest, CurrentFormRecordedAfterThePostLeavesItExpired) {
    ConsentRegister reg({Record("P1", 2025, Platform::kX, D(2025, 10, 1)),
                         Record("P1", 2026, Platform::kX, D(2026, 10, 10))});
    EXPECT_EQ(reg.Find("P1", Platform::kX, D(2026, 10, 1)).state, State::kExpired);
    EXPECT_EQ(reg.Find("P1", Platform::kX, D(2026, 10, 10)).state, State::kInForce);
}

// Req: CON-04
TEST(ConsentRegisterTest, PupilWithoutRecordsHasNoConsentForAnyPlatform) {
    ConsentRegister reg({Record("P1", 2026, Platform::kX, D(2026, 10, 1))});
    EXPECT_EQ(reg.Find("P2", Platform::kX, D(2026, 11, 1)).state, State::kNoPlatform);
    EXPECT_EQ(reg.Find("P1", Platform::kTiktok, D(2026, 11, 1)).state, State::kNoPlatform);
    EXPECT_FALSE(reg.Find("P2", Platform::kX, D(2026, 11, 1)).AllowsName({}));
}

// Req: CON-06
TEST(ConsentRegisterTest, WithdrawalTakesEffectFromItsDateOnly) {
    ConsentRegister reg({Record("P1", 2026, Platform::kX, D(2026, 9, 10), D(2026, 11, 3))});
    EXPECT_EQ(reg.Find("P1", Platform::kX, D(2026, 11, 2)).state, State::kInForce);
    EXPECT_EQ(reg.Find("P1", Platform::kX, D(2026, 11, 3)).state, State::kWithdrawn);
}

// Req: CON-06
TEST(ConsentRegisterTest, LaterAmendmentSupersedesEarlierRecord) {
    ConsentRecord amended = Record("P1", 2026, Platform::kX, D(2026, 12, 1));
    amended.name = false;
    ConsentRegister reg({Record("P1", 2026, Platform::kX, D(2026, 9, 10)), amended});
    EXPECT_TRUE(reg.Find("P1", Platform::kX, D(2026, 11, 1)).AllowsName({}));
    EXPECT_FALSE(reg.Find("P1", Platform::kX, D(2026, 12, 2)).AllowsName({}));
}

// Req: CON-02
TEST(ConsentRegisterTest, MediaKindsAreSeparateUnlessThePackMergesThem) {
    ConsentRegister reg({Record("P1", 2026, Platform::kX, D(2026, 9, 10))});
    ConsentStanding standing = reg.Find("P1", Platform::kX, D(2026, 10, 1));
    EXPECT_TRUE(standing.AllowsMedia(MediaKind::kImage, {}));
    EXPECT_FALSE(standing.AllowsMedia(MediaKind::kVideo, {}));
    ConsentDimensions merged{.platform = true, .media_kind = false, .name = true};
    EXPECT_TRUE(standing.AllowsMedia(MediaKind::kVideo, merged));
}

// Req: CON-02
TEST(ConsentRegisterTest, PlatformNotADimensionMeansAnyPlatformRecordCounts) {
    ConsentSettings settings;
    settings.dimensions.platform = false;
    ConsentRegister reg({Record("P1", 2026, Platform::kX, D(2026, 9, 10))}, settings);
    EXPECT_EQ(reg.Find("P1", Platform::kTiktok, D(2026, 10, 1)).state, State::kInForce);
}

TEST(ConsentRegisterTest, UntilWithdrawnValidityKeepsOldRecordsInForce) {
    ConsentSettings settings;
    settings.validity = ConsentValidity::kUntilWithdrawn;
    ConsentRegister reg({Record("P1", 2024, Platform::kX, D(2024, 9, 10))}, settings);
    EXPECT_EQ(reg.Find("P1", Platform::kX, D(2026, 10, 1)).state, State::kInForce);
}

// Req: CON-01
TEST(ConsentRegisterTest, AnnualCollectionListsPupilsWithoutThisYearsDecision) {
    ConsentRegister reg({Record("P1", 2026, Platform::kX, D(2026, 9, 10)),
                         Record("P2", 2025, Platform::kX, D(2025, 9, 10))});
    std::vector<Pupil> pupils = {{.id = "P1"}, {.id = "P2"}, {.id = "P3"}};
    EXPECT_EQ(reg.PupilsWithoutDecision(pupils, AcademicYear{2026}),
              (std::vector<std::string>{"P2", "P3"}));
}

}  // namespace
}  // namespace steward::domain
