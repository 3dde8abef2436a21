// Checks for the text formats a policy pack uses: dates "YYYY-MM-DD", times "HH:MM", slugs and
// IANA zone names, and the month arithmetic behind policy.next_review_due.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace steward::policy {

// Returns true for exactly "YYYY-MM-DD" naming a real calendar day (year 1000-9999).
bool IsIsoDate(std::string_view text);

// Returns true for exactly "HH:MM", 00:00 to 23:59.
bool IsTimeOfDay(std::string_view text);

// Returns true for a tenant id: 1-64 characters of a-z, 0-9 and '-', not starting or ending with
// '-'.
bool IsSlug(std::string_view text);

// Returns true for "UTC" or an Area/Location name shaped like the IANA database's
// ("Europe/London", "America/Argentina/Buenos_Aires"). The shape is checked, not membership.
bool IsTimeZoneName(std::string_view text);

// Returns the ISO date `months` after `iso_date`, clamped to the month's last day
// ("2024-01-31" + 1 -> "2024-02-29"), or nullopt if `iso_date` is not a valid date.
std::optional<std::string> AddMonths(std::string_view iso_date, int months);

}  // namespace steward::policy
