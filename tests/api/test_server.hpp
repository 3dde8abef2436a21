// TestServer: a real api::Server on 127.0.0.1:0 with short limits and deadlines, the system
// routes, and whatever test routes a test adds before Start().
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "api/server/request_context.hpp"
#include "api/server/router.hpp"
#include "api/server/server.hpp"

namespace steward::api::testing {

inline ServerConfig TestConfig() {
    ServerConfig config;
    config.host = "127.0.0.1";
    config.port = 0;
    config.io_threads = 2;
    config.worker_threads = 2;
    config.max_header_bytes = 4096;
    config.max_body_bytes = 1024;
    config.max_json_depth = 8;
    config.read_timeout = std::chrono::milliseconds(400);
    config.idle_timeout = std::chrono::milliseconds(2000);
    config.write_timeout = std::chrono::milliseconds(2000);
    config.shutdown_grace = std::chrono::milliseconds(5000);
    config.version = "9.9.9-test";
    return config;
}

class TestServer {
  public:
    explicit TestServer(ServerConfig config = TestConfig()) : config_(std::move(config)) {}

    Router& router() { return *router_; }

    void Start(Authenticator* authenticator = nullptr) {
        server_ = std::make_unique<Server>(config_, std::move(router_), authenticator);
        auto started = server_->Start();
        ASSERT_TRUE(started) << started.error().ToString();
    }

    std::uint16_t port() const { return server_->port(); }
    Server& server() { return *server_; }

  private:
    ServerConfig config_;
    std::unique_ptr<Router> router_ = MakeRouter();
    std::unique_ptr<Server> server_;
};

}  // namespace steward::api::testing
