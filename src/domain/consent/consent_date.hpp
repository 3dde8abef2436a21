// Dates and academic years as the consent rules use them (1 September to 31 August). A small
// value Date keeps the register's hot path cheap; the academic-year boundary itself comes from
// core's calendar (core/civil_date.hpp). Entry points: ParseIsoDate(), AcademicYearOf().
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace steward::domain {

// A calendar date without time zone.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;

    // Returns "YYYY-MM-DD".
    std::string ToIso() const;
};

// Parses "YYYY-MM-DD" and checks that the day exists; returns nullopt otherwise.
std::optional<Date> ParseIsoDate(std::string_view text);

// An academic year, named by the calendar year in which it starts: 2025 is "2025/26".
struct AcademicYear {
    int start_year = 0;
    auto operator<=>(const AcademicYear&) const = default;

    // Returns "2025/26".
    std::string ToString() const;
};

// Returns the academic year containing `date`: 1 Sept to 31 Aug (2026-08-20 -> 2025/26).
AcademicYear AcademicYearOf(Date date);

// Parses "2025/26" (also "2025-26" and "2025/2026"); the second year must follow the first.
std::optional<AcademicYear> ParseAcademicYear(std::string_view text);

}  // namespace steward::domain
