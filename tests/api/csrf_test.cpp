// Sessions and CSRF through the real server, with a small in-test Authenticator standing in for
// the store-backed one (which is the port's other implementation, built with the store).
#include <gtest/gtest.h>

#include "api/server/authenticator.hpp"
#include "api/server/cookies.hpp"
#include "http_client.hpp"
#include "security/tokens.hpp"
#include "test_server.hpp"

namespace steward::api::testing {
namespace {

namespace http = boost::beast::http;

class OneSessionAuthenticator final : public Authenticator {
  public:
    OneSessionAuthenticator(std::string session_token, std::string csrf_token)
        : session_token_(std::move(session_token)), csrf_token_(std::move(csrf_token)) {}

    core::Result<std::optional<Principal>> Authenticate(std::string_view token) override {
        if (token != session_token_) return std::optional<Principal>();
        return std::optional<Principal>(Principal{
            "user-1", "session-1", security::HashToken(csrf_token_), {{"kk", "headteacher"}}});
    }

  private:
    std::string session_token_;
    std::string csrf_token_;
};

class CsrfTest : public ::testing::Test {
  protected:
    void SetUp() override {
        server_.router().Add(Method::kPost, "/api/things", {.summary = "Changes state."},
                             [](RequestContext& context) -> net::awaitable<Response> {
                                 co_return Response::Json(
                                     200, "{\"user\":\"" + context.principal()->user_id + "\"}");
                             });
        server_.router().Add(Method::kGet, "/api/things", {.summary = "Reads."},
                             [](RequestContext&) -> net::awaitable<Response> {
                                 co_return Response::Json(200, "[]");
                             });
        server_.Start(&authenticator_);
    }

    HttpResult Post(std::vector<std::pair<std::string, std::string>> headers) {
        HttpClient client(server_.port());
        return client.Send(http::verb::post, "/api/things", "{}", headers);
    }

    const std::string session_ = security::GenerateToken();
    const std::string csrf_ = security::GenerateToken();
    OneSessionAuthenticator authenticator_{session_, csrf_};
    TestServer server_;
};

TEST_F(CsrfTest, StateChangeWithoutTokenIsRefused) {
    const HttpResult result = Post({{"Cookie", "steward_session=" + session_}});
    EXPECT_EQ(result.status, 403);
    EXPECT_NE(result.body.find(R"("code":"permission_denied")"), std::string::npos);
}

TEST_F(CsrfTest, StateChangeWithWrongTokenIsRefused) {
    const HttpResult result = Post(
        {{"Cookie", "steward_session=" + session_}, {"X-CSRF-Token", security::GenerateToken()}});
    EXPECT_EQ(result.status, 403);
}

TEST_F(CsrfTest, StateChangeWithTheSessionsTokenIsServed) {
    const HttpResult result =
        Post({{"Cookie", "a=b; steward_session=" + session_}, {"X-CSRF-Token", csrf_}});
    EXPECT_EQ(result.status, 200);
    EXPECT_EQ(result.body, R"({"user":"user-1"})");
}

TEST_F(CsrfTest, ReadsNeedNoToken) {
    HttpClient client(server_.port());
    const HttpResult result = client.Send(http::verb::get, "/api/things", "",
                                          {{"Cookie", "steward_session=" + session_}});
    EXPECT_EQ(result.status, 200);
}

TEST_F(CsrfTest, NoSessionIs401) {
    EXPECT_EQ(Post({{"X-CSRF-Token", csrf_}}).status, 401);
    EXPECT_EQ(Post({{"Cookie", "steward_session=unknown"}, {"X-CSRF-Token", csrf_}}).status, 401);
}

}  // namespace
}  // namespace steward::api::testing
