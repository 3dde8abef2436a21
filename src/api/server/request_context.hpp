// RequestContext: what a handler gets for one request: the request, its path parameters, the
// authenticated principal (if any), the request id, and the server's shared services (worker
// pool for RunBlocking, metrics, routes, limits).
#pragma once

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "api/server/http_types.hpp"
#include "api/server/principal.hpp"
#include "api/server/router.hpp"
#include "api/server/server_config.hpp"
#include "core/result.hpp"

namespace steward::api {

class Authenticator;
class Metrics;

// Everything the server shares between connections. Owned by the Server; outlives every request.
struct Services {
    const ServerConfig& config;
    const Router& router;
    Metrics& metrics;
    boost::asio::thread_pool& workers;
    Authenticator* authenticator;    // may be null: then no request is authenticated
    const std::atomic<bool>& ready;  // true once listening, false again when shutting down
};

class RequestContext {
  public:
    RequestContext(const Request& request, PathParams params, std::string request_id,
                   Services& services)
        : request_(request),
          params_(std::move(params)),
          request_id_(std::move(request_id)),
          services_(services) {}

    const Request& request() const { return request_; }
    const std::string& request_id() const { return request_id_; }
    Services& services() const { return services_; }
    boost::asio::thread_pool& workers() const { return services_.workers; }

    // Returns the path parameter `name` ("school_id" for "/api/schools/{school_id}"), decoded.
    std::optional<std::string_view> Param(std::string_view name) const;

    // Parses the request body as JSON within the configured depth limit. Returns kInvalidInput
    // with the line and column when it is malformed.
    core::Result<boost::json::value> JsonBody() const;

    // The signed-in principal, set by the server before the handler runs; nullopt if anonymous.
    const std::optional<Principal>& principal() const { return principal_; }
    void set_principal(std::optional<Principal> principal) { principal_ = std::move(principal); }

  private:
    const Request& request_;
    PathParams params_;
    std::string request_id_;
    Services& services_;
    std::optional<Principal> principal_;
};

}  // namespace steward::api
