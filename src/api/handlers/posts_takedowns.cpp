// Takedown task routes (issue 4 item 7): GET /api/schools/{school_id}/takedowns (?open=true) and
// POST .../takedowns/{task_id}/done, and the posts room's part of a consent withdrawal
// (posts_takedowns.hpp), which opens a task for every published post showing the pupil.
#include "api/handlers/posts_takedowns.hpp"

#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/posts_http.hpp"
#include "api/handlers/posts_json.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/posts/takedowns.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

net::awaitable<Response> ListTakedowns(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const bool open_only = QueryParam(context.request().query, "open") == "true";
    const Principal& principal = *context.principal();
    auto tasks = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read(
            [&](domain::Tx& tx) -> core::Result<std::vector<domain::TakedownTask>> {
                auto access = AuthoriseAtSchool(tx, principal, Action::kPublishPost, school_id);
                if (!access) return access.error();
                return tx.Posts().ListTakedowns(school_id, open_only);
            });
    });
    if (!tasks) co_return ErrorResponse(tasks.error());
    json::array out;
    for (const auto& task : *tasks) out.push_back(TakedownJson(task));
    co_return JsonResponse(200, json::object{{"takedowns", std::move(out)}});
}

net::awaitable<Response> TakedownDone(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string task_id(context.Param("task_id").value_or(""));
    auto body = OptionalBody(context);
    if (!body) co_return ErrorResponse(body.error());
    auto outcome_text = StringField(*body, "outcome", false);
    auto note = StringField(*body, "note", false);
    if (!outcome_text) co_return ErrorResponse(outcome_text.error());
    if (!note) co_return ErrorResponse(note.error());
    const auto outcome =
        domain::ParseTakedownOutcome(outcome_text->empty() ? "removed" : *outcome_text);
    if (!outcome) {
        co_return ErrorResponse(core::Error{
            core::ErrorCode::kInvalidInput,
            "The outcome must be removed or not_reasonably_practicable.", "outcome"});
    }
    const Principal& principal = *context.principal();
    auto task = co_await RunBlocking(context.workers(), [&]() -> core::Result<domain::TakedownTask> {
        auto call = BeginPostCall(environment, principal, Action::kPublishPost, school_id);
        if (!call) return call.error();
        return domain::CloseTakedownTask(environment.store, environment.clock, call->by.actor,
                                         school_id, task_id, *outcome, std::move(*note));
    });
    if (!task) co_return ErrorResponse(task.error());
    co_return JsonResponse(200, TakedownJson(*task));
}

}  // namespace

core::Result<std::vector<std::string>> OpenTakedownsForWithdrawal(
    ApiEnvironment& environment, domain::Tx& tx, const domain::Actor& actor,
    std::string_view school_id, const domain::ConsentRecord& withdrawn) {
    auto school = tx.Access().FindSchool(school_id);
    if (!school) return school.error();
    const std::string trust_id = *school ? (*school)->trust_id : "";
    const domain::Date on = withdrawn.withdrawn_on.value_or(withdrawn.recorded_on);
    return domain::OpenTakedownTasks(tx, actor, environment.clock,
                                     PackFor(environment.packs, school_id, trust_id), school_id,
                                     withdrawn.pupil_id, on);
}

void AddTakedownRoutes(Router& router, ApiEnvironment& environment) {
    const std::string base = "/api/schools/{school_id}/";
    router.Add(Method::kGet, base + "takedowns",
               {.summary = "Takedown tasks raised by consent withdrawals; ?open=true for open "
                           "ones.",
                .tag = "posts"},
               [&environment](RequestContext& c) { return ListTakedowns(environment, c); });
    router.Add(Method::kPost, base + "takedowns/{task_id}/done",
               {.summary = "Closes a takedown task {outcome: removed|not_reasonably_practicable, "
                           "note}; removed also takes the post down.",
                .tag = "posts",
                .json_body = true},
               [&environment](RequestContext& c) { return TakedownDone(environment, c); });
}

}  // namespace steward::api
