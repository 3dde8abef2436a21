// When the reporter first saw the matter, and whether the report came late (INC-10). Entry
// point: JudgeReportTiming(), called by OpenCase.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

struct ReportTiming {
    std::optional<core::TimePoint> first_seen_at;  // nullopt when the report gives none
    bool late = false;
};

// Reads fields["first_seen_at"] (already checked by ValidateReportForm): "YYYY-MM-DDTHH:MM[:SS]"
// is UK time, with a trailing Z UTC; a date alone counts as the end of that UK day, so a report
// made the same day is never late. The report is late when reported_at - first_seen_at exceeds
// incidents.late_report_flag_hours (default 24, whatever incidents.staff_report_timeliness says
// in words). A first sighting after reported_at is kept as given and is not late.
ReportTiming JudgeReportTiming(const std::map<std::string, std::string>& fields,
                               core::TimePoint reported_at, const policy::PolicyPack* pack);

}  // namespace steward::domain
