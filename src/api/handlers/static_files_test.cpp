#include "api/handlers/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "api/server/router.hpp"
#include "api/server/security_headers.hpp"

namespace steward::api {
namespace {

std::string HeaderOf(const Response& response, std::string_view name) {
    for (const auto& [key, value] : response.headers) {
        if (key == name) return value;
    }
    return "";
}

class StaticFilesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        root_ = std::filesystem::temp_directory_path() /
                ("steward-web-" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(root_ / "assets");
        Write(root_ / "index.html", "<!doctype html><title>app</title>");
        Write(root_ / "assets" / "index-abc123.js", "console.log(1)");
        Write(root_ / "favicon.ico", "ico");
        Write(root_.parent_path() / (root_.filename().string() + "-secret.txt"), "secret");
    }
    void TearDown() override {
        std::filesystem::remove_all(root_);
        std::filesystem::remove(root_.parent_path() / (root_.filename().string() + "-secret.txt"));
    }
    static void Write(const std::filesystem::path& path, const std::string& text) {
        std::ofstream(path, std::ios::binary) << text;
    }
    std::filesystem::path root_;
};

TEST(StaticFilesContentType, KnownExtensionsGetTheirTypeAndOthersOctetStream) {
    EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
    EXPECT_EQ(ContentTypeFor("/assets/index-x.js"), "text/javascript; charset=utf-8");
    EXPECT_EQ(ContentTypeFor("a.css"), "text/css; charset=utf-8");
    EXPECT_EQ(ContentTypeFor("f.woff2"), "font/woff2");
    EXPECT_EQ(ContentTypeFor("f.woff"), "font/woff");
    EXPECT_EQ(ContentTypeFor("crest.svg"), "image/svg+xml");
    EXPECT_EQ(ContentTypeFor("blob.bin"), "application/octet-stream");
}

TEST(StaticFilesSafePath, RefusesEveryWayOutOfTheRoot) {
    for (const char* path :
         {"/../etc/passwd", "/assets/../../x", "/./index.html", "//etc", "/assets//x.js",
          "/.git/config", "/a\\..\\b", "/c:/x", "", "x", "/assets/"}) {
        EXPECT_FALSE(SafeRelativePath(path).has_value()) << path;
    }
    EXPECT_EQ(SafeRelativePath("/assets/app.js"), std::filesystem::path("assets/app.js"));
    EXPECT_EQ(SafeRelativePath("/favicon.ico"), std::filesystem::path("favicon.ico"));
}

TEST_F(StaticFilesTest, RootServesIndexWithoutLongCaching) {
    const Response response = ServeStaticFile(root_, "/");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
    EXPECT_NE(response.body.find("<title>app</title>"), std::string::npos);
    EXPECT_EQ(HeaderOf(response, "cache-control"), "no-cache");
}

TEST_F(StaticFilesTest, HashedAssetsAreCachedForAYear) {
    const Response response = ServeStaticFile(root_, "/assets/index-abc123.js");
    EXPECT_EQ(response.status, 200);
    EXPECT_EQ(response.body, "console.log(1)");
    EXPECT_EQ(response.content_type, "text/javascript; charset=utf-8");
    EXPECT_EQ(HeaderOf(response, "cache-control"), "public, max-age=31536000, immutable");
}

TEST_F(StaticFilesTest, AppPagesFallBackToIndex) {
    const Response response = ServeStaticFile(root_, "/schools/kk/pupils/import");
    EXPECT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("<title>app</title>"), std::string::npos);
}

// Staff ids contain dots: a page such as /schools/belgrave/people/dsl.belgrave must still reload.
TEST_F(StaticFilesTest, APageEndingInADottedIdIsAnAppPageNotAMissingFile) {
    const Response response = ServeStaticFile(root_, "/schools/belgrave/people/dsl.belgrave");
    EXPECT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("<title>app</title>"), std::string::npos);
}

TEST_F(StaticFilesTest, MissingFilesAndApiPathsAre404NotIndex) {
    EXPECT_EQ(ServeStaticFile(root_, "/assets/missing-123.js").status, 404);
    EXPECT_EQ(ServeStaticFile(root_, "/robots.txt").status, 404);
    EXPECT_EQ(ServeStaticFile(root_, "/api/no/such/route").status, 404);
    EXPECT_EQ(ServeStaticFile(root_, "/api").status, 404);
}

TEST_F(StaticFilesTest, TraversalNeverReachesAFileBesideTheRoot) {
    const std::string sibling = "/../" + root_.filename().string() + "-secret.txt";
    const Response response = ServeStaticFile(root_, sibling);
    EXPECT_EQ(response.status, 404);
    EXPECT_EQ(response.body.find("secret\""), std::string::npos);
}

TEST_F(StaticFilesTest, UnbuiltFrontEndSaysHowToBuildIt) {
    const Response response = ServeStaticFile(root_ / "missing", "/");
    EXPECT_EQ(response.status, 503);
    EXPECT_NE(response.body.find("scripts/build.sh"), std::string::npos);
}

TEST(StaticFilesRoutes, ApiRoutesStillWinOverTheCatchAll) {
    Router router;
    router.Add(Method::kGet, "/api/schools/{school_id}", {.summary = "a school"},
               [](RequestContext&) -> net::awaitable<Response> { co_return Response{}; });
    RegisterStaticFileRoutes(router, "web/dist");
    EXPECT_EQ(router.Match(Method::kGet, "/api/schools/kk").route->pattern,
              "/api/schools/{school_id}");
    EXPECT_EQ(router.Match(Method::kGet, "/schools/kk").route->pattern, "/{path1}/{path2}");
    EXPECT_EQ(router.Match(Method::kGet, "/").route->pattern, "/");
}

TEST(SecurityHeaders, EveryResponseGetsCspWithoutUnsafeInlineAndNoFraming) {
    Response response = Response::Json(200, "{}");
    AddSecurityHeaders(response);
    const std::string csp = HeaderOf(response, "content-security-policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(HeaderOf(response, "x-content-type-options"), "nosniff");
    EXPECT_EQ(HeaderOf(response, "x-frame-options"), "DENY");
    EXPECT_EQ(HeaderOf(response, "referrer-policy"), "no-referrer");
    AddSecurityHeaders(response);
    EXPECT_EQ(response.headers.size(), 5u);  // not doubled
}

}  // namespace
}  // namespace steward::api
