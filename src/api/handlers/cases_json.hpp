// JSON shapes of the cases routes (cases*.cpp): a case, its detail with notes, members,
// evidence, decisions and block tasks, the report forms, and the small parsing helpers the
// case routes share. Times are UTC seconds since 1970.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_records.hpp"
#include "domain/cases/case_service.hpp"

namespace steward::api::cases_json {

boost::json::object CaseJson(const domain::Case& record);
boost::json::object EvidenceJson(const domain::CaseEvidence& evidence);
boost::json::object DecisionJson(const domain::CaseDecision& decision);
boost::json::object BlockTaskJson(const domain::BlockTask& task);
boost::json::object DetailJson(const domain::CaseDetail& detail);
// Every concern type's report form: {concern_type, fields: [{name, required, choices, datetime}]}.
boost::json::array FormsJson();

// Reads an optional array of strings (at most 50); kInvalidInput naming `name` otherwise.
core::Result<std::vector<std::string>> StringList(const boost::json::object& body,
                                                  std::string_view name);
int64_t Seconds(core::TimePoint at);

}  // namespace steward::api::cases_json
