// The web front end's files: GET of any non-/api path serves a file from the built web root
// (web/dist, or $STEWARD_WEB_ROOT) with its content type, and any path that names no file and
// looks like an app page ("/schools/kk/pupils") gets index.html, so the single-page app routes it.
// Hashed build output under /assets/ is cached for a year; index.html is revalidated each time.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "api/server/http_types.hpp"
#include "api/server/router.hpp"

namespace steward::api {

// Returns $STEWARD_WEB_ROOT when set, else "web/dist" (relative to the working directory).
std::filesystem::path DefaultWebRoot();

// Adds GET routes "/" and "/{path1}" ... "/{path1}/.../{path8}" serving files under `web_root`.
// Routes with literal segments (every /api route) still win over these.
void RegisterStaticFileRoutes(Router& router, std::filesystem::path web_root);

// Returns `router` with the static file routes of DefaultWebRoot() added (for `steward serve`).
std::unique_ptr<Router> WithStaticFiles(std::unique_ptr<Router> router);

// Returns the content type for a file name by its extension ("app.js" -> "text/javascript;
// charset=utf-8"); application/octet-stream when unknown.
std::string_view ContentTypeFor(std::string_view file_name);

// Returns the path relative to the web root for a decoded URL path, or nullopt when the path could
// leave the root or names a hidden file: "..", ".", empty segments, backslashes, NUL, ".git".
std::optional<std::filesystem::path> SafeRelativePath(std::string_view url_path);

// Answers a GET of `url_path` from `web_root` (blocking file I/O: call on the worker pool).
Response ServeStaticFile(const std::filesystem::path& web_root, std::string_view url_path);

}  // namespace steward::api
