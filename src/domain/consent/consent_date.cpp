// Date parsing is strict: a register that silently misreads "2025-13-01" would misjudge consent.
#include "domain/consent/consent_date.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

#include "core/civil_date.hpp"

namespace steward::domain {
namespace {

std::optional<int> ParseDigits(std::string_view text) {
    if (text.empty()) return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

int DaysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::string Date::ToIso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::optional<Date> ParseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto year = ParseDigits(text.substr(0, 4));
    auto month = ParseDigits(text.substr(5, 2));
    auto day = ParseDigits(text.substr(8, 2));
    if (!year || !month || !day || *month < 1 || *month > 12) return std::nullopt;
    if (*day < 1 || *day > DaysInMonth(*year, *month)) return std::nullopt;
    return Date{*year, *month, *day};
}

std::string AcademicYear::ToString() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d/%02d", start_year, (start_year + 1) % 100);
    return buffer;
}

AcademicYear AcademicYearOf(Date date) {
    // One definition of the school year for the whole system: core's calendar.
    const core::Date civil{std::chrono::year{date.year},
                           std::chrono::month{static_cast<unsigned>(date.month)},
                           std::chrono::day{static_cast<unsigned>(date.day)}};
    if (!civil.ok()) return AcademicYear{date.month >= 9 ? date.year : date.year - 1};
    return AcademicYear{core::AcademicYear::Containing(civil).start_year()};
}

std::optional<AcademicYear> ParseAcademicYear(std::string_view text) {
    if (text.size() < 7 || (text[4] != '/' && text[4] != '-')) return std::nullopt;
    auto first = ParseDigits(text.substr(0, 4));
    auto second = ParseDigits(text.substr(5));
    if (!first || !second) return std::nullopt;
    const std::size_t digits = text.size() - 5;
    const bool follows = (digits == 2 && *second == (*first + 1) % 100) ||
                         (digits == 4 && *second == *first + 1);
    if (!follows) return std::nullopt;
    return AcademicYear{*first};
}

}  // namespace steward::domain
