// Case routes (issue 7 items 5-6) under /api/schools/{school_id}: GET case-forms, GET cases
// (?assigned=me&state=&open=true), POST cases (report form), GET cases/{case_id}. The steps
// after a report are in cases_steps.cpp (transition, notes, members), cases_decisions.cpp
// (initial assessment, police decision, media approval and reply, block tasks) and
// cases_evidence.cpp (upload and download); their JSON in cases_json.cpp.
#include <boost/json.hpp>

#include "api/handlers/cases_http.hpp"
#include "api/handlers/cases_json.hpp"
#include "api/handlers/domain_routes.hpp"
#include "domain/cases/case_service.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

net::awaitable<Response> ListForms(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto allowed = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read([&](domain::Tx& tx) {
            return AuthoriseAtSchool(tx, *context.principal(), Action::kViewSchool, school_id);
        });
    });
    if (!allowed) co_return ErrorResponse(allowed.error());
    co_return JsonResponse(200, json::object{{"forms", cases_json::FormsJson()}});
}

core::Result<domain::CaseFilter> FilterFrom(std::string_view query) {
    domain::CaseFilter filter;
    const std::string assigned = QueryParam(query, "assigned");
    if (!assigned.empty() && assigned != "me") return Invalid("Use assigned=me.", "assigned");
    filter.assigned_to_me = assigned == "me";
    const std::string state = QueryParam(query, "state");
    if (!state.empty()) {
        filter.state = domain::ParseCaseState(state);
        if (!filter.state) {
            return Invalid("Use a state: reported, triaged, investigating, outcome or closed.",
                           "state");
        }
    }
    filter.open_only = QueryParam(query, "open") == "true";
    return filter;
}

net::awaitable<Response> ListCases(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto filter = FilterFrom(context.request().query);
    if (!filter) co_return ErrorResponse(filter.error());
    auto cases = co_await RunBlocking(context.workers(), [&] {
        return cases_http::CaseTransaction(
            environment, *context.principal(), school_id, TxMode::kRead,
            [&](domain::Tx& tx, const SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::ListCases(tx, access.actor, pack, school_id, *filter);
            });
    });
    if (!cases) co_return ErrorResponse(cases.error());
    json::array out;
    for (const auto& record : *cases) out.push_back(cases_json::CaseJson(record));
    co_return JsonResponse(200, json::object{{"cases", std::move(out)}});
}

core::Status ReadFields(const json::object& body, domain::NewCase& request) {
    const json::value* fields = body.if_contains("fields");
    if (fields == nullptr || fields->is_null()) return core::OkStatus();
    if (!fields->is_object()) return Invalid("The field fields must be an object.", "fields");
    for (const auto& [name, value] : fields->as_object()) {
        if (!value.is_string()) {
            return Invalid("Each form field must be text.", "fields." + std::string(name));
        }
        request.fields[std::string(name)] = std::string(value.as_string());
    }
    return core::OkStatus();
}

core::Result<domain::NewCase> NewCaseFrom(const json::object& body, std::string school_id) {
    domain::NewCase request;
    request.school_id = std::move(school_id);
    auto type = StringField(body, "concern_type");
    if (!type) return type.error();
    const auto parsed = domain::ParseConcernType(*type);
    if (!parsed) return Invalid("Choose a concern type from GET case-forms.", "concern_type");
    request.concern_type = *parsed;
    auto summary = StringField(body, "summary");
    if (!summary) return summary.error();
    request.summary = std::move(*summary);
    auto subject = StringField(body, "subject_person_id", /*required=*/false);
    if (!subject) return subject.error();
    request.subject_person_id = std::move(*subject);
    auto pupils = cases_json::StringList(body, "pupil_ids");
    if (!pupils) return pupils.error();
    request.pupil_ids = std::move(*pupils);
    if (const json::value* urgent = body.if_contains("urgent"); urgent && !urgent->is_null()) {
        if (!urgent->is_bool()) return Invalid("The field urgent must be true or false.", "urgent");
        request.urgent = urgent->as_bool();
    }
    if (auto ok = ReadFields(body, request); !ok) return ok.error();
    return request;
}

net::awaitable<Response> OpenCase(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto opened = co_await RunBlocking(context.workers(), [&] {
        return cases_http::CaseTransaction(
            environment, *context.principal(), school_id, TxMode::kWrite,
            [&](domain::Tx& tx, const SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::CaseDetail> {
                auto body = JsonObjectBody(context);
                if (!body) return body.error();
                auto request = NewCaseFrom(*body, school_id);
                if (!request) return request.error();
                request->reporter = access.actor.person_id;
                if (request->reporter.empty()) {
                    return Invalid("Only a signed-in person can report a concern.", "reporter");
                }
                auto id = domain::OpenCase(tx, access.actor, environment.clock, pack, *request);
                if (!id) return id.error();
                return domain::GetCase(tx, access.actor, environment.clock, pack, school_id, *id);
            });
    });
    if (!opened) co_return ErrorResponse(opened.error());
    co_return JsonResponse(201, cases_json::DetailJson(*opened));
}

net::awaitable<Response> GetCase(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    auto detail = co_await RunBlocking(context.workers(), [&] {
        return cases_http::CaseTransaction(
            environment, *context.principal(), school_id,
            TxMode::kWrite,  // the view is audited (INC-18)
            [&](domain::Tx& tx, const SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::GetCase(tx, access.actor, environment.clock, pack, school_id,
                                       case_id);
            });
    });
    if (!detail) co_return ErrorResponse(detail.error());
    co_return JsonResponse(200, cases_json::DetailJson(*detail));
}

}  // namespace

void RegisterCaseRoutes(Router& router, ApiEnvironment& environment) {
    using cases_http::AddCaseRoute;
    AddNotificationRoutes(router, environment);  // GET notifications (notifications.cpp)
    AddCaseRoute(router, environment, Method::kGet, "case-forms",
                 {.summary = "The report form of each concern type: fields, required, choices."},
                 ListForms);
    AddCaseRoute(
        router, environment, Method::kGet, "cases",
        {.summary = "Cases visible to you, newest first (?assigned=me, ?state=, ?open=true); a "
                    "reporter sees only the status of their reports."},
        ListCases);
    AddCaseRoute(router, environment, Method::kPost, "cases",
                 {.summary = "Reports a concern: {concern_type, summary, urgent?, "
                             "subject_person_id?, pupil_ids?:[..], fields:{...}}; routed by the "
                             "school's policy pack; first_seen_at sets late_report.",
                  .json_body = true},
                 OpenCase);
    AddCaseRoute(router, environment, Method::kGet, "cases/{case_id}",
                 {.summary = "One case with notes, members, evidence, decisions and block tasks; "
                             "404 if it is not open to you."},
                 GetCase);
    cases_http::RegisterCaseStepRoutes(router, environment);
    cases_http::RegisterCaseDecisionRoutes(router, environment);
    cases_http::RegisterCaseEvidenceRoutes(router, environment);
}

}  // namespace steward::api
