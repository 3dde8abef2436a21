// The edge between Beast's HTTP messages and the server's own Request/Response. Only the
// connection code and the fuzz target include this header.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <string>

#include "api/server/http_types.hpp"
#include "core/result.hpp"

namespace steward::api {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Converts a parsed Beast request. Returns kInvalidInput when the target is not an origin-form
// URL ("/path?query") or its path has invalid percent-encoding.
core::Result<Request> FromBeast(BeastRequest&& message);

// Builds the Beast response for `response`, with the security headers every answer carries.
// `keep_alive` sets the Connection header; `head` leaves the body out.
BeastResponse ToBeast(Response&& response, unsigned version, bool keep_alive);

}  // namespace steward::api
