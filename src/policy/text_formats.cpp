// Format checks for pack values; kept local to policy so the loader depends on nothing but core.
#include "policy/text_formats.hpp"

#include <cctype>
#include <cstdio>

namespace steward::policy {
namespace {

bool IsDigits(std::string_view text) {
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    return !text.empty();
}

int ToInt(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsZoneChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '+';
}

}  // namespace

bool IsIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    const std::string_view year = text.substr(0, 4);
    const std::string_view month = text.substr(5, 2);
    const std::string_view day = text.substr(8, 2);
    if (!IsDigits(year) || !IsDigits(month) || !IsDigits(day)) return false;
    const int y = ToInt(year);
    const int m = ToInt(month);
    const int d = ToInt(day);
    return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

bool IsTimeOfDay(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return false;
    const std::string_view hours = text.substr(0, 2);
    const std::string_view minutes = text.substr(3, 2);
    return IsDigits(hours) && IsDigits(minutes) && ToInt(hours) < 24 && ToInt(minutes) < 60;
}

bool IsSlug(std::string_view text) {
    if (text.empty() || text.size() > 64 || text.front() == '-' || text.back() == '-') return false;
    for (char c : text) {
        const bool lower = c >= 'a' && c <= 'z';
        const bool digit = c >= '0' && c <= '9';
        if (!lower && !digit && c != '-') return false;
    }
    return true;
}

bool IsTimeZoneName(std::string_view text) {
    if (text == "UTC") return true;
    if (text.size() > 64 || text.find('/') == std::string_view::npos) return false;
    if (!std::isupper(static_cast<unsigned char>(text.front()))) return false;
    char previous = '/';
    for (char c : text) {
        if (c == '/' && previous == '/') return false;  // empty part
        if (c != '/' && !IsZoneChar(c)) return false;
        previous = c;
    }
    return previous != '/';
}

std::optional<std::string> AddMonths(std::string_view iso_date, int months) {
    if (!IsIsoDate(iso_date) || months < 0 || months > 1200) return std::nullopt;
    const int total = ToInt(iso_date.substr(0, 4)) * 12 + ToInt(iso_date.substr(5, 2)) - 1 + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    if (year > 9999) return std::nullopt;
    int day = ToInt(iso_date.substr(8, 2));
    if (day > DaysInMonth(year, month)) day = DaysInMonth(year, month);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

}  // namespace steward::policy
