// Comment queue routes under /api/schools/{school_id}/comments (issue 7 items 1-4): the queue
// (overdue / due soon), JSON and CSV ingest, moderation actions, a case from a comment, the
// inappropriate comments log (JSON or CSV) and the monthly response times. Every route goes
// through the permission table (kModerateComments). Also registers /webhooks/meta.
#include <boost/json.hpp>
#include <charconv>

#include "api/error_mapping.hpp"
#include "api/handlers/comments_json.hpp"
#include "api/handlers/comments_services.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/rows_refused.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/comments/comment_deadline.hpp"
#include "domain/comments/comment_moderation.hpp"
#include "formats/comments_csv.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;
using Services = std::shared_ptr<CommentServices>;

core::Result<int> IntParam(const RequestContext& context, std::string_view name, int fallback,
                           int low, int high) {
    const std::string text = QueryParam(context.request().query, name);
    if (text.empty()) return fallback;
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) {
        return Invalid(std::string(name) + " must be a whole number from " + std::to_string(low) +
                           " to " + std::to_string(high) + ".",
                       std::string(name));
    }
    return value;
}

core::Result<domain::QueueFilter> FilterFrom(const RequestContext& context) {
    domain::QueueFilter filter;
    filter.school_id = SchoolIdOf(context);
    filter.account_id = QueryParam(context.request().query, "account_id");
    const std::string state = QueryParam(context.request().query, "state");
    if (state == "all") {
        filter.state.reset();
    } else if (!state.empty()) {
        filter.state = domain::ParseCommentState(state);
        if (!filter.state) return Invalid("state must be open, handled or all.", "state");
    }
    const std::string due = QueryParam(context.request().query, "due");
    if (due == "overdue") {
        filter.due = domain::DueFilter::kOverdue;
    } else if (due == "soon") {
        filter.due = domain::DueFilter::kDueSoon;
    } else if (!due.empty()) {
        return Invalid("due must be overdue or soon.", "due");
    }
    auto limit = IntParam(context, "limit", 100, 1, 500);
    if (!limit) return limit.error();
    auto offset = IntParam(context, "offset", 0, 0, 10'000'000);
    if (!offset) return offset.error();
    filter.limit = *limit;
    filter.offset = *offset;
    return filter;
}

net::awaitable<Response> ListComments(Services services, RequestContext& context) {
    auto filter = FilterFrom(context);
    if (!filter) co_return ErrorResponse(filter.error());
    const Principal& principal = *context.principal();
    ApiEnvironment& environment = services->environment;
    const core::TimePoint now = environment.clock.Now();
    auto page = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read([&](domain::Tx& tx) -> core::Result<domain::QueuePage> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kModerateComments,
                                            filter->school_id);
            if (!access) return access.error();
            return tx.Comments().ListQueue(*filter, now);
        });
    });
    if (!page) co_return ErrorResponse(page.error());
    json::array comments;
    for (const domain::Comment& comment : page->comments) comments.push_back(CommentJson(comment, now));
    co_return JsonResponse(200, json::object{{"comments", std::move(comments)},
                                             {"total", page->total},
                                             {"limit", filter->limit},
                                             {"offset", filter->offset}});
}

core::Result<domain::IncomingComment> IncomingFrom(const json::object& body,
                                                   const std::string& school_id) {
    domain::IncomingComment incoming;
    incoming.school_id = school_id;
    incoming.source = domain::CommentSource::kApi;
    for (auto [name, target, required] :
         {std::tuple{"account_id", &incoming.account_id, true},
          std::tuple{"platform_comment_id", &incoming.platform_comment_id, true},
          std::tuple{"text", &incoming.text, true},
          std::tuple{"author_handle", &incoming.author_handle, false},
          std::tuple{"author_name", &incoming.author_name, false},
          std::tuple{"post_id", &incoming.platform_post_id, false},
          std::tuple{"link", &incoming.link, false}}) {
        auto value = StringField(body, name, required);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    auto received = StringField(body, "received_at");
    if (!received) return received.error();
    auto at = formats::ParseCommentTime(*received, "received_at");
    if (!at) return at.error();
    incoming.received_at = *at;
    return incoming;
}

net::awaitable<Response> PostComment(Services services, RequestContext& context) {
    // The body is read first but judged after the permission check: a role that may not
    // moderate gets 403 whatever it sent.
    const std::string school_id = SchoolIdOf(context);
    auto body = JsonObjectBody(context);
    const Principal& principal = *context.principal();
    const core::TimePoint now = services->environment.clock.Now();
    auto result = co_await RunBlocking(context.workers(), [&]() -> core::Result<domain::IntakeResult> {
        auto access = services->environment.store.Read([&](domain::Tx& tx) {
            return AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
        });
        if (!access) return access.error();
        if (!body) return body.error();
        auto incoming = IncomingFrom(*body, school_id);
        if (!incoming) return incoming.error();
        return services->intake.Ingest(access->actor, *incoming);
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(result->duplicate ? 200 : 201,
                           json::object{{"comment", CommentJson(result->comment, now)},
                                        {"duplicate", result->duplicate}});
}

net::awaitable<Response> ImportComments(Services services, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    auto allowed = co_await RunBlocking(context.workers(), [&] {  // 403 before judging the body
        return services->environment.store.Read([&](domain::Tx& tx) {
            return AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
        });
    });
    if (!allowed) co_return ErrorResponse(allowed.error());
    const std::string content_type(context.request().Header("content-type").value_or(""));
    if (content_type.rfind("text/csv", 0) != 0) {
        co_return ProtocolErrorResponse(415, "unsupported_media_type",
                                        "Send the comments as text/csv.");
    }
    const std::string account_id = QueryParam(context.request().query, "account_id");
    if (account_id.empty()) {
        co_return ErrorResponse(Invalid("Say which account with ?account_id=.", "account_id"));
    }
    const std::string& csv = context.request().body;
    bool rows_refused = false;
    auto results = co_await RunBlocking(
        context.workers(), [&]() -> core::Result<std::vector<domain::IntakeResult>> {
            auto access = services->environment.store.Read([&](domain::Tx& tx) {
                return AuthoriseAtSchool(tx, principal, Action::kModerateComments, school_id);
            });
            if (!access) return access.error();
            auto comments = formats::ParseCommentsCsv(csv, school_id, account_id, "comments.csv");
            if (!comments) {
                rows_refused = true;
                return comments.error();
            }
            return services->intake.IngestAll(access->actor, *comments);
        });
    if (!results) {
        if (rows_refused) co_return RowsRefused(results.error());
        co_return ErrorResponse(results.error());
    }
    int64_t imported = 0;
    int64_t duplicates = 0;
    for (const auto& result : *results) ++(result.duplicate ? duplicates : imported);
    co_return JsonResponse(200, json::object{{"imported", imported}, {"duplicates", duplicates}});
}

}  // namespace

// Defined in comments_actions.cpp.
void AddCommentActionRoutes(Router& router, std::shared_ptr<CommentServices> services);

void RegisterCommentRoutes(Router& router, ApiEnvironment& environment) {
    auto settings = LoadMetaWebhookSettings(environment.meta_webhooks_file);
    // The wiring loads the same file first and refuses to start on an error, so this only
    // falls back when a test builds the environment by hand.
    auto services = std::make_shared<CommentServices>(
        environment, settings ? std::move(*settings) : MetaWebhookSettings{});
    router.Add(Method::kGet, "/api/schools/{school_id}/comments",
               {.summary = "The comment queue, most urgent first: ?account_id=, ?state=open|"
                           "handled|all, ?due=overdue|soon, ?limit= (1-500), ?offset=.",
                .tag = "comments"},
               [services](RequestContext& context) { return ListComments(services, context); });
    router.Add(Method::kPost, "/api/schools/{school_id}/comments",
               {.summary = "Queues one comment {account_id, platform_comment_id, text, "
                           "received_at, author_handle?, author_name?, post_id?, link?}: 201, "
                           "or 200 with duplicate=true when already queued.",
                .tag = "comments",
                .json_body = true},
               [services](RequestContext& context) { return PostComment(services, context); });
    router.Add(Method::kPost, "/api/schools/{school_id}/comments/import",
               {.summary = "Queues comments from a text/csv body for ?account_id=, all or "
                           "nothing; 400 lists every bad row.",
                .tag = "comments"},
               [services](RequestContext& context) { return ImportComments(services, context); });
    AddCommentAlertRoutes(router, services);
    AddCommentActionRoutes(router, services);
    AddWebhookRoutes(router, services);
}

}  // namespace steward::api
