// Sign-in routes: POST /api/session, GET /api/me, DELETE /api/session; and RegisterDomainRoutes.
#include <boost/json.hpp>

#include "api/auth/sign_in.hpp"
#include "api/auth/store_authenticator.hpp"
#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/cookies.hpp"
#include "api/server/run_blocking.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;

std::string SessionBody(const Principal& principal, std::string_view csrf_token) {
    json::array roles;
    for (const auto& held : principal.roles) {
        roles.push_back(RoleJson(held.role, held.school_id, held.trust_id));
    }
    return json::serialize(json::object{
        {"user",
         {{"id", principal.user_id},
          {"username", principal.username},
          {"display_name", principal.display_name}}},
        {"csrf_token", csrf_token},
        {"roles", std::move(roles)}});
}

Response TooManyAttempts(std::chrono::seconds retry_after) {
    Response response = ProtocolErrorResponse(
        429, "too_many_attempts",
        "Too many failed sign-ins; wait " + std::to_string(retry_after.count()) +
            " seconds and try again, or ask your IT lead to check the account.");
    response.headers.emplace_back("retry-after", std::to_string(retry_after.count()));
    return response;
}

net::awaitable<Response> CreateSession(ApiEnvironment& environment, RequestContext& context) {
    auto body = JsonObjectBody(context);
    if (!body) co_return ErrorResponse(body.error());
    auto username = StringField(*body, "username");
    if (!username) co_return ErrorResponse(username.error());
    auto password = StringField(*body, "password");
    if (!password) co_return ErrorResponse(password.error());
    const std::string address = context.request().remote_address;
    SignInOutcome outcome = co_await RunBlocking(
        context.workers(), [&] { return SignIn(environment, *username, *password, address); });
    if (outcome.retry_after.count() > 0) co_return TooManyAttempts(outcome.retry_after);
    if (!outcome.session) co_return ErrorResponse(outcome.session.error());
    Response response = Response::Json(
        201, SessionBody(outcome.session->principal, outcome.session->csrf_token));
    response.headers.emplace_back(
        "set-cookie", SessionCookie(outcome.session->token, environment.sessions.absolute_timeout));
    response.headers.emplace_back("cache-control", "no-store");
    co_return response;
}

net::awaitable<Response> Me(RequestContext& context) {
    const auto cookies = context.request().Header("cookie");
    const auto token = cookies ? FindCookie(*cookies, kSessionCookieName) : std::nullopt;
    Response response =
        Response::Json(200, SessionBody(*context.principal(), CsrfTokenFor(token.value_or(""))));
    response.headers.emplace_back("cache-control", "no-store");
    co_return response;
}

net::awaitable<Response> EndSession(ApiEnvironment& environment, RequestContext& context) {
    const Principal principal = *context.principal();
    auto ended =
        co_await RunBlocking(context.workers(), [&] { return SignOut(environment, principal); });
    if (!ended) co_return ErrorResponse(ended.error());
    Response response = Response::Json(200, R"({"signed_out":true})");
    response.headers.emplace_back("set-cookie", ClearSessionCookie());
    co_return response;
}

}  // namespace

void RegisterSessionRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kPost, "/api/session",
               {.summary = "Signs in with {username, password}; sets the session cookie and "
                           "returns the user, their roles and the CSRF token (429 with "
                           "Retry-After when throttled).",
                .tag = "session",
                .access = Access::kPublic,
                .json_body = true},
               [&environment](RequestContext& context) {
                   return CreateSession(environment, context);
               });
    router.Add(Method::kGet, "/api/me",
               {.summary = "The signed-in user, their roles and the CSRF token.", .tag = "session"},
               Me);
    router.Add(Method::kDelete, "/api/session",
               {.summary = "Signs out: ends the session on the server and clears the cookie.",
                .tag = "session"},
               [&environment](RequestContext& context) {
                   return EndSession(environment, context);
               });
}

void RegisterDomainRoutes(Router& router, ApiEnvironment& environment) {
    RegisterSessionRoutes(router, environment);
    RegisterSchoolRoutes(router, environment);
    RegisterPeopleRoutes(router, environment);
    RegisterPupilRoutes(router, environment);
    RegisterAuditRoutes(router, environment);
    RegisterCaseRoutes(router, environment);
    RegisterFollowerRoutes(router, environment);
    RegisterCommentRoutes(router, environment);
    RegisterConsentRoutes(router, environment);
    RegisterSubjectAccessRoutes(router, environment);
    RegisterAccountRoutes(router, environment);
    RegisterPostRoutes(router, environment);
    RegisterSchoolContactRoutes(router, environment);
    RegisterMediaRoutes(router, environment);
}

}  // namespace steward::api
