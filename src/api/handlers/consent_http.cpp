// JSON and request helpers of the consent routes.
#include "api/handlers/consent_http.hpp"


#include "api/handlers/school_access.hpp"

namespace steward::api {

namespace json = boost::json;

json::object ConsentRecordJson(const domain::ConsentRecord& record) {
    return json::object{
        {"id", record.id},
        {"pupil_id", record.pupil_id},
        {"academic_year", record.academic_year.ToString()},
        {"platform", domain::PlatformName(record.platform)},
        {"image", record.image},
        {"video", record.video},
        {"name", record.name},
        {"given_by", domain::ConsentGiverName(record.given_by)},
        {"method", record.method},
        {"recorded_on", record.recorded_on.ToIso()},
        {"recorded_by", record.recorded_by},
        {"amends_id", record.amends_id.empty() ? json::value(nullptr) : json::value(record.amends_id)},
        {"revision", record.revision},
        {"withdrawn_on",
         record.withdrawn_on ? json::value(record.withdrawn_on->ToIso()) : json::value(nullptr)},
        {"withdrawal_note", record.withdrawal_note},
        {"withdrawn_by", record.withdrawn_by},
        {"scope", kConsentScope}};
}

json::object DoNotPublishJson(const domain::DoNotPublishEntry& entry) {
    return json::object{{"pupil_id", entry.pupil_id},
                        {"reason", entry.reason},
                        {"set_by", entry.set_by},
                        {"set_at", entry.from_roster ? json::value(nullptr)
                                                     : json::value(entry.set_at.time_since_epoch().count())},
                        {"from_roster", entry.from_roster}};
}

json::object MissingJson(const domain::MissingConsentReport& report) {
    json::array groups;
    for (const auto& group : report.year_groups) {
        json::array pupils;
        for (const auto& pupil : group.pupils) {
            pupils.push_back(json::object{{"id", pupil.id},
                                          {"first_name", pupil.first_name},
                                          {"last_name", pupil.last_name},
                                          {"preferred_name", pupil.preferred_name}});
        }
        groups.push_back(json::object{{"year_group", group.year_group},
                                      {"count", group.pupils.size()},
                                      {"pupils", std::move(pupils)}});
    }
    return json::object{{"academic_year", report.academic_year.ToString()},
                        {"total", report.total},
                        {"year_groups", std::move(groups)}};
}

json::object CoverageJson(const domain::ConsentCoverageReport& report) {
    json::array groups;
    for (const auto& group : report.year_groups) {
        groups.push_back(json::object{{"year_group", group.year_group},
                                      {"pupils", group.pupils},
                                      {"with_decision", group.with_decision},
                                      {"image_allowed", group.image_allowed}});
    }
    return json::object{{"academic_year", report.academic_year.ToString()},
                        {"year_groups", std::move(groups)}};
}

formats::ConsentCsvOptions ConsentCsvOptionsFor(const domain::ConsentImportBasis& basis) {
    formats::ConsentCsvOptions options;
    options.roster = basis.roster();
    options.today = basis.today();
    options.one_decision_per_year = true;
    options.row_check = [&basis](const domain::ConsentRecord& record) {
        return basis.Problem(record);
    };
    return options;
}

}  // namespace steward::api
