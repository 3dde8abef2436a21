#include "domain/cases/report_timing.hpp"

#include <charconv>

#include "core/civil_date.hpp"
#include "core/uk_time.hpp"

namespace steward::domain {
namespace {

constexpr int kDefaultLateHours = 24;

int Number(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

// Parses what case_forms.cpp's IsDateTime accepted; nullopt for a date that does not exist.
std::optional<core::TimePoint> Parse(std::string_view text) {
    auto date = core::ParseIsoDate(text.substr(0, 10));
    if (!date) return std::nullopt;
    const core::TimeZone london = core::TimeZone::London();
    std::string_view rest = text.substr(10);
    if (rest.empty()) {  // the end of that UK day: the benefit of the doubt
        return london.AtLocal(*date, std::chrono::minutes(24 * 60 - 1)) + std::chrono::seconds(59);
    }
    const bool utc = rest.back() == 'Z';
    if (utc) rest.remove_suffix(1);
    const int hours = Number(rest.substr(1, 2));
    const int minutes = Number(rest.substr(4, 2));
    const int seconds = rest.size() == 9 ? Number(rest.substr(7, 2)) : 0;
    if (hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
    const auto time_of_day = std::chrono::minutes(hours * 60 + minutes);
    const auto extra = std::chrono::seconds(seconds);
    if (utc) {
        return core::TimePoint(std::chrono::sys_days(*date)) + time_of_day + extra;
    }
    return london.AtLocal(*date, time_of_day) + extra;
}

}  // namespace

ReportTiming JudgeReportTiming(const std::map<std::string, std::string>& fields,
                               core::TimePoint reported_at, const policy::PolicyPack* pack) {
    ReportTiming timing;
    const auto given = fields.find("first_seen_at");
    if (given == fields.end() || given->second.size() < 10) return timing;
    timing.first_seen_at = Parse(given->second);
    if (!timing.first_seen_at) return timing;
    const int hours = pack != nullptr ? pack->incidents.late_report_flag_hours : kDefaultLateHours;
    // Req: INC-10 late when the gap exceeds the configured threshold.
    timing.late = reported_at - *timing.first_seen_at > std::chrono::hours(hours);
    return timing;
}

}  // namespace steward::domain
