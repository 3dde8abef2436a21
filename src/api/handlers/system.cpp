#include "api/handlers/system.hpp"

#include <boost/json.hpp>

#include "api/server/metrics.hpp"
#include "api/server/openapi.hpp"
#include "api/server/request_context.hpp"

namespace steward::api {
namespace {

net::awaitable<Response> Healthz(RequestContext& context) {
    if (!context.services().ready.load()) {
        co_return Response::Json(503, R"({"status":"stopping"})");
    }
    co_return Response::Json(200, R"({"status":"ok"})");
}

net::awaitable<Response> MetricsText(RequestContext& context) {
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
