// Request and Response: the server's own plain HTTP types, so that handlers, the router and the
// tests never see Beast's. The connection code converts at the edge (server/connection.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace steward::api {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

// Returns "GET", "POST", ... ("OTHER" for kOther).
std::string_view MethodName(Method method);
// Returns the Method for an upper-case request method token; kOther when unknown.
Method ParseMethod(std::string_view token);
// Returns true for POST, PUT, PATCH and DELETE: the methods that may change state.
bool IsStateChanging(Method method);

using HeaderList = std::vector<std::pair<std::string, std::string>>;  // names in lower case

struct Request {
    Method method = Method::kGet;
    std::string target;  // as sent: path and query, still percent-encoded
    std::string path;    // percent-decoded path, e.g. "/api/schools/kk"
    std::string query;   // still encoded, without the '?'
    HeaderList headers;
    std::string body;
    std::string remote_address;  // the peer's IP address, for throttling; never logged

    // Returns the first header with this name (case-insensitive), or nullopt.
    std::optional<std::string_view> Header(std::string_view name) const;
};

// Returns the decoded value of query parameter `name` in `query` (as Request::query holds it;
// a '+' already stands for a space there), or "" when it is absent or has no value.
std::string QueryParam(std::string_view query, std::string_view name);

struct Response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    HeaderList headers;  // extra headers, e.g. {"allow", "GET"}, {"set-cookie", ...}

    // Builds a response whose body is already-serialised JSON text.
    static Response Json(int status, std::string json_text);
    // Builds a text/plain response.
    static Response Text(int status, std::string text, std::string content_type = "text/plain");
};

}  // namespace steward::api
