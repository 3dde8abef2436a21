// Dispatch: the request boundary (STYLE.md section 5, rule 3). Takes one parsed Request through
// routing (404/405), authentication, the CSRF check and the handler, turns any exception into a
// 500 with a request id, and counts the request in the metrics. Used by every connection.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <string>

#include "api/server/http_types.hpp"
#include "api/server/request_context.hpp"

namespace steward::api {

// Returns a new request id: unique within the process, unpredictable across processes.
std::string NewRequestId();

// Answers `request`. Never throws: an exception from a handler or the authenticator becomes a
// 500 JSON error naming `request_id`, logged with the route and the exception's text only.
boost::asio::awaitable<Response> Dispatch(Services& services, const Request& request,
                                          const std::string& request_id);

// Answers `request` on a private io_context and returns when done: for the fuzz target and
// tools that have no connection. Blocking; never call it from a server thread.
Response DispatchNow(Services& services, const Request& request);

}  // namespace steward::api
