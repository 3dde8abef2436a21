// Case routes (issue 7 items 5-6) under /api/schools/{school_id}: GET case-forms, GET cases
// (?assigned=me&state=&open=true), POST cases (report form), GET cases/{case_id}, and POST
// cases/{case_id}/transition|notes|members|evidence. Every route needs only kViewSchool at the
// permission table: who sees or handles a case is the cases room's decision
// (domain/cases/case_visibility.hpp), so an invisible case answers 404 like a missing one.
// Over 400 lines because the seven routes share their JSON shapes; the logic is in the domain.
#include <boost/json.hpp>
#include <boost/url/parse_query.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/cases/case_forms.hpp"
#include "domain/cases/case_service.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

std::string Query(std::string_view query, std::string_view name) {
    auto params = boost::urls::parse_query(query);
    if (!params) return {};
    for (const auto& param : *params) {
        if (param.key == name && param.has_value) return param.value.decode();
    }
    return {};
}

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }

json::object CaseJson(const domain::Case& record) {
    json::object fields;
    for (const auto& [name, value] : record.fields) fields[name] = value;
    json::array referrals;
    for (const auto& referral : record.referrals) {
        referrals.push_back(json::object{{"body", referral.body},
                                         {"reference", referral.reference},
                                         {"referred_by", referral.referred_by},
                                         {"referred_at", Seconds(referral.referred_at)}});
    }
    return json::object{
        {"id", record.id},
        {"school_id", record.school_id},
        {"concern_type", domain::ConcernTypeKey(record.concern_type)},
        {"state", domain::CaseStateKey(record.state)},
        {"urgent", record.urgent},
        {"owner_role", domain::RoleKey(record.owner_role)},
        {"owner_person_id", record.owner_person_id},
        {"procedure", record.procedure},
        {"subject_person_id", record.subject_person_id},
        {"reporter", record.reporter},
        {"summary", record.summary},
        {"fields", std::move(fields)},
        {"source_comment_id", record.source_comment_id},
        {"created_at", Seconds(record.created_at)},
        {"updated_at", Seconds(record.updated_at)},
        {"outcome", domain::CaseOutcomeKey(record.outcome)},
        {"outcome_note", record.outcome_note},
        {"referrals", std::move(referrals)},
        {"referral_required", record.concern_type == domain::ConcernType::kIllegalContent}};
}

json::object EvidenceJson(const domain::CaseEvidence& evidence) {
    return json::object{{"id", evidence.id},
                        {"filename", evidence.filename},
                        {"content_type", evidence.content_type},
                        {"reference", evidence.reference},
                        {"size_bytes", evidence.size_bytes},
                        {"sha256", evidence.sha256},
                        {"added_by", evidence.added_by},
                        {"added_at", Seconds(evidence.added_at)}};
}

json::object DetailJson(const domain::CaseDetail& detail) {
    json::object out = CaseJson(detail.summary);
    json::array notes;
    for (const auto& note : detail.notes) {
        notes.push_back(json::object{{"id", note.id},
                                     {"author_person_id", note.author_person_id},
                                     {"text", note.text},
                                     {"created_at", Seconds(note.created_at)}});
    }
    json::array members;
    for (const auto& member : detail.members) {
        members.push_back(json::object{{"person_id", member.person_id},
                                       {"added_by", member.added_by},
                                       {"added_at", Seconds(member.added_at)}});
    }
    json::array evidence;
    for (const auto& item : detail.evidence) evidence.push_back(EvidenceJson(item));
    out["notes"] = std::move(notes);
    out["members"] = std::move(members);
    out["evidence"] = std::move(evidence);
    out["can_handle"] = detail.can_handle;
    return out;
}

// Runs `body(tx, access, pack)` in one transaction after the kViewSchool check.
template <class Fn>
auto AtSchool(ApiEnvironment& environment, const Principal& principal, const std::string& school_id,
              Fn body, bool write) {
    auto run = [&](domain::Tx& tx)
        -> std::invoke_result_t<Fn&, domain::Tx&, SchoolAccess&, const policy::PolicyPack*> {
        auto access = AuthoriseAtSchool(tx, principal, Action::kViewSchool, school_id);
        if (!access) return access.error();
        const policy::PolicyPack* pack =
            PackFor(environment.packs, school_id, access->school.trust_id);
        return body(tx, *access, pack);
    };
    return write ? environment.store.Transact(run) : environment.store.Read(run);
}

json::array FormsJson() {
    json::array forms;
    for (int index = 0; index < domain::kConcernTypeCount; ++index) {
        const auto type = static_cast<domain::ConcernType>(index);
        json::array fields;
        for (const auto& field : domain::FormFor(type)) {
            json::array choices;
            for (const auto choice : field.choices) choices.push_back(json::string(choice));
            fields.push_back(json::object{{"name", field.name},
                                          {"required", field.required},
                                          {"choices", std::move(choices)},
                                          {"datetime", field.is_datetime}});
        }
        forms.push_back(json::object{{"concern_type", domain::ConcernTypeKey(type)},
                                     {"fields", std::move(fields)}});
    }
    return forms;
}

net::awaitable<Response> ListForms(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto allowed = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read([&](domain::Tx& tx) {
            return AuthoriseAtSchool(tx, *context.principal(), Action::kViewSchool, school_id);
        });
    });
    if (!allowed) co_return ErrorResponse(allowed.error());
    co_return JsonResponse(200, json::object{{"forms", FormsJson()}});
}

core::Result<domain::CaseFilter> FilterFrom(std::string_view query) {
    domain::CaseFilter filter;
    const std::string assigned = Query(query, "assigned");
    if (!assigned.empty() && assigned != "me") return Invalid("Use assigned=me.", "assigned");
    filter.assigned_to_me = assigned == "me";
    const std::string state = Query(query, "state");
    if (!state.empty()) {
        filter.state = domain::ParseCaseState(state);
        if (!filter.state) {
            return Invalid("Use a state: reported, triaged, investigating, outcome or closed.",
                           "state");
        }
    }
    filter.open_only = Query(query, "open") == "true";
    return filter;
}

net::awaitable<Response> ListCases(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto filter = FilterFrom(context.request().query);
    if (!filter) co_return ErrorResponse(filter.error());
    auto cases = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::ListCases(tx, access.actor, pack, school_id, *filter);
            },
            /*write=*/false);
    });
    if (!cases) co_return ErrorResponse(cases.error());
    json::array out;
    for (const auto& record : *cases) out.push_back(CaseJson(record));
    co_return JsonResponse(200, json::object{{"cases", std::move(out)}});
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
    if (const json::value* urgent = body.if_contains("urgent"); urgent && !urgent->is_null()) {
        if (!urgent->is_bool()) return Invalid("The field urgent must be true or false.", "urgent");
        request.urgent = urgent->as_bool();
    }
    if (const json::value* fields = body.if_contains("fields"); fields && !fields->is_null()) {
        if (!fields->is_object()) return Invalid("The field fields must be an object.", "fields");
        for (const auto& [name, value] : fields->as_object()) {
            if (!value.is_string()) {
                return Invalid("Each form field must be text.", "fields." + std::string(name));
            }
            request.fields[std::string(name)] = std::string(value.as_string());
        }
    }
    return request;
}

net::awaitable<Response> OpenCase(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto opened = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access,
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
            },
            /*write=*/true);
    });
    if (!opened) co_return ErrorResponse(opened.error());
    co_return JsonResponse(201, DetailJson(*opened));
}

net::awaitable<Response> GetCase(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    auto detail = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::GetCase(tx, access.actor, environment.clock, pack, school_id,
                                       case_id);
            },
            /*write=*/true);  // the view is audited (INC-18)
    });
    if (!detail) co_return ErrorResponse(detail.error());
    co_return JsonResponse(200, DetailJson(*detail));
}

core::Result<domain::CaseTransition> TransitionFrom(const json::object& body) {
    domain::CaseTransition step;
    auto to = StringField(body, "to");
    if (!to) return to.error();
    const auto state = domain::ParseCaseState(*to);
    if (!state || *state == domain::CaseState::kReported) {
        return Invalid("Move to triaged, investigating, outcome or closed.", "to");
    }
    step.to = *state;
    auto outcome = StringField(body, "outcome", /*required=*/false);
    if (!outcome) return outcome.error();
    if (!outcome->empty()) {
        const auto parsed = domain::ParseCaseOutcome(*outcome);
        if (!parsed) {
            return Invalid(
                "Use an outcome: no_further_action, advice, disciplinary_referral,"
                " police_or_ceop_referral or content_removed.",
                "outcome");
        }
        step.outcome = *parsed;
    }
    auto note = StringField(body, "note", /*required=*/false);
    if (!note) return note.error();
    step.note = std::move(*note);
    if (const json::value* referral = body.if_contains("referral");
        referral && !referral->is_null()) {
        if (!referral->is_object()) {
            return Invalid("The referral must be {body, reference}.", "referral");
        }
        auto referral_body = StringField(referral->as_object(), "body");
        if (!referral_body) return Invalid("Give the referral body.", "referral.body");
        auto reference = StringField(referral->as_object(), "reference", /*required=*/false);
        if (!reference) return Invalid("The reference must be text.", "referral.reference");
        step.referral = domain::CaseReferral{*referral_body, *reference, "", {}};
    }
    return step;
}

// POST cases/{case_id}/<step>: parses the JSON body with `parse`, then runs `apply`.
template <class Parse, class Apply>
net::awaitable<Response> CaseStep(ApiEnvironment& environment, RequestContext& context, Parse parse,
                                  Apply apply) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    auto result = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<json::value> {
                auto body = JsonObjectBody(context);  // after the permission check: 403 first
                if (!body) return body.error();
                auto input = parse(*body);
                if (!input) return input.error();
                return apply(tx, access.actor, pack, school_id, case_id, *input);
            },
            /*write=*/true);
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(200, *result);
}

net::awaitable<Response> Transition(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context, TransitionFrom,
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const domain::CaseTransition& step) -> core::Result<json::value> {
            auto moved = domain::TransitionCase(tx, actor, environment.clock, pack, school_id,
                                                case_id, step);
            if (!moved) return moved.error();
            return json::value(CaseJson(*moved));
        });
}

net::awaitable<Response> AddNote(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context, [](const json::object& body) { return StringField(body, "text"); },
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const std::string& text) -> core::Result<json::value> {
            auto note =
                domain::AddCaseNote(tx, actor, environment.clock, pack, school_id, case_id, text);
            if (!note) return note.error();
            return json::value(json::object{{"id", note->id},
                                            {"author_person_id", note->author_person_id},
                                            {"text", note->text},
                                            {"created_at", Seconds(note->created_at)}});
        });
}

net::awaitable<Response> AddMember(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context,
        [](const json::object& body) { return StringField(body, "person_id"); },
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const std::string& person_id) -> core::Result<json::value> {
            auto member = domain::AddCaseMember(tx, actor, environment.clock, pack, school_id,
                                                case_id, person_id);
            if (!member) return member.error();
            return json::value(json::object{{"person_id", member->person_id},
                                            {"added_by", member->added_by},
                                            {"added_at", Seconds(member->added_at)}});
        });
}

// Evidence: a JSON {reference: "https://..."} for a link, or the raw file as the body with its
// content type and ?filename=. The server's body limit answers 413 before this runs.
core::Result<domain::CaseEvidence> EvidenceFrom(const RequestContext& context) {
    domain::CaseEvidence evidence;
    const std::string content_type(context.request().Header("content-type").value_or(""));
    if (content_type.rfind("application/json", 0) == 0) {
        auto body = JsonObjectBody(context);
        if (!body) return body.error();
        auto reference = StringField(*body, "reference");
        if (!reference) return reference.error();
        evidence.reference = std::move(*reference);
        return evidence;
    }
    if (context.request().body.empty()) {
        return Invalid("Send the evidence file as the request body.", "request body");
    }
    evidence.content = context.request().body;
    evidence.content_type = content_type.empty() ? "application/octet-stream" : content_type;
    evidence.filename = Query(context.request().query, "filename");
    return evidence;
}

net::awaitable<Response> AddEvidence(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string case_id(context.Param("case_id").value_or(""));
    auto added = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(
            environment, *context.principal(), school_id,
            [&](domain::Tx& tx, SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::CaseEvidence> {
                auto evidence = EvidenceFrom(context);
                if (!evidence) return evidence.error();
                return domain::AddCaseEvidence(tx, access.actor, environment.clock, pack, school_id,
                                               case_id, std::move(*evidence));
            },
            /*write=*/true);
    });
    if (!added) co_return ErrorResponse(added.error());
    co_return JsonResponse(201, EvidenceJson(*added));
}

}  // namespace

void RegisterCaseRoutes(Router& router, ApiEnvironment& environment) {
    const auto route = [&](Method method, const char* path, RouteInfo info, auto handler) {
        info.tag = "cases";
        router.Add(method, std::string("/api/schools/{school_id}/") + path, std::move(info),
                   [&environment, handler](RequestContext& context) {
                       return handler(environment, context);
                   });
    };
    route(Method::kGet, "case-forms",
          {.summary = "The report form of each concern type: fields, required, choices."},
          ListForms);
    route(Method::kGet, "cases",
          {.summary = "Cases visible to you, newest first (?assigned=me, ?state=, ?open=true); a "
                      "reporter sees only the status of their reports."},
          ListCases);
    route(Method::kPost, "cases",
          {.summary = "Reports a concern: {concern_type, summary, urgent?, subject_person_id?, "
                      "fields:{...}}; routed by the school's policy pack.",
           .json_body = true},
          OpenCase);
    route(Method::kGet, "cases/{case_id}",
          {.summary = "One case with notes, members and evidence; 404 if it is not open to you."},
          GetCase);
    route(Method::kPost, "cases/{case_id}/transition",
          {.summary = "Moves a case one step: {to, outcome?, note?, referral?:{body, reference}}.",
           .json_body = true},
          Transition);
    route(Method::kPost, "cases/{case_id}/notes",
          {.summary = "Adds a note: {text}.", .json_body = true}, AddNote);
    route(Method::kPost, "cases/{case_id}/members",
          {.summary = "Adds a co-investigator: {person_id}.", .json_body = true}, AddMember);
    route(Method::kPost, "cases/{case_id}/evidence",
          {.summary = "Attaches evidence: the raw file (?filename=) or JSON {reference}; stored "
                      "with its SHA-256."},
          AddEvidence);
}

}  // namespace steward::api
