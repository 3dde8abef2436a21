// Follower vetting routes (issue 7 item 7; MON-12, MON-13) under /api/schools/{school_id}:
// GET follower-requests (?pending=true), POST follower-requests ({account_id, platform?,
// requester_handle, requester_kind, security_checked?, note?}) and
// POST follower-requests/{request_id}/decision ({decision: accepted|declined, reason}).
// kVetFollowers at the permission table; who decides which request is the cases room's rule.
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/cases/follower_vetting.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

json::object RequestJson(const domain::FollowerRequest& request) {
    json::object out{{"id", request.id},
                     {"school_id", request.school_id},
                     {"account_id", request.account_id},
                     {"platform", request.platform},
                     {"requester_handle", request.requester_handle},
                     {"requester_kind", domain::RequesterKindKey(request.requester_kind)},
                     {"security_checked", request.security_checked},
                     {"note", request.note},
                     {"approver_role", domain::RoleKey(request.approver_role)},
                     {"decision", domain::FollowerDecisionKey(request.decision)},
                     {"decided_by", request.decided_by},
                     {"decision_reason", request.decision_reason},
                     {"logged_by", request.logged_by},
                     {"created_at", request.created_at.time_since_epoch().count()}};
    out["decided_at"] = request.decided_at
                            ? json::value(request.decided_at->time_since_epoch().count())
                            : json::value(nullptr);
    return out;
}

template <class Fn>
auto Vetting(ApiEnvironment& environment, const Principal& principal, const std::string& school_id,
             Fn body) {
    return environment.store.Transact(
        [&](domain::Tx& tx)
            -> std::invoke_result_t<Fn&, domain::Tx&, SchoolAccess&, const policy::PolicyPack*> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kVetFollowers, school_id);
            if (!access) return access.error();
            return body(tx, *access,
                        PackFor(environment.packs, school_id, access->school.trust_id));
        });
}

net::awaitable<Response> ListRequests(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const bool pending_only = context.request().query.find("pending=true") != std::string::npos;
    auto requests = co_await RunBlocking(context.workers(), [&] {
        return Vetting(environment, *context.principal(), school_id,
                       [&](domain::Tx& tx, SchoolAccess&, const policy::PolicyPack*) {
                           return domain::ListFollowerRequests(tx, school_id);
                       });
    });
    if (!requests) co_return ErrorResponse(requests.error());
    json::array out;
    for (const auto& request : *requests) {
        if (pending_only && request.decision != domain::FollowerDecision::kPending) continue;
        out.push_back(RequestJson(request));
    }
    co_return JsonResponse(200, json::object{{"follower_requests", std::move(out)}});
}

core::Result<domain::FollowerRequest> RequestFrom(const json::object& body, std::string school_id) {
    domain::FollowerRequest request;
    request.school_id = std::move(school_id);
    for (auto [field, target, required] :
         {std::tuple{"account_id", &request.account_id, true},
          std::tuple{"requester_handle", &request.requester_handle, true},
          std::tuple{"platform", &request.platform, false},
          std::tuple{"note", &request.note, false}}) {
        auto value = StringField(body, field, required);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    auto kind = StringField(body, "requester_kind");
    if (!kind) return kind.error();
    const auto parsed = domain::ParseRequesterKind(*kind);
    if (!parsed) {
        return Invalid(
            "Use a requester kind: pupil, parent, staff, governor, community_adult,"
            " external_organisation or unknown.",
            "requester_kind");
    }
    request.requester_kind = *parsed;
    if (const json::value* checked = body.if_contains("security_checked");
        checked && !checked->is_null()) {
        if (!checked->is_bool()) {
            return Invalid("The field security_checked must be true or false.", "security_checked");
        }
        request.security_checked = checked->as_bool();
    }
    return request;
}

net::awaitable<Response> LogRequest(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto logged = co_await RunBlocking(context.workers(), [&] {
        return Vetting(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::FollowerRequest> {
                auto body = JsonObjectBody(context);  // after the permission check
                if (!body) return body.error();
                auto request = RequestFrom(*body, school_id);
                if (!request) return request.error();
                return domain::LogFollowerRequest(tx, access.actor, environment.clock, pack,
                                                  std::move(*request));
            });
    });
    if (!logged) co_return ErrorResponse(logged.error());
    co_return JsonResponse(201, RequestJson(*logged));
}

net::awaitable<Response> Decide(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string request_id(context.Param("request_id").value_or(""));
    auto decided = co_await RunBlocking(context.workers(), [&] {
        return Vetting(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::FollowerRequest> {
                auto body = JsonObjectBody(context);  // after the permission check
                if (!body) return body.error();
                auto decision_text = StringField(*body, "decision");
                if (!decision_text) return decision_text.error();
                const auto decision = domain::ParseFollowerDecision(*decision_text);
                if (!decision || *decision == domain::FollowerDecision::kPending) {
                    return Invalid("Decide accepted or declined.", "decision");
                }
                auto reason = StringField(*body, "reason");
                if (!reason) return reason.error();
                return domain::DecideFollowerRequest(tx, access.actor, environment.clock, pack,
                                                     school_id, request_id, *decision, *reason);
            });
    });
    if (!decided) co_return ErrorResponse(decided.error());
    co_return JsonResponse(200, RequestJson(*decided));
}

}  // namespace

void RegisterFollowerRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(
        Method::kGet, "/api/schools/{school_id}/follower-requests",
        {.summary = "Follow and friend requests to the school's official accounts, newest "
                    "first (?pending=true).",
         .tag = "followers"},
        [&environment](RequestContext& context) { return ListRequests(environment, context); });
    router.Add(
        Method::kPost, "/api/schools/{school_id}/follower-requests",
        {.summary = "Logs a request: {account_id, requester_handle, requester_kind, "
                    "platform?, security_checked?, note?}; the pack names who decides.",
         .tag = "followers",
         .json_body = true},
        [&environment](RequestContext& context) { return LogRequest(environment, context); });
    router.Add(Method::kPost, "/api/schools/{school_id}/follower-requests/{request_id}/decision",
               {.summary = "Decides a request: {decision: accepted|declined, reason}; only the "
                           "approver role of the request may.",
                .tag = "followers",
                .json_body = true},
               [&environment](RequestContext& context) { return Decide(environment, context); });
}

}  // namespace steward::api
