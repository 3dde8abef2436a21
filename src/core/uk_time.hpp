// TimeZone: UTC <-> local wall-clock time for the tenant's `calendar.timezone`. libstdc++ 12 has
// no chrono time-zone database, so the one zone Steward supports, Europe/London (GMT in winter,
// BST = UTC+1 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
// October), is implemented from that rule. Entry point: TimeZone::Find("Europe/London").
#pragma once

#include <chrono>
#include <string_view>

#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"

namespace steward::core {

using LocalTime = std::chrono::local_seconds;  // wall-clock time in some zone, whole seconds

// A supported time zone. Cheap to copy; immutable; thread-safe.
class TimeZone {
  public:
    static constexpr std::string_view kLondon = "Europe/London";

    // Returns the zone named by an IANA name. Only "Europe/London" is supported; any other name
    // gives kInvalidInput naming the setting (`where`, default "calendar.timezone").
    static Result<TimeZone> Find(std::string_view iana_name,
                                 std::string_view where = "calendar.timezone");

    // Returns Europe/London.
    static TimeZone London() { return TimeZone(); }

    std::string_view name() const { return kLondon; }

    // Returns the UTC offset in force at `utc`: 0 (GMT) or +1 hour (BST).
    std::chrono::seconds OffsetAt(TimePoint utc) const;

    // Returns true if daylight saving (BST) is in force at `utc`.
    bool IsSummerTime(TimePoint utc) const;

    // Converts a UTC instant to local wall-clock time.
    LocalTime ToLocal(TimePoint utc) const;

    // Converts local wall-clock time to UTC. In the autumn overlap (01:00-01:59 local happens
    // twice) this returns the earlier instant (BST). In the spring gap (01:00-01:59 local does not
    // exist) the time is read with the offset before the change, i.e. moved forward an hour:
    // 01:30 becomes 02:30 BST (01:30 UTC).
    TimePoint ToUtc(LocalTime local) const;

    // Returns the local calendar date at `utc`.
    Date LocalDate(TimePoint utc) const;

    // Returns the UTC instant of `time_of_day` (minutes after midnight) on local date `date`.
    TimePoint AtLocal(Date date, std::chrono::minutes time_of_day) const;

    // Returns the UTC instants at which BST starts and ends in `year`.
    static TimePoint SummerTimeStart(std::chrono::year year);
    static TimePoint SummerTimeEnd(std::chrono::year year);

  private:
    TimeZone() = default;
};

}  // namespace steward::core
