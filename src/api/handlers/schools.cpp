// School routes: GET /api/schools (those the principal may see) and GET /api/schools/{school_id}
// (the school, its trust, its policy pack summary and the titles it gives each role).
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "policy/policy_enums.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

json::object SchoolJson(const domain::School& school) {
    return json::object{{"id", school.id}, {"name", school.name}, {"trust_id", school.trust_id}};
}

json::value PackSummary(const policy::PolicyPack* pack) {
    if (pack == nullptr) return nullptr;
    json::object roles;
    for (policy::Role role : pack->roles.present) {
        roles[policy::RoleKey(role)] = policy::RoleTitle(pack->roles, role);
    }
    return json::object{
        {"pack_id", pack->meta.school_id},
        {"name", pack->meta.school_name},
        {"organisation_type", policy::EnumName(pack->meta.organisation_type)},
        {"nation", policy::EnumName(pack->meta.nation)},
        {"schema_version", pack->meta.schema_version},
        {"policy_title", pack->policy.title},
        {"next_review_due", pack->policy.next_review_due},
        {"role_titles", std::move(roles)},
    };
}

net::awaitable<Response> ListSchools(ApiEnvironment& environment, RequestContext& context) {
    const auto roles = RolesOf(*context.principal());
    auto schools = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read(
            [&](domain::Tx& tx) { return tx.Access().ListSchools(""); });
    });
    if (!schools) co_return ErrorResponse(schools.error());
    json::array visible;
    for (const auto& school : *schools) {
        if (domain::CanSeeSchool(roles, school.id, school.trust_id)) {
            visible.push_back(SchoolJson(school));
        }
    }
    co_return JsonResponse(200, json::object{{"schools", std::move(visible)}});
}

net::awaitable<Response> GetSchool(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    struct Found {
        domain::School school;
        std::string trust_name;
    };
    auto found = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read([&](domain::Tx& tx) -> core::Result<Found> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kViewSchool, school_id);
            if (!access) return access.error();
            Found result{access->school, ""};
            if (result.school.trust_id.empty()) return result;
            auto trust = tx.Access().FindTrust(result.school.trust_id);
            if (!trust) return trust.error();
            if (*trust) result.trust_name = (*trust)->name;
            return result;
        });
    });
    if (!found) co_return ErrorResponse(found.error());
    json::object body = SchoolJson(found->school);
    body["trust_name"] = found->trust_name;
    body["policy"] = PackSummary(PackFor(environment.packs, found->school.id,
                                         found->school.trust_id));
    co_return JsonResponse(200, body);
}

}  // namespace

void RegisterSchoolRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools",
               {.summary = "The schools the signed-in user may see (their own; all of their "
                           "trust for trust-wide roles).",
                .tag = "schools"},
               [&environment](RequestContext& context) {
                   return ListSchools(environment, context);
               });
    router.Add(Method::kGet, "/api/schools/{school_id}",
               {.summary = "One school with its trust, policy pack summary and role titles.",
                .tag = "schools"},
               [&environment](RequestContext& context) {
                   return GetSchool(environment, context);
               });
}

}  // namespace steward::api
