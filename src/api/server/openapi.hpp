// Builds the OpenAPI 3.1 document served at GET /api/openapi.json from the router's registered
// routes and their RouteInfo, so the document cannot list a route that does not exist or miss
// one that does.
#pragma once

#include <string>
#include <string_view>

#include "api/server/router.hpp"

namespace steward::api {

// Returns the OpenAPI 3.1 document, serialised as JSON, describing every route of `router`.
std::string BuildOpenApiDocument(const Router& router, std::string_view version);

}  // namespace steward::api
