// What the case route files (cases.cpp, cases_steps.cpp, cases_decisions.cpp,
// cases_evidence.cpp) share: adding a route under /api/schools/{school_id}/, and running a
// POST cases/{case_id}/<step> with a JSON body. Every case route needs only kViewSchool at the
// permission table: who sees or handles a case is the cases room's decision
// (domain/cases/case_visibility.hpp), so an invisible case answers 404 like a missing one.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "api/auth/api_environment.hpp"
#include "api/error_mapping.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/router.hpp"
#include "api/server/run_blocking.hpp"

namespace steward::api::cases_http {

// Every case route's door: school_access.hpp's AtSchool with kViewSchool (see the top of this file).
template <class Fn>
auto CaseTransaction(ApiEnvironment& environment, const Principal& principal,
                     std::string_view school_id, TxMode mode, Fn&& body) {
    return AtSchool(environment, principal, school_id, domain::Action::kViewSchool, mode,
                    std::forward<Fn>(body));
}

// Adds `handler(environment, context)` at /api/schools/{school_id}/<path>, tagged "cases".
template <class Handler>
void AddCaseRoute(Router& router, ApiEnvironment& environment, Method method, const char* path,
                  RouteInfo info, Handler handler) {
    info.tag = "cases";
    router.Add(
        method, std::string("/api/schools/{school_id}/") + path, std::move(info),
        [&environment, handler](RequestContext& context) { return handler(environment, context); });
}

// POST cases/{case_id}/<step>: after the permission check, parses the JSON body with `parse`,
// then runs `apply(tx, actor, pack, school_id, case_id, input)` in one write transaction and
// answers `status` with the JSON value it returns.
template <class Parse, class Apply>
net::awaitable<Response> CaseStep(ApiEnvironment& environment, RequestContext& context, Parse parse,
                                  Apply apply, int status = 200) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    auto result = co_await RunBlocking(context.workers(), [&] {
        return CaseTransaction(
            environment, *context.principal(), school_id, TxMode::kWrite,
            [&](domain::Tx& tx, const SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<boost::json::value> {
                auto body = JsonObjectBody(context);  // after the permission check
                if (!body) return body.error();
                auto input = parse(*body);
                if (!input) return input.error();
                return apply(tx, access.actor, pack, school_id, case_id, *input);
            });
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(status, *result);
}

void RegisterCaseStepRoutes(Router& router, ApiEnvironment& environment);
void RegisterCaseDecisionRoutes(Router& router, ApiEnvironment& environment);
void RegisterCaseEvidenceRoutes(Router& router, ApiEnvironment& environment);

}  // namespace steward::api::cases_http
