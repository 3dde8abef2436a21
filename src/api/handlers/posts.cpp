// Post routes (issue 4 items 3 and 6), all under /api/schools/{school_id}: posts (list, draft,
// read, edit) and the check. RegisterPostRoutes also adds the workflow steps (posts_steps.cpp),
// the takedown tasks (posts_takedowns.cpp) and the term's check figures (posts_stats.cpp). The
// permission table decides first; the school's policy pack then names who may approve and
// publish (domain/posts/approval_chain.hpp). Pupils appear by id only.
#include <boost/json.hpp>
#include <memory>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/posts_http.hpp"
#include "api/handlers/posts_json.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/media_items/post_media.hpp"
#include "domain/posts/approval_chain.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

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
    const std::string state_text = QueryParam(context.request().query, "state");
    const bool awaiting_me = QueryParam(context.request().query, "awaiting") == "me";
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
        auto call = BeginPostCall(environment, principal, Action::kDraftPost, school_id);
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
        auto call = BeginPostCall(environment, principal, Action::kDraftPost, school_id);
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
            auto call = BeginPostCall(environment, principal, Action::kDraftPost, school_id);
            if (!call) return call.error();
            domain::PostWorkflow workflow(environment.store, environment.clock, call->pack);
            const domain::LibraryPostMediaCheck media(call->pack);
            workflow.SetMediaCheck(&media);
            return workflow.Check(call->by, school_id, post_id, *environment.screeners);
        });
    if (!check) co_return ErrorResponse(check.error());
    co_return JsonResponse(200, CheckJson(*check));
}

}  // namespace

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
    AddPostStatsRoute(router, environment);
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
    AddPostStepRoutes(router, environment);
    AddTakedownRoutes(router, environment);
}

}  // namespace steward::api
