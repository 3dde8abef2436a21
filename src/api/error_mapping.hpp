// The one place that turns a core::Error into an HTTP status and a JSON error body
// (STYLE.md section 5, rule 6): {"error": {"code": "...", "message": "...", "where": "..."}}.
#pragma once

#include "api/server/http_types.hpp"
#include "core/result.hpp"

namespace steward::api {

// Returns the HTTP status for an error code, e.g. kNotFound -> 404, kUnauthenticated -> 401.
int HttpStatusFor(core::ErrorCode code);

// Builds the JSON error response for `error`, with the status HttpStatusFor() gives.
Response ErrorResponse(const core::Error& error);

// Builds a JSON error response with an explicit status, for protocol errors that have no
// ErrorCode of their own (404 no route, 405, 413, 431). `code` is the JSON "code" string.
Response ProtocolErrorResponse(int status, std::string_view code, std::string_view message);

}  // namespace steward::api
