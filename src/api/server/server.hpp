// Server: Steward's HTTP/1.1 server. Listens on ServerConfig's host and port, serves the
// Router's routes on N I/O threads, runs blocking work on a separate worker pool, and shuts
// down gracefully. No Beast or Asio types here, so the CLI can include it.
//
//   api::Server server(config, &authenticator);  // or (config, router, &authenticator)
//   if (auto started = server.Start(); !started) return started.error();
//   server.WaitForShutdownSignal([&] { Announce(server.port()); });
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include "api/server/server_config.hpp"
#include "core/result.hpp"

namespace steward::api {

class Authenticator;
class Router;

// Returns a router with the built-in routes: GET /healthz, /metrics, /api/version and
// /api/openapi.json. Callers add their own routes to it before handing it to a Server.
std::unique_ptr<Router> MakeRouter();

class Server {
  public:
    // `authenticator` may be null (no request is then signed in); if set it must outlive the
    // server and be thread-safe.
    Server(ServerConfig config, std::unique_ptr<Router> router,
           Authenticator* authenticator = nullptr);
    // Serves the routes of MakeRouter(): for callers that add none of their own.
    explicit Server(ServerConfig config, Authenticator* authenticator = nullptr);
    ~Server();  // calls Shutdown()
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds, listens and starts the I/O and worker threads; /healthz answers ok from here on.
    // Returns kInvalidInput for a host that is not an IP address and kUnavailable when the
    // address cannot be bound (in use, not permitted). Call once.
    core::Status Start();

    // The port actually bound (useful with port 0); 0 before Start().
    std::uint16_t port() const;

    // Stops accepting, closes idle connections, lets requests in flight finish for at most
    // config.shutdown_grace, then closes the rest and joins every thread. Idempotent; call it
    // from any thread except the server's own.
    void Shutdown();

    // Calls `on_ready` (if set), then blocks until SIGINT or SIGTERM arrives, then Shutdown().
    void WaitForShutdownSignal(const std::function<void()>& on_ready = {});

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace steward::api
