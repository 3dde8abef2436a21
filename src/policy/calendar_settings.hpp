// Turns a pack's [calendar] table into core::WorkingCalendarSettings, so deadline code builds its
// calendar with one call: core::WorkingCalendar::Create(*CalendarSettingsFrom(pack.calendar)).
#pragma once

#include <vector>

#include "core/result.hpp"
#include "core/working_calendar.hpp"
#include "policy/policy_sections.hpp"

namespace steward::policy {

// Copies region, weekend days, time zone and working-day end; `closures` (term holidays, INSET
// days) are not part of the pack and are passed in. Returns kInvalidInput if the time zone is one
// core::TimeZone does not support (only Europe/London today) or working_day_end is not HH:MM.
core::Result<core::WorkingCalendarSettings> CalendarSettingsFrom(
    const CalendarSection& calendar, std::vector<core::ClosureRange> closures = {});

}  // namespace steward::policy
