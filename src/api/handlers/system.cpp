#include "api/handlers/system.hpp"

#include <boost/json.hpp>

#include "api/server/metrics.hpp"
#include "api/server/openapi.hpp"
#include "api/server/request_context.hpp"
#include "security/tokens.hpp"

namespace steward::api {
namespace {

net::awaitable<Response> Healthz(RequestContext& context) {
    if (!context.services().ready.load()) {
        co_return Response::Json(503, R"({"status":"stopping"})");
    }
    co_return Response::Json(200, R"({"status":"ok"})");
}

bool IsLoopback(std::string_view address) {
    return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

// Request counts are no pupil data, but they describe the installation: least privilege says
// a scraper proves who it is (a token) or runs on this machine (not through a proxy).
bool MayReadMetrics(const RequestContext& context) {
    const Request& request = context.request();
    const std::string& token = context.services().config.metrics_token;
    if (!token.empty()) {
        const auto header = request.Header("authorization");
        return header && security::ConstantTimeEquals(*header, "Bearer " + token);
    }
    return IsLoopback(request.remote_address) && !request.Header("x-forwarded-for") &&
           !request.Header("forwarded");
}

net::awaitable<Response> MetricsText(RequestContext& context) {
    if (!MayReadMetrics(context)) {
        co_return Response::Json(404, R"({"error":{"code":"not_found","message":"There is no page at this address.","where":""}})");
    }
    co_return Response::Text(200, context.services().metrics.RenderPrometheus(),
                             "text/plain; version=0.0.4; charset=utf-8");
}

net::awaitable<Response> Version(RequestContext& context) {
    co_return Response::Json(
        200, boost::json::serialize(boost::json::object{
                 {"name", "steward"}, {"version", context.services().config.version}}));
}

net::awaitable<Response> OpenApi(RequestContext& context) {
    co_return Response::Json(
        200, BuildOpenApiDocument(context.services().router, context.services().config.version));
}

}  // namespace

void RegisterSystemRoutes(Router& router) {
    router.Add(Method::kGet, "/healthz",
               {.summary = "Reports whether the server is ready.", .access = Access::kPublic},
               Healthz);
    router.Add(Method::kGet, "/metrics",
               {.summary = "Request counts, latencies and connections in Prometheus text format.",
                .access = Access::kPublic,
                .response_type = "text/plain"},
               MetricsText);
    router.Add(Method::kGet, "/api/version",
               {.summary = "The server's name and version.", .access = Access::kPublic}, Version);
    router.Add(Method::kGet, "/api/openapi.json",
               {.summary = "This API's OpenAPI 3.1 document.", .access = Access::kPublic}, OpenApi);
}

}  // namespace steward::api
