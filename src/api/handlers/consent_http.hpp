// What the consent routes (consent.cpp, consent_do_not_publish.cpp, subject_access.cpp) share:
// the JSON of records, reports and do-not-publish entries, query and CSV-import helpers.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>

#include "api/auth/api_environment.hpp"
#include "api/server/http_types.hpp"
#include "api/server/router.hpp"
#include "core/result.hpp"
#include "domain/consent/consent_import.hpp"
#include "domain/consent/consent_reports.hpp"
#include "domain/consent/consent_store.hpp"
#include "formats/consent_csv.hpp"

namespace steward::api {

// CON-09: every record and lookup says what it covers.
inline constexpr std::string_view kConsentScope = "official school accounts only";

boost::json::object ConsentRecordJson(const domain::ConsentRecord& record);
// {pupil_id, reason, set_by, set_at (UTC seconds), from_roster}
boost::json::object DoNotPublishJson(const domain::DoNotPublishEntry& entry);
// {academic_year, total, year_groups:[{year_group, pupils:[{id, first_name, last_name,
// preferred_name}]}]}
boost::json::object MissingJson(const domain::MissingConsentReport& report);
// {academic_year, year_groups:[{year_group, pupils, with_decision, image_allowed}]}
boost::json::object CoverageJson(const domain::ConsentCoverageReport& report);


// Parser options that check each row against `basis` (roster, today, register).
formats::ConsentCsvOptions ConsentCsvOptionsFor(const domain::ConsentImportBasis& basis);

// GET do-not-publish, PUT and DELETE do-not-publish/{pupil_id} (consent_do_not_publish.cpp).
void RegisterDoNotPublishRoutes(Router& router, ApiEnvironment& environment);

}  // namespace steward::api
