// School contact routes (issue 4): GET /api/schools/{school_id}/contacts, anyone at the school;
// PUT .../contacts, those who keep the school's organisation records (kManagePeople: the
// headteacher, senior leaders, the IT manager, the trust board). Both answer with can_edit:
// whether the signed-in user may PUT (the same check PUT makes), so a page offers its form only
// to them. The body is the contact part of school.json (testdata/dev/school.json): {address,
// postcode, phones:[], emails:[], website, handles: [..] or {platform: handle},
// motto_hashtags:[], public_venues:[{name, address, postcode}]}; a missing field is empty, other
// fields (name, staff, can_edit) are ignored. A PUT replaces them all. The server's post check
// then treats them as the school's own, never personal data.
#include <boost/json.hpp>
#include <tuple>
#include <utility>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/schools/school_contacts.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

json::array Strings(const std::vector<std::string>& values) {
    json::array out;
    for (const auto& value : values) out.push_back(json::value(value));
    return out;
}

json::object ContactsJson(const domain::SchoolContacts& contacts, bool can_edit) {
    json::array venues;
    for (const auto& venue : contacts.public_venues) {
        venues.push_back(json::object{
            {"name", venue.name}, {"address", venue.address}, {"postcode", venue.postcode}});
    }
    return json::object{{"address", contacts.address},
                        {"postcode", contacts.postcode},
                        {"phones", Strings(contacts.phones)},
                        {"emails", Strings(contacts.emails)},
                        {"website", contacts.website},
                        {"handles", Strings(contacts.handles)},
                        {"motto_hashtags", Strings(contacts.motto_hashtags)},
                        {"public_venues", std::move(venues)},
                        {"can_edit", can_edit}};
}

// A list of strings; `allow_object` also takes {key: string} and keeps the values (handles).
core::Result<std::vector<std::string>> StringList(const json::object& body, std::string_view name,
                                                  bool allow_object = false) {
    std::vector<std::string> out;
    const json::value* value = body.if_contains(name);
    if (value == nullptr || value->is_null()) return out;
    const std::string field(name);
    const auto wrong = [&] {
        return Invalid("The field " + field + " must be a list of text values" +
                           (allow_object ? " (or an object of platform: handle)." : "."),
                       field);
    };
    if (allow_object && value->is_object()) {
        for (const auto& entry : value->as_object()) {
            if (!entry.value().is_string()) return wrong();
            out.emplace_back(entry.value().as_string());
        }
        return out;
    }
    if (!value->is_array()) return wrong();
    for (const json::value& item : value->as_array()) {
        if (!item.is_string()) return wrong();
        out.emplace_back(item.as_string());
    }
    return out;
}

core::Result<std::vector<domain::PublicVenue>> Venues(const json::object& body) {
    std::vector<domain::PublicVenue> venues;
    const json::value* value = body.if_contains("public_venues");
    if (value == nullptr || value->is_null()) return venues;
    const auto wrong = [] {
        return Invalid("The field public_venues must be a list of {name, address, postcode}.",
                       "public_venues");
    };
    if (!value->is_array()) return wrong();
    for (const json::value& item : value->as_array()) {
        if (!item.is_object()) return wrong();
        domain::PublicVenue venue;
        for (auto [key, target] : {std::pair{"name", &venue.name},
                                   std::pair{"address", &venue.address},
                                   std::pair{"postcode", &venue.postcode}}) {
            auto text = StringField(item.as_object(), key, false);
            if (!text) return Invalid(text.error().message, "public_venues." + std::string(key));
            *target = std::move(*text);
        }
        venues.push_back(std::move(venue));
    }
    return venues;
}

core::Result<domain::SchoolContacts> ContactsFromBody(const json::object& body) {
    domain::SchoolContacts contacts;
    for (auto [key, target] : {std::pair{"address", &contacts.address},
                               std::pair{"postcode", &contacts.postcode},
                               std::pair{"website", &contacts.website}}) {
        auto text = StringField(body, key, false);
        if (!text) return text.error();
        *target = std::move(*text);
    }
    for (auto [key, target, allow_object] :
         {std::tuple{"phones", &contacts.phones, false},
          std::tuple{"emails", &contacts.emails, false},
          std::tuple{"handles", &contacts.handles, true},
          std::tuple{"motto_hashtags", &contacts.motto_hashtags, false}}) {
        auto list = StringList(body, key, allow_object);
        if (!list) return list.error();
        *target = std::move(*list);
    }
    auto venues = Venues(body);
    if (!venues) return venues.error();
    contacts.public_venues = std::move(*venues);
    return contacts;
}

net::awaitable<Response> GetContacts(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    bool can_edit = false;
    auto contacts = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(environment, principal, school_id, Action::kViewSchool, TxMode::kRead,
                        [&](domain::Tx& tx, const SchoolAccess&, const policy::PolicyPack*) {
                            can_edit = AuthoriseAtSchool(tx, principal, Action::kManagePeople,
                                                         school_id)
                                           .has_value();
                            return domain::ReadSchoolContacts(tx, school_id);
                        });
    });
    if (!contacts) co_return ErrorResponse(contacts.error());
    co_return JsonResponse(200, ContactsJson(*contacts, can_edit));
}

net::awaitable<Response> PutContacts(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    auto stored = co_await RunBlocking(
        context.workers(), [&]() -> core::Result<domain::SchoolContacts> {
            auto access =
                AuthoriseAtSchool(environment.store, principal, Action::kManagePeople, school_id);
            if (!access) return access.error();
            auto body = JsonObjectBody(context);  // judged after the permission check
            if (!body) return body.error();
            auto contacts = ContactsFromBody(*body);
            if (!contacts) return contacts.error();
            return domain::SetSchoolContacts(environment.store, environment.clock, access->actor,
                                             school_id, std::move(*contacts));
        });
    if (!stored) co_return ErrorResponse(stored.error());
    co_return JsonResponse(200, ContactsJson(*stored, true));
}

}  // namespace

void RegisterSchoolContactRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/contacts",
               {.summary = "The school's own published contacts: {address, postcode, phones, "
                           "emails, website, handles, motto_hashtags, public_venues, can_edit}; "
                           "can_edit says whether the signed-in user may PUT them.",
                .tag = "schools"},
               [&environment](RequestContext& context) {
                   return GetContacts(environment, context);
               });
    router.Add(Method::kPut, "/api/schools/{school_id}/contacts",
               {.summary = "Replaces the school's own contacts (same shape as GET; handles may "
                           "also be {platform: handle}). The post check never flags them as "
                           "personal data.",
                .tag = "schools",
                .json_body = true},
               [&environment](RequestContext& context) {
                   return PutContacts(environment, context);
               });
}

}  // namespace steward::api
