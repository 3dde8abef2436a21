// Format checks for pack values; dates and times use core/civil_date.hpp so every layer agrees.
#include "policy/text_formats.hpp"

#include <cctype>
#include <chrono>

#include "core/civil_date.hpp"

namespace steward::policy {
namespace {

bool IsZoneChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '+';
}

}  // namespace

bool IsIsoDate(std::string_view text) { return core::ParseIsoDate(text).has_value(); }

bool IsTimeOfDay(std::string_view text) { return core::ParseTimeOfDay(text).has_value(); }

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
    const auto date = core::ParseIsoDate(iso_date);
    if (!date || months < 0 || months > 1200) return std::nullopt;
    const std::chrono::year_month_day shifted = *date + std::chrono::months(months);
    if (static_cast<int>(shifted.year()) > 9999) return std::nullopt;
    if (shifted.ok()) return core::FormatIsoDate(shifted);
    // Day past the month's end (31 January + 1 month): clamp to the month's last day.
    const std::chrono::year_month_day_last last(shifted.year(),
                                                std::chrono::month_day_last(shifted.month()));
    return core::FormatIsoDate(std::chrono::year_month_day(last));
}

}  // namespace steward::policy
