// JSON of the subject access bundle.
#include "api/handlers/subject_access_json.hpp"

#include "api/handlers/consent_http.hpp"
#include "domain/subject_access/sar_html.hpp"

namespace steward::api {

namespace json = boost::json;

namespace {

json::object PupilJson(const domain::Pupil& pupil) {
    return json::object{{"id", pupil.id},
                        {"first_name", pupil.first_name},
                        {"last_name", pupil.last_name},
                        {"preferred_name", pupil.preferred_name},
                        {"year_group", pupil.year_group},
                        {"do_not_publish", pupil.do_not_publish}};
}

json::object EventJson(const domain::AuditEvent& event) {
    return json::object{{"seq", event.seq},
                        {"at", domain::FormatUtc(event.at)},
                        {"actor", event.actor},
                        {"actor_role", event.actor_role},
                        {"action", event.action},
                        {"object_type", event.object_type},
                        {"object_id", event.object_id},
                        {"before", event.before},
                        {"after", event.after}};
}

json::array SectionsJson(const std::vector<domain::SubjectAccessSection>& sections) {
    json::array out;
    for (const auto& section : sections) {
        json::array items;
        for (const auto& item : section.items) {
            json::object fields;
            for (const auto& [field, value] : item) fields[field] = value;
            items.push_back(std::move(fields));
        }
        out.push_back(json::object{
            {"room", section.room}, {"title", section.title}, {"items", std::move(items)}});
    }
    return out;
}

}  // namespace

json::object SubjectAccessJson(const domain::SubjectAccessBundle& bundle) {
    json::array consent;
    for (const auto& record : bundle.consent) consent.push_back(ConsentRecordJson(record));
    json::array events;
    for (const auto& event : bundle.audit_events) events.push_back(EventJson(event));
    return json::object{
        {"format", "steward.subject_access.v1"},
        {"school_id", bundle.school_id},
        {"pupil_id", bundle.pupil_id},
        {"generated_at", domain::FormatUtc(bundle.generated_at)},
        {"generated_by", bundle.generated_by},
        {"pupil", PupilJson(bundle.pupil)},
        {"consent", std::move(consent)},
        {"do_not_publish", bundle.do_not_publish
                               ? json::value(DoNotPublishJson(*bundle.do_not_publish))
                               : json::value(nullptr)},
        {"sections", SectionsJson(bundle.sections)},
        {"audit_events", std::move(events)}};
}

}  // namespace steward::api
