#include "api/server/dispatcher.hpp"

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <optional>
#include <random>

#include "api/error_mapping.hpp"
#include "api/server/authenticator.hpp"
#include "api/server/cookies.hpp"
#include "api/server/csrf.hpp"
#include "api/server/metrics.hpp"
#include "api/server/run_blocking.hpp"
#include "api/server/security_headers.hpp"

namespace steward::api {
namespace {

using Clock = std::chrono::steady_clock;

Response NoRoute(const Request& request, const RouteMatch& match) {
    if (match.allowed.empty()) {
        return ProtocolErrorResponse(404, "not_found", "There is no such address; check the URL.");
    }
    std::string allow;
    for (Method method : match.allowed) {
        if (!allow.empty()) allow += ", ";
        allow += MethodName(method);
    }
    Response response = ProtocolErrorResponse(
        405, "method_not_allowed",
        std::string(MethodName(request.method)) + " is not allowed here; use " + allow + ".");
    response.headers.emplace_back("allow", allow);
    return response;
}

// Finds the principal for the session cookie, if any. Runs the authenticator on the pool.
net::awaitable<core::Result<std::optional<Principal>>> Authenticate(Services& services,
                                                                    const Request& request) {
    const auto cookie_header = request.Header("cookie");
    if (!cookie_header || services.authenticator == nullptr) {
        co_return std::optional<Principal>();
    }
    const auto token = FindCookie(*cookie_header, kSessionCookieName);
    if (!token || token->empty()) co_return std::optional<Principal>();
    Authenticator* authenticator = services.authenticator;
    const std::string token_copy(*token);
    co_return co_await RunBlocking(services.workers,
                                   [&] { return authenticator->Authenticate(token_copy); });
}

// Runs the authentication, access and CSRF checks and then the handler.
net::awaitable<Response> RunRoute(Services& services, const Request& request,
                                  const RouteMatch& match, const std::string& request_id) {
    RequestContext context(request, match.params, request_id, services);
    auto principal = co_await Authenticate(services, request);
    if (!principal) co_return ErrorResponse(principal.error());
    context.set_principal(std::move(*principal));
    const Route& route = *match.route;
    if (route.info.access == Access::kSession && !context.principal()) {
        co_return ErrorResponse(
            core::Error{core::ErrorCode::kUnauthenticated, "Sign in to use this page.", ""});
    }
    if (context.principal() && NeedsCsrfToken(request)) {
        const auto csrf = CheckCsrfToken(request, *context.principal());
        if (!csrf) co_return ErrorResponse(csrf.error());
    }
    co_return co_await route.handler(context);
}

Response InternalError(const std::string& request_id) {
    Response response = ProtocolErrorResponse(
        500, "internal",
        "Something went wrong on the server; quote reference " + request_id + " to your IT lead.");
    return response;
}

}  // namespace

std::string NewRequestId() {
    static const unsigned kProcessTag = std::random_device{}();
    static std::atomic<unsigned long long> counter{0};
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%llu", kProcessTag,
                  counter.fetch_add(1, std::memory_order_relaxed) + 1);
    return text;
}

net::awaitable<Response> Dispatch(Services& services, const Request& request,
                                  const std::string& request_id) {
    const auto started = Clock::now();
    services.metrics.RequestStarted();
    // HEAD is answered as GET (RFC 9110 section 9.3.2); the connection sends the headers only.
    RouteMatch match = services.router.Match(request.method, request.path);
    if (request.method == Method::kHead && match.route == nullptr) {
        match = services.router.Match(Method::kGet, request.path);
    }
    const std::string route = match.route != nullptr ? match.route->pattern : "unmatched";
    Response response;
    if (match.route == nullptr) {
        response = NoRoute(request, match);
    } else {
        try {
            response = co_await RunRoute(services, request, match, request_id);
        } catch (const std::exception& e) {
            // Only the route and the exception's text: never the body, cookies or headers.
            spdlog::error("request {} {} {} failed: {}", request_id, MethodName(request.method),
                          route, e.what());
            response = InternalError(request_id);
        }
    }
    response.headers.emplace_back("x-request-id", request_id);
    AddSecurityHeaders(response);
    services.metrics.RequestFinished();
    services.metrics.Record(MethodName(request.method), route, response.status,
                            Clock::now() - started);
    spdlog::debug("request {} {} {} -> {}", request_id, MethodName(request.method), route,
                  response.status);
    co_return response;
}

Response DispatchNow(Services& services, const Request& request) {
    net::io_context io;
    std::optional<Response> response;
    net::co_spawn(
        io,
        [&]() -> net::awaitable<void> {
            response = co_await Dispatch(services, request, NewRequestId());
        },
        net::detached);
    io.run();
    return response ? std::move(*response) : InternalError("none");
}

}  // namespace steward::api
