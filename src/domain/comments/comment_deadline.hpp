// When a comment is due (MON-02) and when its runners are warned (MON-04), from the school's
// policy pack: monitoring.response_deadline_hours, .weekend_rule, .warning_hours_before_due and
// the [calendar] table, through core::DueAt (docs/decisions/0001-response-deadlines.md).
#pragma once

#include "core/clock.hpp"
#include "core/deadline.hpp"
#include "core/result.hpp"
#include "core/working_calendar.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

struct CommentDeadlines {
    core::DeadlineRule rule;
    core::WorkingCalendar calendar = core::WorkingCalendar::Default();

    core::TimePoint DueAt(core::TimePoint received_at) const {
        return core::DueAt(received_at, rule, calendar);
    }
    core::TimePoint WarnAt(core::TimePoint received_at) const {
        return core::WarningAt(received_at, DueAt(received_at), rule);
    }
};

// Builds the rule and calendar of `pack`; a null pack gives 24 hours, next working day, a
// 4-hour warning and the default calendar (England and Wales, Sat/Sun, 17:00). Returns
// kInvalidInput naming the pack key when a value is out of range.
core::Result<CommentDeadlines> DeadlinesFor(const policy::PolicyPack* pack);

}  // namespace steward::domain
