// Post routes (issue 4 items 3, 6, 7), all under /api/schools/{school_id}: posts (list, draft,
// read, edit), the check, submit, approve, reject, publish, takedown, takedown tasks and the
// term's check figures. The permission table decides first; the school's policy pack then names
// who may approve and publish (domain/posts/approval_chain.hpp). Pupils appear by id only.
#include <boost/json.hpp>
#include <chrono>
#include <functional>
#include <memory>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/posts_json.hpp"
#include "api/handlers/posts_takedowns.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/media_items/post_media.hpp"
#include "domain/posts/approval_chain.hpp"
#include "domain/posts/takedowns.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

// The signed-in person at one school: the granting role, every held role, the pack.
struct PostCall {
    SchoolAccess access;
    domain::PostActor by;
    const policy::PolicyPack* pack = nullptr;
};

core::Result<PostCall> Begin(ApiEnvironment& environment, const Principal& principal,
                             Action action, const std::string& school_id) {
    auto access = environment.store.Read([&](domain::Tx& tx) {
        return AuthoriseAtSchool(tx, principal, action, school_id);
    });
    if (!access) return access.error();
    PostCall call{*access, {access->actor, RolesOf(principal), access->school.trust_id}, nullptr};
    call.pack = PackFor(environment.packs, school_id, access->school.trust_id);
    return call;
}

std::string PostIdOf(const RequestContext& context) {
    return std::string(context.Param("post_id").value_or(""));
}

// An empty body is {} (submit takes none).
core::Result<json::object> OptionalBody(const RequestContext& context) {
    if (context.request().body.find_first_not_of(" \t\r\n") == std::string::npos) {
        return json::object{};
    }
    return JsonObjectBody(context);
}

using Step = std::function<core::Result<domain::Post>(domain::PostWorkflow&, const PostCall&,
                                                      const std::string& post_id,
                                                      const json::object& body)>;

// Runs one workflow step for POST posts/{post_id}/<step> and answers with the post.
net::awaitable<Response> RunStep(ApiEnvironment& environment, RequestContext& context,
                                 Action action, Step step) {
    const std::string school_id = SchoolIdOf(context);
    const std::string post_id = PostIdOf(context);
    auto body = OptionalBody(context);
    if (!body) co_return ErrorResponse(body.error());
    const Principal& principal = *context.principal();
    auto post = co_await RunBlocking(context.workers(), [&]() -> core::Result<domain::Post> {
        auto call = Begin(environment, principal, action, school_id);
        if (!call) return call.error();
        domain::PostWorkflow workflow(environment.store, environment.clock, call->pack);
        return step(workflow, *call, post_id, *body);
    });
    if (!post) co_return ErrorResponse(post.error());
    co_return JsonResponse(200, PostJson(*post));
}

// posts?awaiting=me: submitted posts this person may approve, approved posts they may publish,
// and their own rejected posts (to change).
bool AwaitsMe(const PostCall& call, const domain::Post& post,
              const std::vector<domain::OfficialAccount>& accounts) {
    const std::string& me = call.by.actor.person_id;
    const std::string& school = call.access.school.id;
    switch (post.state) {
        case domain::PostState::kSubmitted:
            return domain::CheckApprover(call.pack, post, me, call.by.held, school,
                                         call.by.school_trust_id)
                .has_value();
        case domain::PostState::kApproved:
            for (const auto& account : accounts) {
                if (account.id != post.account_id) continue;
                return domain::CheckPublisher(call.pack, account, me, call.by.held, school,
                                              call.by.school_trust_id)
                    .has_value();
            }
            return false;
        case domain::PostState::kRejected:
        case domain::PostState::kDraft:
        case domain::PostState::kChecked:
            return post.author_id == me;
        default:
            return false;
    }
}

net::awaitable<Response> ListPosts(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string state_text = PostsQueryParam(context.request().query, "state");
    const bool awaiting_me = PostsQueryParam(context.request().query, "awaiting") == "me";
    std::optional<domain::PostState> state;
    if (!state_text.empty()) {
        state = domain::ParsePostState(state_text);
        if (!state) {
            co_return ErrorResponse(core::Error{
                core::ErrorCode::kInvalidInput,
                "The state must be draft, checked, submitted, approved, rejected, published or "
                "taken_down.",
                "state"});
        }
    }
    const Principal& principal = *context.principal();
    auto posts = co_await RunBlocking(context.workers(), [&]() -> core::Result<json::array> {
        auto call = Begin(environment, principal, Action::kDraftPost, school_id);
        if (!call) return call.error();
        return environment.store.Read([&](domain::Tx& tx) -> core::Result<json::array> {
            auto listed = tx.Posts().ListPosts(school_id, state);
            if (!listed) return listed.error();
            auto accounts = tx.Accounts().ListAccounts(school_id);
            if (!accounts) return accounts.error();
            json::array out;
            for (auto& post : *listed) {
                if (awaiting_me && !AwaitsMe(*call, post, *accounts)) continue;
                auto media = tx.Media().ListPostMedia(school_id, post.id);
                if (!media) return media.error();
                post.media_ids = std::move(*media);
                out.push_back(PostJson(post));
            }
            return out;
        });
    });
    if (!posts) co_return ErrorResponse(posts.error());
    co_return JsonResponse(200, json::object{{"posts", std::move(*posts)}});
}

net::awaitable<Response> GetPost(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string post_id = PostIdOf(context);
    const Principal& principal = *context.principal();
    auto found = co_await RunBlocking(context.workers(), [&]() -> core::Result<json::object> {
        return environment.store.Read([&](domain::Tx& tx) -> core::Result<json::object> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kDraftPost, school_id);
            if (!access) return access.error();
            auto post = domain::LoadPost(tx, school_id, post_id);
            if (!post) return post.error();
            auto check = tx.Posts().LatestCheck(post_id);
            if (!check) return check.error();
            auto history = tx.Posts().ListEvents(post_id);
            if (!history) return history.error();
            auto media = PostMediaJson(tx, school_id, post->media_ids);
            if (!media) return media.error();
            return json::object{
                {"post", PostJson(*post)},
                {"check", *check ? json::value(CheckJson(**check)) : json::value(nullptr)},
                {"history", HistoryJson(*history)},
                {"media", std::move(*media)}};
        });
    });
    if (!found) co_return ErrorResponse(found.error());
    co_return JsonResponse(200, *found);
}

net::awaitable<Response> SavePost(ApiEnvironment& environment, RequestContext& context,
                                  bool create) {
    const std::string school_id = SchoolIdOf(context);
    const std::string post_id = PostIdOf(context);
    // The body is read first but judged after the permission check (403 whatever was sent).
    auto body = JsonObjectBody(context);
    const Principal& principal = *context.principal();
    auto post = co_await RunBlocking(context.workers(), [&]() -> core::Result<domain::Post> {
        auto call = Begin(environment, principal, Action::kDraftPost, school_id);
        if (!call) return call.error();
        if (!body) return body.error();
        auto content = PostContentFromBody(*body);
        if (!content) return content.error();
        domain::PostWorkflow workflow(environment.store, environment.clock, call->pack);
        return create ? workflow.Create(call->by, school_id, *content)
                      : workflow.Edit(call->by, school_id, post_id, *content);
    });
    if (!post) co_return ErrorResponse(post.error());
    co_return JsonResponse(create ? 201 : 200, PostJson(*post));
}

net::awaitable<Response> CheckPost(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string post_id = PostIdOf(context);
    const Principal& principal = *context.principal();
    auto check = co_await RunBlocking(
        context.workers(), [&]() -> core::Result<domain::PostCheckRecord> {
            auto call = Begin(environment, principal, Action::kDraftPost, school_id);
            if (!call) return call.error();
            domain::PostWorkflow workflow(environment.store, environment.clock, call->pack);
            const domain::LibraryPostMediaCheck media(call->pack);
            workflow.SetMediaCheck(&media);
            return workflow.Check(call->by, school_id, post_id, *environment.screeners);
        });
    if (!check) co_return ErrorResponse(check.error());
    co_return JsonResponse(200, CheckJson(*check));
}

// The school term containing `now` (England and Wales: autumn September-December, spring
// January-March, summer April-August), as [from, to) in UTC.
struct Term {
    std::string name;
    std::chrono::sys_days from;
    std::chrono::sys_days to;
};

Term TermOf(core::TimePoint now) {
    using namespace std::chrono;
    const year_month_day today(floor<days>(now));
    const int year = static_cast<int>(today.year());
    const unsigned month = static_cast<unsigned>(today.month());
    if (month >= 9) return {"autumn", sys_days(std::chrono::year(year) / 9 / 1),
                            sys_days(std::chrono::year(year + 1) / 1 / 1)};
    if (month <= 3) return {"spring", sys_days(std::chrono::year(year) / 1 / 1),
                            sys_days(std::chrono::year(year) / 4 / 1)};
    return {"summer", sys_days(std::chrono::year(year) / 4 / 1),
            sys_days(std::chrono::year(year) / 9 / 1)};
}

net::awaitable<Response> PostStats(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    const Term term = TermOf(environment.clock.Now());
    auto stats = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read([&](domain::Tx& tx) -> core::Result<domain::PostCheckStats> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kDraftPost, school_id);
            if (!access) return access.error();
            return tx.Posts().CountChecks(school_id, core::TimePoint(term.from),
                                          core::TimePoint(term.to));
        });
    });
    if (!stats) co_return ErrorResponse(stats.error());
    const auto iso = [](std::chrono::sys_days day) {
        return domain::Date{static_cast<int>(std::chrono::year_month_day(day).year()),
                            static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day(day).month())),
                            static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day(day).day()))}
            .ToIso();
    };
    co_return JsonResponse(
        200, json::object{{"term", json::object{{"name", term.name},
                                                {"from", iso(term.from)},
                                                {"to", iso(term.to - std::chrono::days(1))}}},
                          {"checks", stats->checks},
                          {"passed", stats->approve},
                          {"failed", stats->needs_changes + stats->block},
                          {"approve", stats->approve},
                          {"needs_changes", stats->needs_changes},
                          {"block", stats->block}});
}

net::awaitable<Response> ListTakedowns(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const bool open_only = PostsQueryParam(context.request().query, "open") == "true";
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
        auto call = Begin(environment, principal, Action::kPublishPost, school_id);
        if (!call) return call.error();
        return domain::CloseTakedownTask(environment.store, environment.clock, call->by.actor,
                                         school_id, task_id, *outcome, std::move(*note));
    });
    if (!task) co_return ErrorResponse(task.error());
    co_return JsonResponse(200, TakedownJson(*task));
}

core::Result<std::string> Field(const json::object& body, std::string_view name, bool required) {
    return StringField(body, name, required);
}

void AddStep(Router& router, ApiEnvironment& environment, std::string_view step, Action action,
             std::string summary, bool json_body, Step run) {
    router.Add(Method::kPost, "/api/schools/{school_id}/posts/{post_id}/" + std::string(step),
               {.summary = std::move(summary), .tag = "posts", .json_body = json_body},
               [&environment, action, run](RequestContext& context) {
                   return RunStep(environment, context, action, run);
               });
}

void AddSteps(Router& router, ApiEnvironment& environment) {
    using domain::PostWorkflow;
    AddStep(router, environment, "submit", Action::kDraftPost,
            "checked -> submitted (needs a check of this version that approves it).", false,
            [](PostWorkflow& flow, const PostCall& call, const std::string& id, const json::object&) {
                return flow.Submit(call.by, call.access.school.id, id);
            });
    AddStep(router, environment, "approve", Action::kApprovePost,
            "submitted -> approved {comment?}, by a role the pack names, never the author.", true,
            [](PostWorkflow& flow, const PostCall& call, const std::string& id,
               const json::object& body) -> core::Result<domain::Post> {
                auto comment = Field(body, "comment", false);
                if (!comment) return comment.error();
                return flow.Approve(call.by, call.access.school.id, id, std::move(*comment));
            });
    AddStep(router, environment, "reject", Action::kApprovePost,
            "submitted -> rejected {comment} (required).", true,
            [](PostWorkflow& flow, const PostCall& call, const std::string& id,
               const json::object& body) -> core::Result<domain::Post> {
                auto comment = Field(body, "comment", false);
                if (!comment) return comment.error();
                return flow.Reject(call.by, call.access.school.id, id, std::move(*comment));
            });
    AddStep(router, environment, "publish", Action::kPublishPost,
            "approved -> published {live_url}: who, when and where it went live.", true,
            [](PostWorkflow& flow, const PostCall& call, const std::string& id,
               const json::object& body) -> core::Result<domain::Post> {
                auto url = Field(body, "live_url", true);
                if (!url) return url.error();
                return flow.Publish(call.by, call.access.school.id, id, std::move(*url));
            });
    AddStep(router, environment, "takedown", Action::kPublishPost,
            "published -> taken_down {reason}; closes the post's open takedown tasks.", true,
            [](PostWorkflow& flow, const PostCall& call, const std::string& id,
               const json::object& body) -> core::Result<domain::Post> {
                auto reason = Field(body, "reason", true);
                if (!reason) return reason.error();
                return flow.TakeDown(call.by, call.access.school.id, id, std::move(*reason));
            });
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

void RegisterPostRoutes(Router& router, ApiEnvironment& environment) {
    const std::string base = "/api/schools/{school_id}/";
    router.Add(Method::kGet, base + "posts",
               {.summary = "The school's posts, newest first; ?state= filters, ?awaiting=me gives "
                           "those waiting for the signed-in person.",
                .tag = "posts"},
               [&environment](RequestContext& c) { return ListPosts(environment, c); });
    router.Add(Method::kPost, base + "posts",
               {.summary = "Drafts a post: {account_id, media_kind, caption, tagged_pupil_ids, "
                           "posting_date, controversial?, media_ids?: [the school's uploads]}.",
                .tag = "posts",
                .json_body = true},
               [&environment](RequestContext& c) { return SavePost(environment, c, true); });
    router.Add(Method::kGet, base + "posts/stats",
               {.summary = "Checks this term: {term, checks, passed, failed, approve, "
                           "needs_changes, block}.",
                .tag = "posts"},
               [&environment](RequestContext& c) { return PostStats(environment, c); });
    router.Add(Method::kGet, base + "posts/{post_id}",
               {.summary = "The post, its latest check, its history and its media with the "
                           "original and redacted preview URLs (the approver's before/after).",
                .tag = "posts"},
               [&environment](RequestContext& c) { return GetPost(environment, c); });
    router.Add(Method::kPut, base + "posts/{post_id}",
               {.summary = "Changes a post (same body as drafting); it goes back to draft.",
                .tag = "posts",
                .json_body = true},
               [&environment](RequestContext& c) { return SavePost(environment, c, false); });
    router.Add(Method::kPost, base + "posts/{post_id}/check",
               {.summary = "Checks the current version: {decision, reasons, details:[{reason, "
                           "pupil_id?, span?, message}]}; a draft becomes checked.",
                .tag = "posts"},
               [&environment](RequestContext& c) { return CheckPost(environment, c); });
    AddSteps(router, environment);
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
