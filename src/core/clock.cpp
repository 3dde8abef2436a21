#include "core/clock.hpp"

namespace steward::core {

TimePoint SystemClock::Now() const {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

TimePoint FixedClock::Now() const {
    std::lock_guard lock(mutex_);
    return now_;
}

void FixedClock::Set(TimePoint now) {
    std::lock_guard lock(mutex_);
    now_ = now;
}

void FixedClock::Advance(std::chrono::seconds by) {
    std::lock_guard lock(mutex_);
    now_ += by;
}

}  // namespace steward::core
