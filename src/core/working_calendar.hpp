// WorkingCalendar: which days a school works, from its bank holiday region, weekend days and
// closures (term holidays, INSET days), plus its time zone and end of working day
// (`calendar.*` in policies/SCHEMA.md). Entry point: WorkingCalendar::Create().
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank_holidays.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/uk_time.hpp"

namespace steward::core {

// An inclusive range of dates the school marks non-working, e.g. a term holiday or INSET day.
struct ClosureRange {
    Date first;
    Date last;          // inclusive; equal to `first` for a single day
    std::string label;  // e.g. "October half term"; shown to admins, never a person's data
};

struct WorkingCalendarSettings {
    BankHolidayRegion region = BankHolidayRegion::kEnglandAndWales;
    std::vector<std::chrono::weekday> weekend_days = {std::chrono::Saturday, std::chrono::Sunday};
    std::vector<ClosureRange> closures;
    TimeZone time_zone = TimeZone::London();
    std::chrono::minutes working_day_end = std::chrono::hours(17);  // local time after midnight
};

// Parses a `calendar.weekend_days` entry: "monday" .. "sunday". Returns kInvalidInput otherwise.
Result<std::chrono::weekday> ParseWeekday(std::string_view text,
                                          std::string_view where = "calendar.weekend_days");

// Immutable once built; thread-safe. Cheap to copy (a few small vectors).
class WorkingCalendar {
  public:
    // Checks the settings: at least one working weekday, closure dates valid with first <= last
    // and at most 366 days each, working_day_end within 00:00-23:59. Returns kInvalidInput
    // naming the setting ("calendar.closures[2]", "calendar.weekend_days", ...).
    static Result<WorkingCalendar> Create(WorkingCalendarSettings settings);

    // Returns England and Wales, Saturday and Sunday off, no closures, Europe/London, 17:00.
    static WorkingCalendar Default();

    // Returns true unless `date` is a weekend day, a bank holiday or in a closure.
    bool IsWorkingDay(Date date) const;
    bool IsWeekendDay(Date date) const;
    bool IsBankHoliday(Date date) const;
    // Returns the closure containing `date`, or nullptr.
    const ClosureRange* FindClosure(Date date) const;

    // Returns the first working day strictly after `date`.
    Date NextWorkingDay(Date date) const;

    // Returns the working day `count` working days after `date` (count > 0), before it
    // (count < 0), or `date` itself when count is 0. `date` need not be a working day:
    // AddWorkingDays(Saturday, 1) is the first working day after that Saturday.
    Date AddWorkingDays(Date date, int count) const;

    // Returns the UTC instant at which working day `date` ends (working_day_end, local time).
    TimePoint EndOfWorkingDay(Date date) const;

    // Returns the local date at UTC instant `at`.
    Date LocalDate(TimePoint at) const { return settings_.time_zone.LocalDate(at); }

    const WorkingCalendarSettings& settings() const { return settings_; }
    const TimeZone& time_zone() const { return settings_.time_zone; }
    std::chrono::minutes working_day_end() const { return settings_.working_day_end; }

  private:
    explicit WorkingCalendar(WorkingCalendarSettings settings) : settings_(std::move(settings)) {}

    Date PreviousWorkingDay(Date date) const;

    WorkingCalendarSettings settings_;
};

}  // namespace steward::core
