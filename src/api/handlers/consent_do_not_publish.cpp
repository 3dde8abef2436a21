// Do-not-publish routes under /api/schools/{school_id} (CON-10, issue 4 item 2):
// GET do-not-publish, PUT do-not-publish/{pupil_id} {reason}, DELETE do-not-publish/{pupil_id}.
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/consent_http.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/consent/do_not_publish.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

struct Listed {
    domain::DoNotPublishEntry entry;
    std::optional<domain::Pupil> pupil;
};

net::awaitable<Response> List(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    auto listed = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Transact([&](domain::Tx& tx) -> core::Result<std::vector<Listed>> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kViewConsent, school_id);
            if (!access) return access.error();
            auto entries =
                domain::ListDoNotPublish(tx, access->actor, environment.clock, school_id);
            if (!entries) return entries.error();
            std::vector<Listed> out;
            for (auto& entry : *entries) {
                auto pupil = tx.Access().FindPupil(school_id, entry.pupil_id);
                if (!pupil) return pupil.error();
                out.push_back({std::move(entry), std::move(*pupil)});
            }
            return out;
        });
    });
    if (!listed) co_return ErrorResponse(listed.error());
    json::array pupils;
    for (const auto& item : *listed) {
        json::object row = DoNotPublishJson(item.entry);
        if (item.pupil) {
            row["first_name"] = item.pupil->first_name;
            row["last_name"] = item.pupil->last_name;
            row["preferred_name"] = item.pupil->preferred_name;
            row["year_group"] = item.pupil->year_group;
        }
        pupils.push_back(std::move(row));
    }
    co_return JsonResponse(200, json::object{{"pupils", std::move(pupils)}});
}

net::awaitable<Response> Put(ApiEnvironment& environment, RequestContext& context) {
    auto body = JsonObjectBody(context);  // judged after the permission check
    auto reason = body ? StringField(*body, "reason") : core::Result<std::string>(body.error());
    const std::string school_id = SchoolIdOf(context);
    const std::string pupil_id(context.Param("pupil_id").value_or(""));
    const Principal& principal = *context.principal();
    auto entry = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Transact(
            [&](domain::Tx& tx) -> core::Result<domain::DoNotPublishEntry> {
                auto access = AuthoriseAtSchool(tx, principal, Action::kRecordConsent, school_id);
                if (!access) return access.error();
                if (!reason) return reason.error();
                return domain::SetDoNotPublish(tx, access->actor, environment.clock, school_id,
                                               pupil_id, *reason);
            });
    });
    if (!entry) co_return ErrorResponse(entry.error());
    co_return JsonResponse(200, DoNotPublishJson(*entry));
}

net::awaitable<Response> Delete(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string pupil_id(context.Param("pupil_id").value_or(""));
    const Principal& principal = *context.principal();
    auto cleared = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Transact([&](domain::Tx& tx) -> core::Status {
            auto access = AuthoriseAtSchool(tx, principal, Action::kRecordConsent, school_id);
            if (!access) return access.error();
            return domain::ClearDoNotPublish(tx, access->actor, environment.clock, school_id,
                                             pupil_id);
        });
    });
    if (!cleared) co_return ErrorResponse(cleared.error());
    co_return JsonResponse(200, json::object{{"pupil_id", pupil_id}, {"do_not_publish", false}});
}

}  // namespace

void RegisterDoNotPublishRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/do-not-publish",
               {.summary = "The do-not-publish list with reason, who set it and when (CON-10). "
                           "Audited.",
                .tag = "consent"},
               [&environment](RequestContext& context) { return List(environment, context); });
    router.Add(Method::kPut, "/api/schools/{school_id}/do-not-publish/{pupil_id}",
               {.summary = "Puts a pupil on the do-not-publish list {reason}; overrides any "
                           "consent and survives roster re-imports.",
                .tag = "consent",
                .json_body = true},
               [&environment](RequestContext& context) { return Put(environment, context); });
    router.Add(Method::kDelete, "/api/schools/{school_id}/do-not-publish/{pupil_id}",
               {.summary = "Takes a pupil off the do-not-publish list.", .tag = "consent"},
               [&environment](RequestContext& context) { return Delete(environment, context); });
}

}  // namespace steward::api
