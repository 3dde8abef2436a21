// Comment routes on one comment and the reports: GET comments/{comment_id},
// POST comments/{comment_id}/actions, POST comments/{comment_id}/case, GET comments/log
// (?format=csv) and GET comments/response-times.
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/comments_json.hpp"
#include "api/handlers/comments_services.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/comments/comment_deadline.hpp"
#include "domain/comments/comment_moderation.hpp"
#include "domain/comments/comment_reports.hpp"
#include "formats/comments_csv.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;
using Services = std::shared_ptr<CommentServices>;

std::string CommentIdOf(const RequestContext& context) {
    return std::string(context.Param("comment_id").value_or(""));
}

// Runs `body` in a read-write transaction after the permission check, with the school's pack.
template <class Fn>
auto ModerateAtSchool(CommentServices& services, const Principal& principal,
                      const std::string& school_id, Fn body) {
    return services.environment.store.Transact([&](domain::Tx& tx) {
        using R = std::invoke_result_t<Fn&, domain::Tx&, const SchoolAccess&,
                                       const policy::PolicyPack*>;
        auto access = AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
        if (!access) return R(access.error());
        return body(tx, *access, services.PackOf(access->school));
    });
}

net::awaitable<Response> GetComment(Services services, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string comment_id = CommentIdOf(context);
    const Principal& principal = *context.principal();
    using Found = std::pair<domain::Comment, std::vector<domain::CommentAction>>;
    auto found = co_await RunBlocking(context.workers(), [&] {
        return services->environment.store.Read([&](domain::Tx& tx) -> core::Result<Found> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
            if (!access) return access.error();
            auto comment = tx.Comments().GetComment(school_id, comment_id);
            if (!comment) return comment.error();
            if (!*comment) {
                return core::Error{core::ErrorCode::kNotFound, "There is no such comment.",
                                   "comment_id"};
            }
            auto actions = tx.Comments().ListActions(comment_id);
            if (!actions) return actions.error();
            return Found{std::move(**comment), std::move(*actions)};
        });
    });
    if (!found) co_return ErrorResponse(found.error());
    json::array actions;
    for (const auto& action : found->second) actions.push_back(ActionJson(action));
    json::object body = CommentJson(found->first, services->environment.clock.Now());
    body["actions"] = std::move(actions);
    co_return JsonResponse(200, body);
}

core::Result<domain::ModerationRequest> ModerationRequestOf(const RequestContext& context) {
    auto body = JsonObjectBody(context);
    if (!body) return body.error();
    auto kind_text = StringField(*body, "action");
    if (!kind_text) return kind_text.error();
    const auto kind = domain::ParseModerationKind(*kind_text);
    if (!kind) {
        return core::Error{
            core::ErrorCode::kInvalidInput,
            "action must be reply, hide, unhide, delete, block_author, report_to_platform, "
            "mark_handled or explain_to_audience.",
            "action"};
    }
    auto reason = StringField(*body, "reason", false);
    auto text = StringField(*body, "text", false);
    if (!reason) return reason.error();
    if (!text) return text.error();
    return domain::ModerationRequest{*kind, *reason, *text};
}

// The body is read first but judged after the permission check (403 whatever was sent).
net::awaitable<Response> PostAction(Services services, RequestContext& context) {
    const auto request = ModerationRequestOf(context);
    const std::string school_id = SchoolIdOf(context);
    const std::string comment_id = CommentIdOf(context);
    const Principal& principal = *context.principal();
    const core::Clock& clock = services->environment.clock;
    auto result = co_await RunBlocking(context.workers(), [&] {
        return ModerateAtSchool(
            *services, principal, school_id,
            [&](domain::Tx& tx, const SchoolAccess& access,
                const policy::PolicyPack* pack) -> core::Result<domain::ModerationResult> {
                if (!request) return request.error();
                return domain::ModerateComment(tx, access.actor, clock, pack, school_id,
                                               comment_id, *request);
            });
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(201, json::object{{"comment", CommentJson(result->comment, clock.Now())},
                                             {"action", ActionJson(result->action)}});
}

net::awaitable<Response> PostCase(Services services, RequestContext& context) {
    std::optional<domain::ConcernType> type;
    if (!context.request().body.empty()) {
        auto body = JsonObjectBody(context);
        if (!body) co_return ErrorResponse(body.error());
        auto text = StringField(*body, "concern_type", false);
        if (!text) co_return ErrorResponse(text.error());
        if (!text->empty()) {
            type = domain::ParseConcernType(*text);
            if (!type) {
                co_return ErrorResponse(core::Error{core::ErrorCode::kInvalidInput,
                                                    "concern_type is not a known concern.",
                                                    "concern_type"});
            }
        }
    }
    const std::string school_id = SchoolIdOf(context);
    const std::string comment_id = CommentIdOf(context);
    const Principal& principal = *context.principal();
    const core::Clock& clock = services->environment.clock;
    auto case_id = co_await RunBlocking(context.workers(), [&] {
        return ModerateAtSchool(
            *services, principal, school_id,
            [&](domain::Tx& tx, const SchoolAccess& access, const policy::PolicyPack* pack) {
                return domain::CaseFromComment(tx, access.actor, clock, pack, school_id,
                                               comment_id, type);
            });
    });
    if (!case_id) co_return ErrorResponse(case_id.error());
    co_return JsonResponse(201, json::object{{"case_id", *case_id}, {"comment_id", comment_id}});
}

// ?from= and ?to= (times or dates); defaults: the last 365 days up to now.
core::Status ReadRange(const RequestContext& context, core::TimePoint now, core::TimePoint& from,
                       core::TimePoint& to) {
    to = now + std::chrono::seconds(1);
    from = now - std::chrono::days(365);
    for (auto [name, target] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
        std::string text = QueryParam(context.request().query, name);
        if (text.empty()) continue;
        if (text.size() == 10) text += " 00:00";
        auto at = formats::ParseCommentTime(text, name);
        if (!at) return at.error();
        *target = *at;
    }
    return core::OkStatus();
}

net::awaitable<Response> GetLog(Services services, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    core::TimePoint from, to;
    if (auto range = ReadRange(context, services->environment.clock.Now(), from, to); !range) {
        co_return ErrorResponse(range.error());
    }
    auto log = co_await RunBlocking(context.workers(), [&] {
        return services->environment.store.Read(
            [&](domain::Tx& tx) -> core::Result<std::vector<domain::LogEntry>> {
                auto access =
                    AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
                if (!access) return access.error();
                return domain::InappropriateLog(tx, school_id, from, to);
            });
    });
    if (!log) co_return ErrorResponse(log.error());
    if (QueryParam(context.request().query, "format") == "csv") {
        Response response = Response::Text(200, LogCsv(*log), "text/csv; charset=utf-8");
        response.headers.emplace_back(
            "content-disposition", "attachment; filename=\"inappropriate-comments-" + school_id + ".csv\"");
        co_return response;
    }
    json::array entries;
    const core::TimePoint now = services->environment.clock.Now();
    for (const domain::LogEntry& entry : *log) {
        json::object object = CommentJson(entry.comment, now);
        json::array actions;
        for (const auto& action : entry.actions) actions.push_back(ActionJson(action));
        object["actions"] = std::move(actions);
        entries.push_back(std::move(object));
    }
    co_return JsonResponse(200, json::object{{"entries", std::move(entries)}});
}

net::awaitable<Response> GetResponseTimes(Services services, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string account_id = QueryParam(context.request().query, "account_id");
    const Principal& principal = *context.principal();
    const core::TimePoint now = services->environment.clock.Now();
    core::TimePoint from, to;
    if (auto range = ReadRange(context, now, from, to); !range) co_return ErrorResponse(range.error());
    auto months = co_await RunBlocking(context.workers(), [&] {
        return services->environment.store.Read(
            [&](domain::Tx& tx) -> core::Result<std::vector<domain::MonthResponseTimes>> {
                auto access =
                    AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
                if (!access) return access.error();
                auto deadlines = domain::DeadlinesFor(services->PackOf(access->school));
                if (!deadlines) return deadlines.error();
                auto timings = tx.Comments().ListTimings(school_id, account_id, from, to);
                if (!timings) return timings.error();
                return domain::SummariseResponseTimes(*timings, deadlines->calendar, now);
            });
    });
    if (!months) co_return ErrorResponse(months.error());
    json::array rows;
    for (const auto& month : *months) {
        rows.push_back(json::object{{"month", month.month},
                                    {"received", month.received},
                                    {"answered", month.answered},
                                    {"answered_in_time", month.answered_in_time},
                                    {"overdue_unanswered", month.overdue_unanswered},
                                    {"median_seconds", month.median_seconds},
                                    {"p95_seconds", month.p95_seconds},
                                    {"share_in_time", month.share_in_time}});
    }
    co_return JsonResponse(200, json::object{{"months", std::move(rows)}});
}

}  // namespace

void AddCommentActionRoutes(Router& router, std::shared_ptr<CommentServices> services) {
    router.Add(Method::kGet, "/api/schools/{school_id}/comments/log",
               {.summary = "The inappropriate comments log (who, what, when, action), "
                           "?from=&to=; ?format=csv downloads it.",
                .tag = "comments"},
               [services](RequestContext& context) { return GetLog(services, context); });
    router.Add(Method::kGet, "/api/schools/{school_id}/comments/response-times",
               {.summary = "Per month: received, answered, median and 95th percentile seconds "
                           "to first response, share answered in time; ?account_id=&from=&to=.",
                .tag = "comments"},
               [services](RequestContext& context) { return GetResponseTimes(services, context); });
    router.Add(Method::kGet, "/api/schools/{school_id}/comments/{comment_id}",
               {.summary = "One comment, why it was flagged, and its moderation actions.",
                .tag = "comments"},
               [services](RequestContext& context) { return GetComment(services, context); });
    router.Add(Method::kPost, "/api/schools/{school_id}/comments/{comment_id}/actions",
               {.summary = "Records a moderation action {action, reason, text?}: reply, hide, "
                           "unhide, delete, block_author, report_to_platform, mark_handled, "
                           "explain_to_audience; audited.",
                .tag = "comments",
                .json_body = true},
               [services](RequestContext& context) { return PostAction(services, context); });
    router.Add(Method::kPost, "/api/schools/{school_id}/comments/{comment_id}/case",
               {.summary = "Opens a case from the comment {concern_type?}, routed by the pack.",
                .tag = "comments",
                .json_body = true},
               [services](RequestContext& context) { return PostCase(services, context); });
}

}  // namespace steward::api
