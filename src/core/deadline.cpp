#include "core/deadline.hpp"

#include <algorithm>
#include <string>

namespace steward::core {

Result<WeekendRule> ParseWeekendRule(std::string_view text, std::string_view where) {
    if (text == "next_working_day") return WeekendRule::kNextWorkingDay;
    if (text == "clock_runs") return WeekendRule::kClockRuns;
    return Error{ErrorCode::kInvalidInput,
                 "The weekend rule must be next_working_day or clock_runs.", std::string(where)};
}

Result<DeadlineRule> MakeDeadlineRule(int response_deadline_hours, std::string_view weekend_rule,
                                      int warning_hours_before_due) {
    if (response_deadline_hours < 1) {
        return Error{ErrorCode::kInvalidInput, "The response deadline must be at least 1 hour.",
                     "monitoring.response_deadline_hours"};
    }
    if (warning_hours_before_due < 0) {
        return Error{ErrorCode::kInvalidInput, "The warning lead time cannot be negative.",
                     "monitoring.warning_hours_before_due"};
    }
    auto rule = ParseWeekendRule(weekend_rule);
    if (!rule) return rule.error();
    return DeadlineRule{std::chrono::hours(response_deadline_hours), *rule,
                        std::chrono::hours(warning_hours_before_due)};
}

TimePoint DueAt(TimePoint received_at, const DeadlineRule& rule, const WorkingCalendar& calendar) {
    const TimePoint plain = received_at + rule.response_time;
    if (rule.weekend_rule == WeekendRule::kClockRuns) return plain;
    // The day of receipt is the school's local day: 23:30 UTC on a summer Sunday is Monday.
    const Date received_on = calendar.LocalDate(received_at);
    // Req: MON-02 and REQUIREMENTS example E2: the weekend rule applies only to items received on
    // a non-working day. A Friday 18:00 item is due Saturday 18:00.
    if (calendar.IsWorkingDay(received_on)) return plain;
    // One working day per started 24 hours: the default (24) gives MON-02's "end of the next
    // working day", and a 72-hour deadline still gives three working days, not one.
    const int working_days =
        std::max<int>(1, static_cast<int>((rule.response_time.count() + 23) / 24));
    return calendar.EndOfWorkingDay(calendar.AddWorkingDays(received_on, working_days));
}

TimePoint WarningAt(TimePoint received_at, TimePoint due_at, const DeadlineRule& rule) {
    return std::max(received_at, due_at - rule.warning_before_due);
}

}  // namespace steward::core
