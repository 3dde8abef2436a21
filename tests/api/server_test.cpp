// The HTTP server end to end: a real server on 127.0.0.1:0, real requests over TCP.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/server/run_blocking.hpp"
#include "http_client.hpp"
#include "test_server.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;

boost::json::value ErrorOf(const HttpResult& result) {
    return boost::json::parse(result.body).at("error");
}

TEST(ServerTest, HealthzSaysOk) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    const HttpResult result = client.Get("/healthz");
    EXPECT_EQ(result.status, 200);
    EXPECT_EQ(result.body, R"({"status":"ok"})");
    EXPECT_EQ(result.Header("Content-Type"), "application/json");
    EXPECT_FALSE(result.Header("X-Request-Id").empty());
}

TEST(ServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    for (int count = 0; count < 3; ++count) EXPECT_EQ(client.Get("/healthz").status, 200);
}

TEST(ServerTest, VersionReportsTheConfiguredVersion) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    const auto body = boost::json::parse(client.Get("/api/version").body);
    EXPECT_EQ(body.at("version").as_string(), "9.9.9-test");
}

TEST(ServerTest, MetricsCountARequestByRouteAndStatus) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    client.Get("/healthz");
    client.Get("/healthz");
    client.Get("/nowhere");
    const HttpResult metrics = client.Get("/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(metrics.body.find(
                  R"(steward_http_requests_total{method="GET",route="/healthz",status="200"} 2)"),
              std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find(
                  R"(steward_http_requests_total{method="GET",route="unmatched",status="404"} 1)"),
              std::string::npos);
    EXPECT_NE(metrics.body.find("steward_http_request_duration_seconds_count 3"),
              std::string::npos);
    EXPECT_NE(metrics.body.find("steward_http_requests_in_flight 1"), std::string::npos);
}

// Req: AUD-06 (least privilege): the installation's figures are for this machine or a token.
TEST(ServerTest, MetricsRefuseForwardedRequestsAndNeedTheTokenWhenOneIsSet) {
    {
        TestServer server;
        server.Start();
        HttpClient client(server.port());
        EXPECT_EQ(client.Get("/metrics").status, 200);
        EXPECT_EQ(client.Send(boost::beast::http::verb::get, "/metrics", "",
                              {{"X-Forwarded-For", "203.0.113.9"}})
                      .status,
                  404);
    }
    ServerConfig config = TestConfig();
    config.metrics_token = "scrape-secret";
    TestServer server(config);
    server.Start();
    HttpClient client(server.port());
    EXPECT_EQ(client.Get("/metrics").status, 404);
    EXPECT_EQ(client.Send(boost::beast::http::verb::get, "/metrics", "",
                          {{"Authorization", "Bearer wrong-secret!"}})
                  .status,
              404);
    EXPECT_EQ(client.Send(boost::beast::http::verb::get, "/metrics", "",
                          {{"Authorization", "Bearer scrape-secret"}})
                  .status,
              200);
}

TEST(ServerTest, HeadIsAnsweredLikeGetWithoutABody) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    const HttpResult get = client.Get("/api/version");
    const HttpResult head = client.Send(boost::beast::http::verb::head, "/api/version");
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.empty());
    EXPECT_EQ(head.Header("content-length"), std::to_string(get.body.size()));
    EXPECT_EQ(client.Get("/healthz").status, 200);  // the connection is still in step
    EXPECT_EQ(client.Send(boost::beast::http::verb::head, "/api/openapi.json").status, 200);
}

TEST(ServerTest, OpenApiListsExactlyTheRegisteredRoutes) {
    TestServer server;
    server.router().Add(Method::kPost, "/api/schools/{school_id}/things",
                        {.summary = "Adds a thing.", .tag = "things", .json_body = true},
                        [](RequestContext&) -> net::awaitable<Response> { co_return Response{}; });
    server.Start();
    HttpClient client(server.port());
    const auto document = boost::json::parse(client.Get("/api/openapi.json").body);
    EXPECT_EQ(document.at("openapi").as_string(), "3.1.0");
    const auto& paths = document.at("paths").as_object();
    EXPECT_EQ(paths.size(), 5u);
    for (const char* path : {"/healthz", "/metrics", "/api/version", "/api/openapi.json"}) {
        EXPECT_TRUE(paths.contains(path)) << path;
    }
    const auto& post = paths.at("/api/schools/{school_id}/things").at("post");
    EXPECT_EQ(post.at("parameters").at(0).at("name").as_string(), "school_id");
    EXPECT_TRUE(post.as_object().contains("requestBody"));
    EXPECT_TRUE(post.as_object().contains("security"));
}

TEST(ServerTest, UnknownPathIs404JsonError) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    const HttpResult result = client.Get("/no/such/thing");
    EXPECT_EQ(result.status, 404);
    EXPECT_EQ(ErrorOf(result).at("code").as_string(), "not_found");
}

TEST(ServerTest, WrongMethodIs405WithAllowHeader) {
    TestServer server;
    server.Start();
    HttpClient client(server.port());
    const HttpResult result = client.Send(http::verb::delete_, "/healthz");
    EXPECT_EQ(result.status, 405);
    EXPECT_EQ(result.Header("Allow"), "GET");
    EXPECT_EQ(ErrorOf(result).at("code").as_string(), "method_not_allowed");
}

TEST(ServerTest, BodyOverTheLimitIs413JsonError) {
    TestServer server;
    server.Start();
    const std::string body(2048, 'x');
    const std::string raw = RawExchange(
        server.port(), "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 2048\r\n\r\n" + body);
    EXPECT_EQ(raw.rfind("HTTP/1.1 413", 0), 0u) << raw;
    EXPECT_NE(raw.find(R"("code":"body_too_large")"), std::string::npos);
}

TEST(ServerTest, HeadersOverTheLimitAre431) {
    TestServer server;
    server.Start();
    const std::string raw = RawExchange(
        server.port(),
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(8192, 'a') + "\r\n\r\n");
    EXPECT_EQ(raw.rfind("HTTP/1.1 431", 0), 0u) << raw.substr(0, 200);
    EXPECT_NE(raw.find(R"("code":"header_too_large")"), std::string::npos);
}

TEST(ServerTest, GarbageRequestIs400AndClosed) {
    TestServer server;
    server.Start();
    const std::string raw = RawExchange(server.port(), "HELLO THERE\r\n\r\n");
    EXPECT_EQ(raw.rfind("HTTP/1.1 400", 0), 0u) << raw;
}

TEST(ServerTest, MalformedJsonBodyIs400WithLine) {
    TestServer server;
    server.router().Add(Method::kPost, "/api/echo",
                        {.summary = "Echo.", .access = Access::kPublic, .json_body = true},
                        [](RequestContext& context) -> net::awaitable<Response> {
                            auto body = context.JsonBody();
                            if (!body) co_return ErrorResponse(body.error());
                            co_return Response::Json(200, boost::json::serialize(*body));
                        });
    server.Start();
    HttpClient client(server.port());
    const HttpResult bad = client.Send(http::verb::post, "/api/echo", "{\n\"a\": tru }");
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(ErrorOf(bad).at("code").as_string(), "invalid_input");
    EXPECT_EQ(ErrorOf(bad).at("where").as_string().subview().substr(0, 19), "request body line 2");
    const HttpResult good = client.Send(http::verb::post, "/api/echo", R"({"a":true})");
    EXPECT_EQ(good.status, 200);
    EXPECT_EQ(good.body, R"({"a":true})");
}

TEST(ServerTest, HandlerExceptionIs500WithRequestId) {
    TestServer server;
    server.router().Add(Method::kGet, "/boom", {.summary = "Throws.", .access = Access::kPublic},
                        [](RequestContext&) -> net::awaitable<Response> {
                            throw std::runtime_error("bug");
                            co_return Response{};
                        });
    server.Start();
    HttpClient client(server.port());
    const HttpResult result = client.Get("/boom");
    EXPECT_EQ(result.status, 500);
    const std::string id = result.Header("X-Request-Id");
    ASSERT_FALSE(id.empty());
    EXPECT_NE(std::string(ErrorOf(result).at("message").as_string()).find(id), std::string::npos);
    EXPECT_EQ(client.Get("/healthz").status, 200);  // the connection and server carry on
}

TEST(ServerTest, RunBlockingRunsOnAWorkerAndReturnsTheResult) {
    TestServer server;
    server.router().Add(Method::kGet, "/work", {.summary = "Works.", .access = Access::kPublic},
                        [](RequestContext& context) -> net::awaitable<Response> {
                            const auto io_thread = std::this_thread::get_id();
                            core::Result<int> value =
                                co_await RunBlocking(context.workers(), [&]() -> core::Result<int> {
                                    return std::this_thread::get_id() != io_thread ? 42 : -1;
                                });
                            co_return Response::Json(200, std::to_string(*value));
                        });
    server.Start();
    HttpClient client(server.port());
    EXPECT_EQ(client.Get("/work").body, "42");
}

TEST(ServerTest, PortInUseIsUnavailable) {
    TestServer first;
    first.Start();
    ServerConfig config = TestConfig();
    config.port = first.port();
    Server second(config, MakeRouter());
    auto started = second.Start();
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace steward::api::testing
