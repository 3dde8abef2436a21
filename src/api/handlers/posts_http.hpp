// What the post routes share (posts.cpp, posts_steps.cpp, posts_takedowns.cpp, posts_stats.cpp):
// the signed-in person at one school with the school's pack, the {post_id} parameter, an
// optional JSON body, and each file's route registration (RegisterPostRoutes calls them all).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "api/auth/api_environment.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/router.hpp"
#include "domain/posts/post_workflow.hpp"

namespace steward::api {

// The signed-in person at one school: the granting role, every held role, the pack.
struct PostCall {
    SchoolAccess access;
    domain::PostActor by;
    const policy::PolicyPack* pack = nullptr;
};

// Checks `action` for `principal` at `school_id` in a read transaction of its own and returns the
// call (kNotFound, kPermissionDenied). Blocking: call it on a worker.
core::Result<PostCall> BeginPostCall(ApiEnvironment& environment, const Principal& principal,
                                     domain::Action action, const std::string& school_id);

// The path parameter {post_id} ("" if absent).
std::string PostIdOf(const RequestContext& context);

// The JSON object body, or {} for an empty body (submit takes none).
core::Result<boost::json::object> OptionalBody(const RequestContext& context);

// POST posts/{post_id}/submit, approve, reject, publish, takedown (posts_steps.cpp).
void AddPostStepRoutes(Router& router, ApiEnvironment& environment);
// GET takedowns, POST takedowns/{task_id}/done (posts_takedowns.cpp).
void AddTakedownRoutes(Router& router, ApiEnvironment& environment);
// GET posts/stats (posts_stats.cpp).
void AddPostStatsRoute(Router& router, ApiEnvironment& environment);

}  // namespace steward::api
