// Decision routes of a case (INC-07, INC-09, INC-11) and block tasks (INC-16):
//   POST cases/{case_id}/assessment      {text, staff_involved?:[person ids], agencies?:[bodies]}
//   POST cases/{case_id}/police-decision {involve_police: bool, reason}
//   POST cases/{case_id}/media-approval  {text}   the written approval, as written
//   POST cases/{case_id}/media-reply     {text}   refused until the approval is stored
//   GET  block-tasks                     the blocklist manager's tasks
//   POST block-tasks/{task_id}/done      {note?}
// Each decision answers 201 with {id, kind, decision, text, staff_involved, agencies,
// recorded_by, recorded_at}.
#include <boost/json.hpp>

#include "api/handlers/cases_http.hpp"
#include "api/handlers/cases_json.hpp"
#include "domain/cases/block_tasks.hpp"
#include "domain/cases/case_decisions.hpp"

namespace steward::api::cases_http {
namespace {

namespace json = boost::json;

using DecisionResult = core::Result<domain::CaseDecision>;

json::value Answer(const domain::CaseDecision& decision) {
    return json::value(cases_json::DecisionJson(decision));
}

core::Result<domain::InitialAssessment> AssessmentFrom(const json::object& body) {
    domain::InitialAssessment assessment;
    auto text = StringField(body, "text");
    if (!text) return text.error();
    assessment.text = std::move(*text);
    auto staff = cases_json::StringList(body, "staff_involved");
    if (!staff) return staff.error();
    assessment.staff_involved = std::move(*staff);
    auto agencies = cases_json::StringList(body, "agencies");
    if (!agencies) return agencies.error();
    assessment.agencies = std::move(*agencies);
    return assessment;
}

net::awaitable<Response> Assess(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context, AssessmentFrom,
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const domain::InitialAssessment& input) -> core::Result<json::value> {
            DecisionResult done = domain::RecordInitialAssessment(tx, actor, environment.clock,
                                                                  pack, school_id, case_id, input);
            if (!done) return done.error();
            return Answer(*done);
        },
        201);
}

struct PoliceInput {
    bool involve_police = false;
    std::string reason;
};

core::Result<PoliceInput> PoliceFrom(const json::object& body) {
    PoliceInput input;
    const json::value* involve = body.if_contains("involve_police");
    if (involve == nullptr || !involve->is_bool()) {
        return Invalid("Say whether to involve the police: true or false.", "involve_police");
    }
    input.involve_police = involve->as_bool();
    auto reason = StringField(body, "reason");
    if (!reason) return reason.error();
    input.reason = std::move(*reason);
    return input;
}

net::awaitable<Response> DecidePolice(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context, PoliceFrom,
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const PoliceInput& input) -> core::Result<json::value> {
            DecisionResult done =
                domain::RecordPoliceDecision(tx, actor, environment.clock, pack, school_id, case_id,
                                             input.involve_police, input.reason);
            if (!done) return done.error();
            return Answer(*done);
        },
        201);
}

core::Result<std::string> TextFrom(const json::object& body) { return StringField(body, "text"); }

net::awaitable<Response> ApproveMedia(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context, TextFrom,
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const std::string& text) -> core::Result<json::value> {
            DecisionResult done = domain::RecordMediaApproval(tx, actor, environment.clock, pack,
                                                              school_id, case_id, text);
            if (!done) return done.error();
            return Answer(*done);
        },
        201);
}

net::awaitable<Response> ReplyToMedia(ApiEnvironment& environment, RequestContext& context) {
    return CaseStep(
        environment, context, TextFrom,
        [&environment](domain::Tx& tx, const domain::Actor& actor, const policy::PolicyPack* pack,
                       const std::string& school_id, const std::string& case_id,
                       const std::string& text) -> core::Result<json::value> {
            DecisionResult done = domain::RecordMediaReply(tx, actor, environment.clock, pack,
                                                           school_id, case_id, text);
            if (!done) return done.error();
            return Answer(*done);
        },
        201);
}

net::awaitable<Response> ListTasks(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto tasks = co_await RunBlocking(context.workers(), [&] {
        return CaseTransaction(
            environment, *context.principal(), school_id, TxMode::kRead,
            [&](domain::Tx& tx, const SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::ListBlockTasks(tx, access.actor, pack, school_id);
            });
    });
    if (!tasks) co_return ErrorResponse(tasks.error());
    json::array out;
    for (const auto& task : *tasks) out.push_back(cases_json::BlockTaskJson(task));
    co_return JsonResponse(200, json::object{{"block_tasks", std::move(out)}});
}

net::awaitable<Response> CompleteTask(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string task_id(context.Param("task_id").value_or(""));
    auto done = co_await RunBlocking(context.workers(), [&] {
        return CaseTransaction(
            environment, *context.principal(), school_id, TxMode::kWrite,
            [&](domain::Tx& tx, const SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::BlockTask> {
                auto body = JsonObjectBody(context);
                if (!body) return body.error();
                auto note = StringField(*body, "note", /*required=*/false);
                if (!note) return note.error();
                return domain::CompleteBlockTask(tx, access.actor, environment.clock, pack,
                                                 school_id, task_id, *note);
            });
    });
    if (!done) co_return ErrorResponse(done.error());
    co_return JsonResponse(200, cases_json::BlockTaskJson(*done));
}

}  // namespace

void RegisterCaseDecisionRoutes(Router& router, ApiEnvironment& environment) {
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/assessment",
                 {.summary = "Records the initial assessment (the pack's initial assessment "
                             "role): {text, staff_involved?:[..], agencies?:[..]}.",
                  .json_body = true},
                 Assess);
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/police-decision",
                 {.summary = "The DSL's decision on involving the police for a pupil's "
                             "inadvertent conduct: {involve_police, reason}.",
                  .json_body = true},
                 DecidePolice);
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/media-approval",
                 {.summary = "Stores the written approval of a reply to a media enquiry: {text}.",
                  .json_body = true},
                 ApproveMedia);
    AddCaseRoute(router, environment, Method::kPost, "cases/{case_id}/media-reply",
                 {.summary = "Records the staff reply to a media enquiry: {text}; refused until "
                             "the written approval is stored where the pack requires it.",
                  .json_body = true},
                 ReplyToMedia);
    AddCaseRoute(router, environment, Method::kGet, "block-tasks",
                 {.summary = "Block tasks for the blocklist manager: content reached on school "
                             "equipment, newest first."},
                 ListTasks);
    AddCaseRoute(router, environment, Method::kPost, "block-tasks/{task_id}/done",
                 {.summary = "Marks a block task done: {note?}.", .json_body = true}, CompleteTask);
}

}  // namespace steward::api::cases_http
