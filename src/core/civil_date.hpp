// Civil dates (no time zone): strict ISO "YYYY-MM-DD" and "HH:MM" parsing, and the school's
// AcademicYear ("2026/27", 1 September to 31 August by default). Entry points: ParseIsoDate(),
// AcademicYear::Containing(). Dates are std::chrono::year_month_day; arithmetic uses sys_days.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace steward::core {

using Date = std::chrono::year_month_day;

// Parses exactly "YYYY-MM-DD" (four-digit year 1000-9999, two-digit month and day, a real
// calendar date). Returns kInvalidInput for anything else ("2026-1-5", "2026-02-30",
// "2026-01-05x"). `where` is copied into the error, e.g. "roster.csv line 14, column dob".
Result<Date> ParseIsoDate(std::string_view text, std::string_view where = {});

// Formats as "YYYY-MM-DD". `date` must be ok().
std::string FormatIsoDate(Date date);

// Parses exactly "HH:MM" (00:00 to 23:59) into minutes after midnight. Returns kInvalidInput
// otherwise ("9:00", "24:00", "17:00:00").
Result<std::chrono::minutes> ParseTimeOfDay(std::string_view text, std::string_view where = {});

// Formats minutes after midnight (0 to 1439) as "HH:MM".
std::string FormatTimeOfDay(std::chrono::minutes since_midnight);

// One school year: from the 1st of `start_month` to the day before the same date a year later.
// With the default start month 9 the label is "2026/27"; with start month 1 the year is a
// calendar year and the label is "2026". Plain value; thread-compatible.
class AcademicYear {
  public:
    static constexpr int kDefaultStartMonth = 9;

    // Returns the academic year that contains `date`. `start_month` must be 1-12 (checked).
    static AcademicYear Containing(Date date, int start_month = kDefaultStartMonth);

    // Returns the academic year starting in `start_year`. `start_month` must be 1-12 (checked).
    static AcademicYear StartingIn(int start_year, int start_month = kDefaultStartMonth);

    // Parses a label as produced by label(): "2026/27" (the second part must be the following
    // year), or "2026" when start_month is 1. Returns kInvalidInput otherwise, or if
    // start_month is not 1-12.
    static Result<AcademicYear> Parse(std::string_view label, int start_month = kDefaultStartMonth);

    // Returns "2026/27" (or "2026" for calendar-year schools).
    std::string label() const;
    int start_year() const { return start_year_; }
    int start_month() const { return start_month_; }
    Date start() const;  // first day, inclusive
    Date end() const;    // last day, inclusive
    bool Contains(Date date) const;

    // Returns the following / preceding academic year.
    AcademicYear Next() const { return AcademicYear(start_year_ + 1, start_month_); }
    AcademicYear Previous() const { return AcademicYear(start_year_ - 1, start_month_); }

    friend bool operator==(const AcademicYear&, const AcademicYear&) = default;

  private:
    AcademicYear(int start_year, int start_month)
        : start_year_(start_year), start_month_(start_month) {}

    int start_year_;
    int start_month_;
};

}  // namespace steward::core
