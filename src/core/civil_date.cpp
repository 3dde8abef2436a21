#include "core/civil_date.hpp"

#include <cstdio>

namespace steward::core {
namespace {

// Reads exactly `count` ASCII digits at `text[pos]`; returns -1 if any is not a digit.
int ReadDigits(std::string_view text, size_t pos, size_t count) {
    if (pos + count > text.size()) return -1;
    int value = 0;
    for (size_t index = pos; index < pos + count; ++index) {
        const char digit = text[index];
        if (digit < '0' || digit > '9') return -1;
        value = value * 10 + (digit - '0');
    }
    return value;
}

Error InvalidInput(std::string message, std::string_view where) {
    return Error{ErrorCode::kInvalidInput, std::move(message), std::string(where)};
}

}  // namespace

Result<Date> ParseIsoDate(std::string_view text, std::string_view where) {
    const std::string kUse = " is not a date; use YYYY-MM-DD, e.g. 2026-09-01.";
    // Never echo long input back: it may be anything, including a pupil's data.
    const std::string shown = text.size() <= 20 ? "\"" + std::string(text) + "\"" : "The value";
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return InvalidInput(shown + kUse, where);
    }
    const int year = ReadDigits(text, 0, 4);
    const int month = ReadDigits(text, 5, 2);
    const int day = ReadDigits(text, 8, 2);
    if (year < 1000 || month < 0 || day < 0) return InvalidInput(shown + kUse, where);
    const Date date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                    std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok()) {
        return InvalidInput(shown + " is not a real calendar date; check the month and day.",
                            where);
    }
    return date;
}

std::string FormatIsoDate(Date date) {
    STEWARD_CHECK(date.ok());
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

Result<std::chrono::minutes> ParseTimeOfDay(std::string_view text, std::string_view where) {
    const std::string shown = text.size() <= 20 ? "\"" + std::string(text) + "\"" : "The value";
    const int hour = text.size() == 5 && text[2] == ':' ? ReadDigits(text, 0, 2) : -1;
    const int minute = hour >= 0 ? ReadDigits(text, 3, 2) : -1;
    if (hour < 0 || minute < 0 || hour > 23 || minute > 59) {
        return InvalidInput(shown + " is not a time of day; use HH:MM (24-hour), e.g. 17:00.",
                            where);
    }
    return std::chrono::hours(hour) + std::chrono::minutes(minute);
}

std::string FormatTimeOfDay(std::chrono::minutes since_midnight) {
    STEWARD_CHECK(since_midnight.count() >= 0 && since_midnight.count() < 24 * 60);
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(since_midnight.count() / 60),
                  static_cast<int>(since_midnight.count() % 60));
    return buffer;
}

AcademicYear AcademicYear::Containing(Date date, int start_month) {
    STEWARD_CHECK(start_month >= 1 && start_month <= 12 && date.ok());
    const int year = static_cast<int>(date.year());
    const int month = static_cast<int>(static_cast<unsigned>(date.month()));
    return AcademicYear(month >= start_month ? year : year - 1, start_month);
}

AcademicYear AcademicYear::StartingIn(int start_year, int start_month) {
    STEWARD_CHECK(start_month >= 1 && start_month <= 12);
    return AcademicYear(start_year, start_month);
}

Result<AcademicYear> AcademicYear::Parse(std::string_view label, int start_month) {
    if (start_month < 1 || start_month > 12) {
        return InvalidInput("The academic year start month must be 1 to 12.",
                            "calendar.academic_year_start_month");
    }
    const std::string shown = label.size() <= 20 ? "\"" + std::string(label) + "\"" : "The value";
    if (start_month == 1) {
        const int year = label.size() == 4 ? ReadDigits(label, 0, 4) : -1;
        if (year < 1000) {
            return InvalidInput(shown + " is not an academic year; use the year, e.g. 2026.", {});
        }
        return AcademicYear(year, start_month);
    }
    const int first = label.size() == 7 && label[4] == '/' ? ReadDigits(label, 0, 4) : -1;
    const int second = first >= 0 ? ReadDigits(label, 5, 2) : -1;
    if (first < 1000 || second < 0 || second != (first + 1) % 100) {
        return InvalidInput(shown + " is not an academic year; use YYYY/YY, e.g. 2026/27.", {});
    }
    return AcademicYear(first, start_month);
}

std::string AcademicYear::label() const {
    char buffer[16];
    if (start_month_ == 1) {
        std::snprintf(buffer, sizeof buffer, "%04d", start_year_);
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d/%02d", start_year_, (start_year_ + 1) % 100);
    }
    return buffer;
}

Date AcademicYear::start() const {
    return Date{std::chrono::year(start_year_),
                std::chrono::month(static_cast<unsigned>(start_month_)), std::chrono::day(1)};
}

Date AcademicYear::end() const {
    return Date{std::chrono::sys_days(Next().start()) - std::chrono::days(1)};
}

bool AcademicYear::Contains(Date date) const { return date >= start() && date <= end(); }

}  // namespace steward::core
