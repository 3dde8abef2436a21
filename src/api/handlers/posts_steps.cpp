// Post workflow step routes (issue 4 item 6), POST /api/schools/{school_id}/posts/{post_id}/
// submit, approve, reject, publish and takedown: each runs one PostWorkflow step and answers
// with the post. The permission table decides first; the pack then names who may approve and
// publish (domain/posts/approval_chain.hpp).
#include <functional>

#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/posts_http.hpp"
#include "api/handlers/posts_json.hpp"
#include "api/server/run_blocking.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

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
        auto call = BeginPostCall(environment, principal, action, school_id);
        if (!call) return call.error();
        domain::PostWorkflow workflow(environment.store, environment.clock, call->pack);
        return step(workflow, *call, post_id, *body);
    });
    if (!post) co_return ErrorResponse(post.error());
    co_return JsonResponse(200, PostJson(*post));
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

}  // namespace

void AddPostStepRoutes(Router& router, ApiEnvironment& environment) {
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

}  // namespace steward::api
