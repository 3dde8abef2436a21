#include "core/working_calendar.hpp"

#include <algorithm>
#include <array>

namespace steward::core {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

constexpr int kMaxClosureDays = 366;

Error Invalid(std::string message, std::string where) {
    return Error{ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

Status CheckClosure(const ClosureRange& closure, size_t index) {
    const std::string where = "calendar.closures[" + std::to_string(index) + "]";
    if (!closure.first.ok() || !closure.last.ok()) {
        return Invalid("A closure has a date that does not exist; use real dates (YYYY-MM-DD).",
                       where);
    }
    if (closure.last < closure.first) {
        return Invalid("A closure ends (" + FormatIsoDate(closure.last) + ") before it starts (" +
                           FormatIsoDate(closure.first) + "); swap the dates.",
                       where);
    }
    if (sys_days{closure.last} - sys_days{closure.first} >= days(kMaxClosureDays)) {
        return Invalid("A closure is longer than a year; list each holiday separately.", where);
    }
    return OkStatus();
}

}  // namespace

Result<std::chrono::weekday> ParseWeekday(std::string_view text, std::string_view where) {
    for (unsigned index = 0; index < kWeekdayNames.size(); ++index) {
        if (text == kWeekdayNames[index]) return std::chrono::weekday{index};
    }
    return Invalid("A weekend day must be a lower-case day name, monday to sunday.",
                   std::string(where));
}

Result<WorkingCalendar> WorkingCalendar::Create(WorkingCalendarSettings settings) {
    std::vector<std::chrono::weekday>& weekend = settings.weekend_days;
    for (const std::chrono::weekday day : weekend) {
        if (!day.ok())
            return Invalid("A weekend day is not a day of the week.", "calendar.weekend_days");
    }
    std::sort(weekend.begin(), weekend.end(),
              [](auto x, auto y) { return x.c_encoding() < y.c_encoding(); });
    weekend.erase(std::unique(weekend.begin(), weekend.end()), weekend.end());
    if (weekend.size() >= 7) {
        return Invalid("Every day is a weekend day; leave at least one working day in the week.",
                       "calendar.weekend_days");
    }
    if (settings.working_day_end < std::chrono::minutes(0) ||
        settings.working_day_end >= std::chrono::hours(24)) {
        return Invalid("The end of the working day must be a time from 00:00 to 23:59.",
                       "calendar.working_day_end");
    }
    for (size_t index = 0; index < settings.closures.size(); ++index) {
        if (Status status = CheckClosure(settings.closures[index], index); !status) {
            return status.error();
        }
    }
    return WorkingCalendar(std::move(settings));
}

WorkingCalendar WorkingCalendar::Default() { return WorkingCalendar(WorkingCalendarSettings{}); }

bool WorkingCalendar::IsWeekendDay(Date date) const {
    const std::chrono::weekday day{sys_days{date}};
    return std::find(settings_.weekend_days.begin(), settings_.weekend_days.end(), day) !=
           settings_.weekend_days.end();
}

bool WorkingCalendar::IsBankHoliday(Date date) const {
    return core::IsBankHoliday(settings_.region, date);
}

const ClosureRange* WorkingCalendar::FindClosure(Date date) const {
    for (const ClosureRange& closure : settings_.closures) {
        if (date >= closure.first && date <= closure.last) return &closure;
    }
    return nullptr;
}

bool WorkingCalendar::IsWorkingDay(Date date) const {
    return !IsWeekendDay(date) && FindClosure(date) == nullptr && !IsBankHoliday(date);
}

Date WorkingCalendar::NextWorkingDay(Date date) const {
    // Terminates: at least one weekday works and closures are finite and at most a year each.
    sys_days day = sys_days{date} + days(1);
    while (!IsWorkingDay(Date{day})) day += days(1);
    return Date{day};
}

Date WorkingCalendar::PreviousWorkingDay(Date date) const {
    sys_days day = sys_days{date} - days(1);
    while (!IsWorkingDay(Date{day})) day -= days(1);
    return Date{day};
}

Date WorkingCalendar::AddWorkingDays(Date date, int count) const {
    for (; count > 0; --count) date = NextWorkingDay(date);
    for (; count < 0; ++count) date = PreviousWorkingDay(date);
    return date;
}

TimePoint WorkingCalendar::EndOfWorkingDay(Date date) const {
    return settings_.time_zone.AtLocal(date, settings_.working_day_end);
}

}  // namespace steward::core
