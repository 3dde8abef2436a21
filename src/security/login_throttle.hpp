// LoginThrottle: slows password guessing. Counts failed sign-ins per account and per client
// address; past a free allowance each further failure doubles a lock-out window, up to a cap.
// Pure: time comes from a core::Clock. Thread-safe. Entry points: Check(), RecordFailure().
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/clock.hpp"

namespace steward::security {

struct LoginThrottleConfig {
    int account_free_failures = 5;           // failures per account before any lock-out
    int address_free_failures = 20;          // failures per address (many accounts) before lock-out
    std::chrono::seconds first_lockout{30};  // after the first failure past the allowance
    std::chrono::seconds max_lockout{std::chrono::minutes(15)};  // the doubling stops here
    std::chrono::seconds forget_after{std::chrono::hours(24)};   // quiet this long -> reset
    std::size_t max_tracked = 100'000;  // entries kept per table; the oldest go first
};

struct ThrottleDecision {
    bool allowed = true;
    std::chrono::seconds retry_after{0};  // when not allowed: wait this long (for Retry-After)
};

class LoginThrottle {
  public:
    // `clock` must outlive the throttle.
    explicit LoginThrottle(const core::Clock& clock, LoginThrottleConfig config = {});

    // Returns whether a sign-in attempt for `account` from `address` may be checked now. Call it
    // before verifying the password, so a locked account costs no hashing.
    ThrottleDecision Check(std::string_view account, std::string_view address) const;

    // Records a failed attempt (wrong password or unknown account) against both keys.
    void RecordFailure(std::string_view account, std::string_view address);

    // Records a successful sign-in: clears the account's failures (the address keeps its count,
    // so one good account does not reset a guessing run over others).
    void RecordSuccess(std::string_view account);

    // Returns how many accounts and addresses are being tracked (for tests and metrics).
    std::size_t TrackedCount() const;

  private:
    struct Entry {
        int failures = 0;
        core::TimePoint last_failure_at{};
        core::TimePoint locked_until{};
    };
    using Table = std::unordered_map<std::string, Entry>;

    void Fail(Table& table, std::string_view key, int free_failures, core::TimePoint now);
    std::chrono::seconds Remaining(const Table& table, std::string_view key,
                                   core::TimePoint now) const;
    void Prune(Table& table, core::TimePoint now);

    const core::Clock& clock_;
    const LoginThrottleConfig config_;
    mutable std::mutex mutex_;  // guards accounts_ and addresses_
    Table accounts_;
    Table addresses_;
};

}  // namespace steward::security
