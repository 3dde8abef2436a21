// The server's own routes: GET /healthz, /metrics, /api/version and /api/openapi.json.
#pragma once

#include "api/server/router.hpp"

namespace steward::api {

// Adds the system routes to `router`.
void RegisterSystemRoutes(Router& router);

}  // namespace steward::api
