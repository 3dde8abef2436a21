// Clock: the one way domain code learns the time, so that every deadline is testable.
// Production code uses SystemClock; tests use FixedClock.
#pragma once

#include <chrono>
#include <mutex>

namespace steward::core {

using TimePoint = std::chrono::sys_seconds;  // UTC, whole seconds

class Clock {
  public:
    virtual ~Clock() = default;
    // Returns the current UTC time. Thread-safe.
    virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
  public:
    TimePoint Now() const override;
};

// A clock that only moves when told to. Thread-safe.
class FixedClock final : public Clock {
  public:
    explicit FixedClock(TimePoint now) : now_(now) {}
    TimePoint Now() const override;
    void Set(TimePoint now);
    void Advance(std::chrono::seconds by);

  private:
    mutable std::mutex mutex_;  // guards now_
    TimePoint now_;
};

}  // namespace steward::core
