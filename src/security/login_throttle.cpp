#include "security/login_throttle.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace steward::security {

LoginThrottle::LoginThrottle(const core::Clock& clock, LoginThrottleConfig config)
    : clock_(clock), config_(config) {}

ThrottleDecision LoginThrottle::Check(std::string_view account, std::string_view address) const {
    const core::TimePoint now = clock_.Now();
    std::lock_guard lock(mutex_);
    const auto wait =
        std::max(Remaining(accounts_, account, now), Remaining(addresses_, address, now));
    return ThrottleDecision{wait.count() <= 0, std::max(wait, std::chrono::seconds(0))};
}

void LoginThrottle::RecordFailure(std::string_view account, std::string_view address) {
    const core::TimePoint now = clock_.Now();
    std::lock_guard lock(mutex_);
    Fail(accounts_, account, config_.account_free_failures, now);
    Fail(addresses_, address, config_.address_free_failures, now);
}

void LoginThrottle::RecordSuccess(std::string_view account) {
    std::lock_guard lock(mutex_);
    accounts_.erase(std::string(account));
}

std::size_t LoginThrottle::TrackedCount() const {
    std::lock_guard lock(mutex_);
    return accounts_.size() + addresses_.size();
}

void LoginThrottle::Fail(Table& table, std::string_view key, int free_failures,
                         core::TimePoint now) {
    if (table.size() >= config_.max_tracked) Prune(table, now);
    Entry& entry = table[std::string(key)];
    if (entry.failures > 0 && now - entry.last_failure_at >= config_.forget_after) entry = Entry{};
    ++entry.failures;
    entry.last_failure_at = now;
    const int over = entry.failures - free_failures;
    if (over <= 0) return;
    // Doubling: first_lockout, 2x, 4x, ... capped; the shift is bounded so it cannot overflow.
    const int shift = std::min(over - 1, 20);
    const auto lockout = std::min(config_.first_lockout * (std::chrono::seconds::rep{1} << shift),
                                  config_.max_lockout);
    entry.locked_until = now + std::chrono::duration_cast<std::chrono::seconds>(lockout);
}

std::chrono::seconds LoginThrottle::Remaining(const Table& table, std::string_view key,
                                              core::TimePoint now) const {
    const auto found = table.find(std::string(key));
    if (found == table.end()) return std::chrono::seconds(0);
    if (now - found->second.last_failure_at >= config_.forget_after) return std::chrono::seconds(0);
    return found->second.locked_until - now;
}

void LoginThrottle::Prune(Table& table, core::TimePoint now) {
    std::erase_if(table, [&](const auto& item) {
        return now - item.second.last_failure_at >= config_.forget_after &&
               item.second.locked_until <= now;
    });
    // Still full: a flood of distinct keys. Drop the entries whose last failure is oldest.
    if (table.size() < config_.max_tracked) return;
    std::vector<std::pair<core::TimePoint, std::string>> ages;
    ages.reserve(table.size());
    for (const auto& [key, entry] : table) ages.emplace_back(entry.last_failure_at, key);
    const auto drop = ages.begin() + static_cast<std::ptrdiff_t>(ages.size() / 2);
    std::nth_element(ages.begin(), drop, ages.end());
    for (auto it = ages.begin(); it != drop; ++it) table.erase(it->second);
}

}  // namespace steward::security
