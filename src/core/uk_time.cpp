#include "core/uk_time.hpp"

#include <string>

namespace steward::core {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::sys_days;

// The last Sunday of `month` in `year`, at 01:00 UTC: the instant UK clocks change.
TimePoint ChangeInstant(std::chrono::year year, std::chrono::month month) {
    const sys_days last_sunday{year / month / std::chrono::Sunday[std::chrono::last]};
    return TimePoint{last_sunday} + hours(1);
}

}  // namespace

Result<TimeZone> TimeZone::Find(std::string_view iana_name, std::string_view where) {
    if (iana_name == kLondon) return TimeZone();
    const std::string shown =
        iana_name.size() <= 40 ? "\"" + std::string(iana_name) + "\"" : "This time zone";
    return Error{ErrorCode::kInvalidInput,
                 shown + " is not supported; Steward supports only \"Europe/London\".",
                 std::string(where)};
}

TimePoint TimeZone::SummerTimeStart(std::chrono::year year) {
    return ChangeInstant(year, std::chrono::March);
}

TimePoint TimeZone::SummerTimeEnd(std::chrono::year year) {
    return ChangeInstant(year, std::chrono::October);
}

bool TimeZone::IsSummerTime(TimePoint utc) const {
    const std::chrono::year year =
        std::chrono::year_month_day{std::chrono::floor<days>(utc)}.year();
    return utc >= SummerTimeStart(year) && utc < SummerTimeEnd(year);
}

std::chrono::seconds TimeZone::OffsetAt(TimePoint utc) const {
    return IsSummerTime(utc) ? hours(1) : hours(0);
}

LocalTime TimeZone::ToLocal(TimePoint utc) const {
    return LocalTime{utc.time_since_epoch() + OffsetAt(utc)};
}

TimePoint TimeZone::ToUtc(LocalTime local) const {
    const TimePoint as_summer{local.time_since_epoch() - hours(1)};
    const TimePoint as_winter{local.time_since_epoch()};
    // Prefer BST when that reading is consistent: it is the earlier instant in the overlap.
    if (IsSummerTime(as_summer)) return as_summer;
    // Either plain GMT, or the spring gap where neither reading is consistent: GMT moves the
    // wall time forward by the hour that was skipped.
    return as_winter;
}

Date TimeZone::LocalDate(TimePoint utc) const {
    return Date{std::chrono::floor<days>(ToLocal(utc))};
}

TimePoint TimeZone::AtLocal(Date date, std::chrono::minutes time_of_day) const {
    return ToUtc(LocalTime{std::chrono::local_days{date}.time_since_epoch() + time_of_day});
}

}  // namespace steward::core
