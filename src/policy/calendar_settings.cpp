// [calendar] -> core::WorkingCalendarSettings; the enum spellings match core's parsers one for one.
#include "policy/calendar_settings.hpp"

#include <chrono>

namespace steward::policy {
namespace {

core::BankHolidayRegion ToCoreRegion(BankHolidayRegion region) {
    switch (region) {
        case BankHolidayRegion::kEnglandAndWales:
            return core::BankHolidayRegion::kEnglandAndWales;
        case BankHolidayRegion::kScotland:
            return core::BankHolidayRegion::kScotland;
        case BankHolidayRegion::kNorthernIreland:
            return core::BankHolidayRegion::kNorthernIreland;
    }
    return core::BankHolidayRegion::kEnglandAndWales;
}

std::chrono::weekday ToWeekday(Weekday day) {
    // Weekday starts at Monday; std::chrono::weekday counts Sunday as 0.
    return std::chrono::weekday((static_cast<unsigned>(day) + 1) % 7);
}

}  // namespace

core::Result<core::WorkingCalendarSettings> CalendarSettingsFrom(
    const CalendarSection& calendar, std::vector<core::ClosureRange> closures) {
    auto zone = core::TimeZone::Find(calendar.timezone, "calendar.timezone");
    if (!zone) return zone.error();
    auto end = core::ParseTimeOfDay(calendar.working_day_end, "calendar.working_day_end");
    if (!end) return end.error();
    core::WorkingCalendarSettings settings;
    settings.region = ToCoreRegion(calendar.bank_holiday_region);
    settings.weekend_days.clear();
    for (Weekday day : calendar.weekend_days) settings.weekend_days.push_back(ToWeekday(day));
    settings.closures = std::move(closures);
    settings.time_zone = *zone;
    settings.working_day_end = *end;
    return settings;
}

}  // namespace steward::policy
