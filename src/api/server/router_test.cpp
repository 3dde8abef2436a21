#include "api/server/router.hpp"

#include <gtest/gtest.h>

namespace steward::api {
namespace {

net::awaitable<Response> Nothing(RequestContext&) { co_return Response{}; }

Router MakeTestRouter() {
    Router router;
    router.Add(Method::kGet, "/api/schools/{school_id}", {.summary = "one"}, Nothing);
    router.Add(Method::kGet, "/api/schools/new", {.summary = "literal"}, Nothing);
    router.Add(Method::kPost, "/api/schools", {.summary = "create"}, Nothing);
    router.Add(Method::kGet, "/api/schools/{school_id}/pupils/{pupil_id}", {.summary = "p"},
               Nothing);
    return router;
}

TEST(RouterTest, ParametersAreCaptured) {
    const Router router = MakeTestRouter();
    const RouteMatch match = router.Match(Method::kGet, "/api/schools/kk/pupils/42");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->pattern, "/api/schools/{school_id}/pupils/{pupil_id}");
    ASSERT_EQ(match.params.size(), 2u);
    EXPECT_EQ(match.params[0], (std::pair<std::string, std::string>{"school_id", "kk"}));
    EXPECT_EQ(match.params[1], (std::pair<std::string, std::string>{"pupil_id", "42"}));
}

TEST(RouterTest, LiteralSegmentWinsOverParameter) {
    const Router router = MakeTestRouter();
    EXPECT_EQ(router.Match(Method::kGet, "/api/schools/new").route->info.summary, "literal");
    EXPECT_EQ(router.Match(Method::kGet, "/api/schools/old").route->info.summary, "one");
}

TEST(RouterTest, UnknownPathMatchesNothing) {
    const Router router = MakeTestRouter();
    for (const char* path : {"/", "/api", "/api/schools/", "/api/schools/kk/extra", "", "api"}) {
        const RouteMatch match = router.Match(Method::kGet, path);
        EXPECT_EQ(match.route, nullptr) << path;
        EXPECT_TRUE(match.allowed.empty()) << path;
    }
}

TEST(RouterTest, WrongMethodListsTheAllowedOnes) {
    const Router router = MakeTestRouter();
    const RouteMatch match = router.Match(Method::kDelete, "/api/schools");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_EQ(match.allowed, std::vector<Method>{Method::kPost});
}

TEST(RouterTest, RouteBodyLimitAppliesToThatRouteOnly) {
    Router router;
    EXPECT_EQ(router.BodyLimit(Method::kPost, "/upload", 1024), 1024u) << "no route sets one";
    router.Add(Method::kPost, "/schools/{id}/upload", {.max_body_bytes = 25u << 20}, Nothing);
    router.Add(Method::kPost, "/schools/{id}/posts", {}, Nothing);
    EXPECT_EQ(router.LargestRouteBodyLimit(), 25u << 20);
    EXPECT_EQ(router.BodyLimit(Method::kPost, "/schools/a/upload", 1024), 25u << 20);
    EXPECT_EQ(router.BodyLimit(Method::kPost, "/schools/a/posts", 1024), 1024u);
    EXPECT_EQ(router.BodyLimit(Method::kPut, "/schools/a/upload", 1024), 1024u);
    EXPECT_EQ(router.BodyLimit(Method::kPost, "/nowhere", 1024), 1024u);
}

TEST(RouterTest, DuplicateRouteIsABug) {
    Router router;
    router.Add(Method::kGet, "/x", {}, Nothing);
    EXPECT_DEATH(router.Add(Method::kGet, "/x", {}, Nothing), "");
}

}  // namespace
}  // namespace steward::api
