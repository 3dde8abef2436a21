#include "api/handlers/static_files.hpp"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

#include "api/error_mapping.hpp"
#include "api/server/request_context.hpp"
#include "api/server/run_blocking.hpp"

namespace steward::api {
namespace {

constexpr int kMaxDepth = 8;                                // deepest app page or asset path
constexpr std::uintmax_t kMaxFileBytes = 16 * 1024 * 1024;  // nothing in web/dist comes close

struct ContentType {
    std::string_view extension;
    std::string_view type;
};

constexpr ContentType kContentTypes[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},
    {".map", "application/json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".woff", "font/woff"},
    {".txt", "text/plain; charset=utf-8"},
    {".webmanifest", "application/manifest+json"},
};

bool EndsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::optional<std::string> ReadWholeFile(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size > kMaxFileBytes) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

Response FileResponse(std::string body, std::string_view file_name, std::string_view cache) {
    Response response;
    response.status = 200;
    response.content_type = std::string(ContentTypeFor(file_name));
    response.body = std::move(body);
    response.headers.emplace_back("cache-control", std::string(cache));
    return response;
}

// A path whose last segment ends in a file type the front end is built of names a file; anything
// else is an app page, including one ending in a staff id such as "dsl.belgrave".
bool LooksLikeFile(std::string_view url_path) {
    const auto slash = url_path.rfind('/');
    const std::string_view last = url_path.substr(slash == std::string_view::npos ? 0 : slash + 1);
    for (const auto& [extension, type] : kContentTypes) {
        if (EndsWith(last, extension)) return true;
    }
    return false;
}

Response NotFound() {
    return ProtocolErrorResponse(404, "not_found", "There is no such address; check the URL.");
}

Response AppPage(const std::filesystem::path& web_root) {
    auto index = ReadWholeFile(web_root / "index.html");
    if (!index) {
        return ProtocolErrorResponse(
            503, "unavailable",
            "The web front end is not built; run scripts/build.sh (or npm run build in web/).");
    }
    return FileResponse(std::move(*index), "index.html", "no-cache");
}

}  // namespace

std::filesystem::path DefaultWebRoot() {
    if (const char* root = std::getenv("STEWARD_WEB_ROOT"); root != nullptr && *root != '\0') {
        return root;
    }
    return "web/dist";
}

std::string_view ContentTypeFor(std::string_view file_name) {
    for (const auto& [extension, type] : kContentTypes) {
        if (EndsWith(file_name, extension)) return type;
    }
    return "application/octet-stream";
}

std::optional<std::filesystem::path> SafeRelativePath(std::string_view url_path) {
    if (url_path.empty() || url_path.front() != '/') return std::nullopt;
    std::filesystem::path relative;
    std::string_view rest = url_path.substr(1);
    while (!rest.empty()) {
        const auto slash = rest.find('/');
        const std::string_view segment = rest.substr(0, slash);
        if (segment.empty() || segment.front() == '.' ||
            segment.find_first_of(std::string_view("\\\0:", 3)) != std::string_view::npos) {
            return std::nullopt;
        }
        relative /= std::string(segment);
        if (slash == std::string_view::npos) break;
        rest.remove_prefix(slash + 1);
        if (rest.empty()) return std::nullopt;  // trailing slash
    }
    return relative;
}

Response ServeStaticFile(const std::filesystem::path& web_root, std::string_view url_path) {
    if (url_path == "/api" || url_path.starts_with("/api/")) return NotFound();
    if (url_path == "/" || url_path == "/index.html") return AppPage(web_root);
    const auto relative = SafeRelativePath(url_path);
    if (!relative) return NotFound();
    if (auto body = ReadWholeFile(web_root / *relative)) {
        const bool hashed = url_path.starts_with("/assets/");
        return FileResponse(
            std::move(*body), url_path,
            hashed ? "public, max-age=31536000, immutable" : "public, max-age=3600");
    }
    if (LooksLikeFile(url_path)) return NotFound();
    return AppPage(web_root);
}

void RegisterStaticFileRoutes(Router& router, std::filesystem::path web_root) {
    auto root = std::make_shared<const std::filesystem::path>(std::move(web_root));
    Handler handler = [root](RequestContext& context) -> net::awaitable<Response> {
        const std::string path = context.request().path;
        co_return co_await RunBlocking(context.workers(),
                                       [&] { return ServeStaticFile(*root, path); });
    };
    const RouteInfo info{
        .summary = "The web front end: a built file, or index.html for an app page.",
        .tag = "web",
        .access = Access::kPublic,
        .response_type = "text/html"};
    router.Add(Method::kGet, "/", info, handler);
    std::string pattern;
    for (int depth = 1; depth <= kMaxDepth; ++depth) {
        pattern += "/{path" + std::to_string(depth) + "}";
        router.Add(Method::kGet, pattern, info, handler);
    }
}

std::unique_ptr<Router> WithStaticFiles(std::unique_ptr<Router> router) {
    RegisterStaticFileRoutes(*router, DefaultWebRoot());
    return router;
}

}  // namespace steward::api
