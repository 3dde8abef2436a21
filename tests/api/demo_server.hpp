// DemoServer: a real server on 127.0.0.1:0 over in-memory SQLite seeded with the demo tenants
// (cli/demo_seed.hpp, cheap password hashing), the domain routes and the store authenticator;
// plus a signed-in client helper (cookie + CSRF token).
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <memory>
#include <string>

#include "api/auth/store_authenticator.hpp"
#include "api/handlers/domain_routes.hpp"
#include "cli/demo_seed.hpp"
#include "http_client.hpp"
#include "store/open_store.hpp"
#include "test_server.hpp"

namespace steward::api::testing {

class DemoServer {
  public:
    DemoServer() {
        auto store = store::OpenStore("sqlite::memory:");
        EXPECT_TRUE(store);
        store_ = std::move(*store);
        auto packs = cli::LoadPolicyCatalogue(std::string(STEWARD_SOURCE_DIR) + "/policies");
        EXPECT_TRUE(packs);
        packs_ = std::move(*packs);
        auto seeded = cli::SeedDemo(*store_, clock_, packs_,
                                    std::string(STEWARD_SOURCE_DIR) + "/data/demo",
                                    security::PasswordHashLimits::ForTests());
        EXPECT_TRUE(seeded) << (seeded ? "" : seeded.error().ToString());
        if (seeded) demo_ = std::move(*seeded);
        environment_ = std::make_unique<ApiEnvironment>(
            ApiEnvironment{*store_, clock_, throttle_, packs_, SessionSettings{},
                           security::PasswordHashLimits::ForTests()});
        authenticator_ = std::make_unique<StoreAuthenticator>(*environment_);
        ServerConfig config = TestConfig();
        config.max_body_bytes = 64 * 1024;
        config.read_timeout = std::chrono::milliseconds(5000);
        server_ = std::make_unique<TestServer>(config);
        RegisterDomainRoutes(server_->router(), *environment_);
        routes_ = server_->router().routes();
        server_->Start(authenticator_.get());
    }

    std::uint16_t port() const { return server_->port(); }
    const cli::DemoSeed& demo() const { return demo_; }
    const std::vector<Route>& routes() const { return routes_; }
    domain::Store& store() { return *store_; }
    security::LoginThrottle& throttle() { return throttle_; }

    ~DemoServer() { server_.reset(); }  // stop serving before the environment goes

  private:
    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<domain::Store> store_;
    PolicyCatalogue packs_;
    cli::DemoSeed demo_;
    security::LoginThrottle throttle_{clock_};
    std::unique_ptr<ApiEnvironment> environment_;
    std::unique_ptr<StoreAuthenticator> authenticator_;
    std::vector<Route> routes_;
    std::unique_ptr<TestServer> server_;
};

// One signed-in browser: the session cookie and the CSRF token from POST /api/session.
struct SignedInClient {
    std::string cookie;
    std::string csrf;
    boost::json::object body;
};

inline std::string SignInBody(std::string_view username, std::string_view password) {
    return boost::json::serialize(
        boost::json::object{{"username", username}, {"password", password}});
}

inline HttpResult PostJson(HttpClient& client, std::string_view target, std::string body,
                           const std::vector<std::pair<std::string, std::string>>& extra = {}) {
    auto headers = extra;
    headers.emplace_back("content-type", "application/json");
    return client.Send(boost::beast::http::verb::post, target, std::move(body), headers);
}

inline std::optional<SignedInClient> SignIn(HttpClient& client, std::string_view username,
                                            std::string_view password = cli::kDemoPassword) {
    const HttpResult result = PostJson(client, "/api/session", SignInBody(username, password));
    if (result.status != 201) return std::nullopt;
    SignedInClient signed_in;
    const std::string set_cookie = result.Header("set-cookie");
    signed_in.cookie = set_cookie.substr(0, set_cookie.find(';'));
    signed_in.body = boost::json::parse(result.body).as_object();
    signed_in.csrf = std::string(signed_in.body.at("csrf_token").as_string());
    return signed_in;
}

}  // namespace steward::api::testing
