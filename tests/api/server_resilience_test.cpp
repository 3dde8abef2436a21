// The server under slow, stuck and departing clients: deadlines, connection limits and
// graceful shutdown. Waits are polls with an upper bound, never fixed sleeps.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <future>
#include <thread>

#include "api/server/run_blocking.hpp"
#include "http_client.hpp"
#include "test_server.hpp"

namespace steward::api::testing {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Returns true once the peer has closed `socket` (read returns EOF or an error).
bool PeerClosed(boost::asio::ip::tcp::socket& socket) {
    socket.non_blocking(true);
    char byte = 0;
    boost::system::error_code ec;
    socket.read_some(boost::asio::buffer(&byte, 1), ec);
    return ec && ec != boost::asio::error::would_block;
}

TEST(ServerResilienceTest, SlowLorisIsCutOffAtTheReadTimeout) {
    TestServer server;  // read_timeout 400 ms
    server.Start();
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), server.port()});
    const std::string request =
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + std::string(200, 'a') + "\r\n\r\n";
    const auto started = Clock::now();
    bool closed = false;
    // One byte every 20 ms: the whole request would take 5 s; the server must hang up at ~0.4 s.
    for (char byte : request) {
        boost::system::error_code ec;
        boost::asio::write(socket, boost::asio::buffer(&byte, 1), ec);
        if (ec || PeerClosed(socket)) {
            closed = true;
            break;
        }
        std::this_thread::sleep_for(milliseconds(20));
    }
    const auto elapsed = Clock::now() - started;
    EXPECT_TRUE(closed);
    EXPECT_LT(elapsed, milliseconds(3000));
    // And the server still answers others.
    HttpClient client(server.port());
    EXPECT_EQ(client.Get("/healthz").status, 200);
}

TEST(ServerResilienceTest, IdleKeepAliveConnectionIsClosedAfterIdleTimeout) {
    ServerConfig config = TestConfig();
    config.idle_timeout = milliseconds(200);
    TestServer server(config);
    server.Start();
    HttpClient client(server.port());
    EXPECT_EQ(client.Get("/healthz").status, 200);
    const auto deadline = Clock::now() + milliseconds(5000);
    bool closed = false;
    while (!closed && Clock::now() < deadline) {
        closed = PeerClosed(client.socket());
        if (!closed) std::this_thread::sleep_for(milliseconds(10));
    }
    EXPECT_TRUE(closed);
}

TEST(ServerResilienceTest, ConnectionsOverTheLimitGet503) {
    ServerConfig config = TestConfig();
    config.max_connections = 1;
    TestServer server(config);
    server.Start();
    HttpClient first(server.port());
    EXPECT_EQ(first.Get("/healthz").status, 200);  // now certainly registered
    const std::string raw = RawExchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(raw.rfind("HTTP/1.1 503", 0), 0u) << raw;
}

TEST(ServerResilienceTest, GracefulShutdownFinishesTheRequestInFlight) {
    TestServer server;
    std::atomic<bool> entered{false};
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    server.router().Add(Method::kGet, "/slow", {.summary = "Waits.", .access = Access::kPublic},
                        [&](RequestContext& context) -> net::awaitable<Response> {
                            entered = true;
                            co_await RunBlocking(context.workers(), [&] { released.wait(); });
                            co_return Response::Json(200, R"({"finished":true})");
                        });
    server.Start();
    const std::uint16_t port = server.port();
    auto reply = std::async(std::launch::async, [port] {
        HttpClient client(port);
        return client.Get("/slow");
    });
    HttpClient idle(port);  // an idle keep-alive connection must not hold the shutdown up
    EXPECT_EQ(idle.Get("/healthz").status, 200);
    while (!entered) std::this_thread::yield();
    auto shutdown = std::async(std::launch::async, [&] { server.server().Shutdown(); });
    // The shutdown waits for the handler: it cannot finish before the handler is released.
    EXPECT_EQ(shutdown.wait_for(milliseconds(100)), std::future_status::timeout);
    release.set_value();
    const HttpResult result = reply.get();
    EXPECT_EQ(result.status, 200);
    EXPECT_EQ(result.body, R"({"finished":true})");
    EXPECT_EQ(result.Header("Connection"), "close");
    EXPECT_EQ(shutdown.wait_for(milliseconds(5000)), std::future_status::ready);
    // Nothing listens any more.
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    boost::system::error_code ec;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port}, ec);
    EXPECT_TRUE(ec);
}

}  // namespace
}  // namespace steward::api::testing
