// Response deadlines for monitored comments, messages and complaints (REQUIREMENTS MON-02,
// MON-04; `monitoring.response_deadline_hours`, `.weekend_rule`, `.warning_hours_before_due`).
// Edge cases are decided in docs/decisions/0001-response-deadlines.md. Entry point: DueAt().
#pragma once

#include <chrono>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/working_calendar.hpp"

namespace steward::core {

// `monitoring.weekend_rule`.
enum class WeekendRule {
    kNextWorkingDay,  // received on a non-working day: due at the end of the next working day
    kClockRuns,       // always received + N hours
};

// Parses "next_working_day" or "clock_runs"; anything else gives kInvalidInput with `where`.
Result<WeekendRule> ParseWeekendRule(std::string_view text,
                                     std::string_view where = "monitoring.weekend_rule");

struct DeadlineRule {
    std::chrono::hours response_time{24};  // monitoring.response_deadline_hours, >= 1
    WeekendRule weekend_rule = WeekendRule::kNextWorkingDay;
    std::chrono::hours warning_before_due{4};  // monitoring.warning_hours_before_due, >= 0
};

// Builds a DeadlineRule from policy values, checking response hours >= 1 and warning hours >= 0.
// Returns kInvalidInput naming the offending key.
Result<DeadlineRule> MakeDeadlineRule(int response_deadline_hours, std::string_view weekend_rule,
                                      int warning_hours_before_due);

// Req: MON-02. Returns when an item received at `received_at` (UTC) is due (UTC):
// - received on a working day (local date in the calendar's zone), or rule kClockRuns:
//   received_at + response_time, even if that lands on a weekend or holiday;
// - received on a non-working day (weekend, bank holiday or closure) under kNextWorkingDay:
//   working_day_end (local) of the next working day; when response_time exceeds 24 hours, of
//   the ceil(hours / 24)-th working day instead (one working day per 24 hours).
TimePoint DueAt(TimePoint received_at, const DeadlineRule& rule, const WorkingCalendar& calendar);

// Req: MON-04. Returns when to warn the account's runners: due_at - warning_before_due, but never
// before received_at. Equals due_at when warning_before_due is 0.
TimePoint WarningAt(TimePoint received_at, TimePoint due_at, const DeadlineRule& rule);

}  // namespace steward::core
