#include "security/login_throttle.hpp"

#include <gtest/gtest.h>

namespace steward::security {
namespace {

using std::chrono::seconds;

core::TimePoint Start() { return core::TimePoint(seconds(1'700'000'000)); }

TEST(LoginThrottleTest, FreeFailuresDoNotLockTheAccount) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(clock);
    for (int attempt = 0; attempt < 5; ++attempt) throttle.RecordFailure("kk/jsmith", "10.0.0.1");
    EXPECT_TRUE(throttle.Check("kk/jsmith", "10.0.0.1").allowed);
}

TEST(LoginThrottleTest, FailuresPastTheAllowanceDoubleTheLockout) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(clock, {.account_free_failures = 2, .first_lockout = seconds(30)});
    throttle.RecordFailure("a", "ip");
    throttle.RecordFailure("a", "ip");
    throttle.RecordFailure("a", "ip");
    auto decision = throttle.Check("a", "ip");
    EXPECT_FALSE(decision.allowed);
    EXPECT_EQ(decision.retry_after, seconds(30));
    clock.Advance(seconds(30));
    EXPECT_TRUE(throttle.Check("a", "ip").allowed);
    throttle.RecordFailure("a", "ip");
    EXPECT_EQ(throttle.Check("a", "ip").retry_after, seconds(60));
    // Other accounts are not affected by this account's lock.
    EXPECT_TRUE(throttle.Check("b", "other-ip").allowed);
}

TEST(LoginThrottleTest, LockoutIsCapped) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(
        clock,
        {.account_free_failures = 0, .first_lockout = seconds(30), .max_lockout = seconds(600)});
    for (int attempt = 0; attempt < 100; ++attempt) throttle.RecordFailure("a", "ip");
    EXPECT_EQ(throttle.Check("a", "ip").retry_after, seconds(600));
}

TEST(LoginThrottleTest, AddressGuessingManyAccountsIsLockedOut) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(clock, {.address_free_failures = 3});
    for (int account = 0; account < 4; ++account) {
        throttle.RecordFailure("user" + std::to_string(account), "10.0.0.9");
    }
    EXPECT_FALSE(throttle.Check("fresh-account", "10.0.0.9").allowed);
    EXPECT_TRUE(throttle.Check("fresh-account", "10.0.0.10").allowed);
}

TEST(LoginThrottleTest, SuccessClearsTheAccountButNotTheAddress) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(clock, {.account_free_failures = 1, .address_free_failures = 1});
    throttle.RecordFailure("a", "ip");
    throttle.RecordFailure("a", "ip");
    throttle.RecordSuccess("a");
    EXPECT_TRUE(throttle.Check("a", "other-ip").allowed);
    EXPECT_FALSE(throttle.Check("a", "ip").allowed);
}

TEST(LoginThrottleTest, FailuresAreForgottenAfterAQuietDay) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(clock, {.account_free_failures = 2});
    throttle.RecordFailure("a", "ip");
    throttle.RecordFailure("a", "ip");
    clock.Advance(std::chrono::hours(25));
    throttle.RecordFailure("a", "ip");  // counts as the first again
    EXPECT_TRUE(throttle.Check("a", "ip").allowed);
}

TEST(LoginThrottleTest, TableStaysBoundedUnderAFloodOfAccounts) {
    core::FixedClock clock(Start());
    LoginThrottle throttle(clock, {.max_tracked = 100});
    for (int account = 0; account < 1000; ++account) {
        throttle.RecordFailure("flood" + std::to_string(account), "ip" + std::to_string(account));
    }
    EXPECT_LE(throttle.TrackedCount(), 200u);
}

}  // namespace
}  // namespace steward::security
