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

json::object PersonJson(const domain::Person& person) {
    return json::object{{"id", person.id},
                        {"display_name", person.display_name},
                        {"email", person.email},
                        {"category", domain::PersonCategoryKey(person.category)},
                        {"school_id", person.school_id},
                        {"trust_id", person.trust_id},
                        {"start_date", person.start_date},
                        {"end_date", person.end_date},
                        {"status", domain::PersonStatusKey(person.status)}};
}

// Roles and sign-in accounts; never a password hash or a session token.
void AddStaffRecord(json::object& out, const domain::StaffRecord& staff) {
    json::array roles;
    for (const auto& role : staff.roles) {
        roles.push_back(json::object{{"role", domain::RoleKey(role.role)},
                                     {"school_id", role.school_id},
                                     {"trust_id", role.trust_id}});
    }
    json::array accounts;
    for (const auto& account : staff.accounts) {
        accounts.push_back(json::object{
            {"user_id", account.user_id},
            {"username", account.username},
            {"email", account.email},
            {"created_at", domain::FormatUtc(account.created_at)},
            {"disabled", account.disabled},
            {"sign_ins", account.sign_ins},
            {"failed_sign_ins", account.failed_sign_ins},
            {"last_sign_in", account.last_sign_in
                                 ? json::value(domain::FormatUtc(*account.last_sign_in))
                                 : json::value(nullptr)}});
    }
    out["roles"] = std::move(roles);
    out["sign_in_accounts"] = std::move(accounts);
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
    json::array events;
    for (const auto& event : bundle.audit_events) events.push_back(EventJson(event));
    const bool pupil = bundle.subject.kind == domain::SubjectKind::kPupil;
    json::object out{{"format", "steward.subject_access.v1"},
                     {"subject_kind", domain::SubjectKindName(bundle.subject.kind)},
                     {"school_id", bundle.school_id},
                     {pupil ? "pupil_id" : "person_id", bundle.subject.id},
                     {"generated_at", domain::FormatUtc(bundle.generated_at)},
                     {"generated_by", bundle.generated_by}};
    if (pupil) {
        json::array consent;
        for (const auto& record : bundle.consent) consent.push_back(ConsentRecordJson(record));
        out["pupil"] = PupilJson(bundle.subject.pupil);
        out["consent"] = std::move(consent);
        out["do_not_publish"] = bundle.do_not_publish
                                    ? json::value(DoNotPublishJson(*bundle.do_not_publish))
                                    : json::value(nullptr);
    } else {
        out["person"] = PersonJson(bundle.subject.person);
        AddStaffRecord(out, bundle.staff ? *bundle.staff : domain::StaffRecord{});
    }
    out["sections"] = SectionsJson(bundle.sections);
    out["audit_events"] = std::move(events);
    out["withheld_notice"] = bundle.withheld_notice;
    return out;
}

}  // namespace steward::api
