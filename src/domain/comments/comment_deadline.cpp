// Pack values to core::DeadlineRule and core::WorkingCalendar.
#include "domain/comments/comment_deadline.hpp"

#include "policy/calendar_settings.hpp"

namespace steward::domain {

core::Result<CommentDeadlines> DeadlinesFor(const policy::PolicyPack* pack) {
    CommentDeadlines deadlines;
    if (pack == nullptr) return deadlines;
    const policy::MonitoringSection& monitoring = pack->monitoring;
    const std::string_view weekend_rule =
        monitoring.weekend_rule == policy::WeekendRule::kClockRuns ? "clock_runs"
                                                                    : "next_working_day";
    auto rule = core::MakeDeadlineRule(monitoring.response_deadline_hours, weekend_rule,
                                       monitoring.warning_hours_before_due);
    if (!rule) return rule.error();
    deadlines.rule = *rule;
    auto settings = policy::CalendarSettingsFrom(pack->calendar);
    if (!settings) return settings.error();
    auto calendar = core::WorkingCalendar::Create(std::move(*settings));
    if (!calendar) return calendar.error();
    deadlines.calendar = std::move(*calendar);
    return deadlines;
}

}  // namespace steward::domain
