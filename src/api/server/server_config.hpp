// ServerConfig: every limit and deadline of the HTTP server, in one place so that `steward serve`
// reads them from flags, a TOML file or the environment and the tests can shrink them.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace steward::api {

struct ServerConfig {
    std::string host = "127.0.0.1";      // address to listen on: IPv4 or IPv6 literal
    std::uint16_t port = 8080;           // 0 asks the system for a free port (see Server::port())
    int io_threads = 2;                  // threads that run the connections' coroutines
    int worker_threads = 4;              // threads of the pool RunBlocking() hands blocking work to
    std::size_t max_connections = 1024;  // further connections get 503 and are closed
    std::size_t max_header_bytes = 16 * 1024;          // request line + headers; more gets 431
    std::size_t max_body_bytes = 1024 * 1024;          // more gets 413
    std::size_t max_json_depth = 32;                   // nesting allowed in a JSON request body
    std::chrono::milliseconds read_timeout{10'000};    // from a request's first byte to its last
    std::chrono::milliseconds idle_timeout{30'000};    // keep-alive wait for the next request
    std::chrono::milliseconds write_timeout{10'000};   // to send one response
    std::chrono::milliseconds shutdown_grace{10'000};  // in-flight requests get this long to finish
    std::string database_url = "sqlite:data/steward.db";  // stored for the wiring; not used here
    bool demo = false;                                    // stored for the wiring; not used here
    std::chrono::seconds session_idle_timeout{30 * 60};       // sign-in ends after this idle
    std::chrono::seconds session_absolute_timeout{12 * 3600};  // and this long after sign-in
    // GET /metrics: with a token, only for "Authorization: Bearer <token>"; without one, only
    // for a client on this machine that is not a proxy's forwarded request. Never logged.
    std::string metrics_token;
    std::string version = "0.0.0";  // what GET /api/version and the OpenAPI document report
};

}  // namespace steward::api
