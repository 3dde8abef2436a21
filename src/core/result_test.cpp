#include "core/result.hpp"

#include <gtest/gtest.h>

#include "core/clock.hpp"

namespace steward::core {
namespace {

Result<int> ParsePositive(int value) {
    if (value <= 0) return Error{ErrorCode::kInvalidInput, "Give a number above zero.", "field n"};
    return value;
}

TEST(ResultTest, HoldsValueOrError) {
    auto good = ParsePositive(3);
    ASSERT_TRUE(good.has_value());
    EXPECT_EQ(*good, 3);
    auto bad = ParsePositive(-1);
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(bad.error().ToString(), "field n: Give a number above zero.");
}

TEST(ResultTest, StatusDefaultsToOk) {
    Status ok = OkStatus();
    EXPECT_TRUE(ok.has_value());
    Status failed = Error{ErrorCode::kNotFound, "No such pupil."};
    EXPECT_FALSE(failed.has_value());
    EXPECT_EQ(ErrorCodeName(failed.error().code), "not_found");
}

TEST(ResultDeathTest, ReadingTheWrongSideAborts) {
    auto bad = ParsePositive(0);
    EXPECT_DEATH((void)bad.value(), "STEWARD_CHECK failed");
}

TEST(FixedClockTest, MovesOnlyWhenTold) {
    using namespace std::chrono;
    FixedClock clock(sys_days{year{2026} / 11 / 25} + hours{9});
    auto start = clock.Now();
    clock.Advance(minutes{90});
    EXPECT_EQ(clock.Now() - start, minutes{90});
}

}  // namespace
}  // namespace steward::core
