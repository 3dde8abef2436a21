// Subject access routes (issue 4 item 8, AUD-04): GET /api/schools/{school_id}/subject-access/
// pupils/{pupil_id} and .../subject-access/staff/{person_id} return the JSON bundle, or with
// ?format=html the self-contained report. Both need view_consent and view_audit at the school
// (headteacher, DPO). Audited.
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/consent_http.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/handlers/subject_access_json.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/subject_access/posts_collector.hpp"
#include "domain/subject_access/sar_html.hpp"

namespace steward::api {
namespace {

using domain::Action;

// The report is inline-styled and has no scripts: let only its own <style> apply.
constexpr std::string_view kReportPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'";


net::awaitable<Response> Export(ApiEnvironment& environment, RequestContext& context,
                                domain::SubjectKind kind) {
    const std::string format = QueryParam(context.request().query, "format");
    if (!format.empty() && format != "json" && format != "html") {
        co_return ErrorResponse({core::ErrorCode::kInvalidInput, "format must be json or html.",
                                 "format"});
    }
    const std::string school_id = SchoolIdOf(context);
    const std::string subject_id(
        context.Param(kind == domain::SubjectKind::kPupil ? "pupil_id" : "person_id")
            .value_or(""));
    const Principal& principal = *context.principal();
    auto bundle = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Transact(
            [&](domain::Tx& tx) -> core::Result<domain::SubjectAccessBundle> {
                auto audit = AuthoriseAtSchool(tx, principal, Action::kViewAudit, school_id);
                if (!audit) return audit.error();
                auto access = AuthoriseAtSchool(tx, principal, Action::kViewConsent, school_id);
                if (!access) return access.error();
                const auto collectors = domain::RoomCollectors();
                return domain::CollectSubjectAccess(tx, access->actor, environment.clock,
                                                    school_id, kind, subject_id, collectors);
            });
    });
    if (!bundle) co_return ErrorResponse(bundle.error());
    if (format == "html") {
        Response response = Response::Text(200, domain::RenderSubjectAccessHtml(*bundle),
                                           "text/html; charset=utf-8");
        response.headers.emplace_back("content-security-policy", std::string(kReportPolicy));
        response.headers.emplace_back("cache-control", "no-store");
        co_return response;
    }
    Response response = JsonResponse(200, SubjectAccessJson(*bundle));
    response.headers.emplace_back("cache-control", "no-store");
    co_return response;
}

}  // namespace

void RegisterSubjectAccessRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/subject-access/pupils/{pupil_id}",
               {.summary = "Everything held about a pupil (subject access request) as JSON, or "
                           "?format=html for a self-contained report. Headteacher or DPO; "
                           "audited.",
                .tag = "consent"},
               [&environment](RequestContext& context) {
                   return Export(environment, context, domain::SubjectKind::kPupil);
               });
    router.Add(Method::kGet, "/api/schools/{school_id}/subject-access/staff/{person_id}",
               {.summary = "Everything held about a staff member (subject access request) as "
                           "JSON, or ?format=html for a self-contained report: person record, "
                           "roles, sign-in facts without secrets, posts, comments, cases "
                           "(reporters withheld), audit events. Headteacher or DPO, not about "
                           "themselves; audited.",
                .tag = "consent"},
               [&environment](RequestContext& context) {
                   return Export(environment, context, domain::SubjectKind::kStaff);
               });
}

}  // namespace steward::api
