// Router: maps a method and a path pattern such as "/api/schools/{school_id}" to a handler
// coroutine with metadata (summary, auth) that the OpenAPI document is generated from, so the
// document lists exactly the routes that exist.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/server/http_types.hpp"

namespace steward::api {

namespace net = boost::asio;

class RequestContext;

using Handler = std::function<boost::asio::awaitable<Response>(RequestContext&)>;

enum class Access {
    kPublic,   // anyone; a session is read if present
    kSession,  // needs a signed-in session (401 otherwise) and, if state-changing, a CSRF token
};

struct RouteInfo {
    std::string summary;         // one line for the OpenAPI document
    std::string tag = "system";  // OpenAPI tag: the domain room, e.g. "consent"
    Access access = Access::kSession;
    bool json_body = false;                          // takes a JSON request body
    std::string response_type = "application/json";  // content type of a success
    // The largest body this route reads, in place of ServerConfig::max_body_bytes (e.g. a phone
    // photo upload); applied by the connection once the request line has been routed.
    std::optional<std::size_t> max_body_bytes;
};

struct Route {
    Method method;
    std::string pattern;  // e.g. "/api/schools/{school_id}"
    std::vector<std::string>
        segments;  // pattern split on '/', e.g. {"api","schools","{school_id}"}
    RouteInfo info;
    Handler handler;
};

using PathParams = std::vector<std::pair<std::string, std::string>>;

struct RouteMatch {
    const Route* route = nullptr;  // null when nothing matched
    PathParams params;
    std::vector<Method> allowed;  // when the path matched but the method did not (405)
};

class Router {
  public:
    // Registers a route. `pattern` starts with '/'; a segment "{name}" matches any one non-empty
    // path segment and is passed to the handler as a parameter. Registering the same method and
    // pattern twice, or a malformed pattern, is a bug and aborts.
    void Add(Method method, std::string_view pattern, RouteInfo info, Handler handler);

    // Finds the route for a decoded path. Literal segments win over parameters. When the path
    // matches only under other methods, returns route == nullptr and lists them in `allowed`.
    RouteMatch Match(Method method, std::string_view path) const;

    // Returns every route in registration order (for the OpenAPI document and metrics).
    const std::vector<Route>& routes() const { return routes_; }

    // The body limit for a request: the matched route's own, else `server_limit`.
    std::size_t BodyLimit(Method method, std::string_view path, std::size_t server_limit) const;
    // The largest limit any route sets (0 when none does).
    std::size_t LargestRouteBodyLimit() const { return largest_body_limit_; }

  private:
    std::vector<Route> routes_;
    std::size_t largest_body_limit_ = 0;
};

}  // namespace steward::api
