// CommentsServer: the demo tenants on in-memory SQLite behind a real server on 127.0.0.1:0, with
// a FixedClock the test moves, two official accounts of Kenn (Facebook page 1001, Instagram
// 17841400000000001), a Meta app secret and verify token; and FakeMeta, which signs real
// Facebook and Instagram webhook payloads as Meta does (X-Hub-Signature-256) and sends them.
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "api/auth/store_authenticator.hpp"
#include "api/handlers/domain_routes.hpp"
#include "cli/demo_seed.hpp"
#include "domain/comments/comment_due_checks.hpp"
#include "demo_server.hpp"
#include "http_client.hpp"
#include "security/hmac.hpp"
#include "store/open_store.hpp"
#include "test_server.hpp"

namespace steward::api::testing {

inline constexpr char kAppSecret[] = "test-app-secret-0123456789";
inline constexpr char kVerifyToken[] = "test-verify-token";
inline constexpr char kModerator[] = "account.moderator@kenn-kenton";

// 2026-11-21 is a Saturday.
inline core::TimePoint UtcAt(int year, unsigned month, unsigned day, int hour, int minute = 0) {
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(month),
                                           std::chrono::day(day)};
    return core::TimePoint(std::chrono::sys_days(date)) + std::chrono::hours(hour) +
           std::chrono::minutes(minute);
}

inline int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }

class CommentsServer {
  public:
    explicit CommentsServer(const std::string& database_url = "sqlite::memory:") {
        auto store = store::OpenStore(database_url);
        EXPECT_TRUE(store) << (store ? "" : store.error().ToString());
        store_ = std::move(*store);
        auto packs = cli::LoadPolicyCatalogue(std::string(STEWARD_SOURCE_DIR) + "/policies");
        EXPECT_TRUE(packs);
        packs_ = std::move(*packs);
        auto seeded = cli::SeedDemo(*store_, clock_, packs_,
                                    std::string(STEWARD_SOURCE_DIR) + "/data/demo",
                                    security::PasswordHashLimits::ForTests());
        EXPECT_TRUE(seeded) << (seeded ? "" : seeded.error().ToString());
        AddAccounts();
        secrets_file_ = std::filesystem::temp_directory_path() /
                        ("steward-meta-" + std::to_string(::getpid()) + "-" +
                         std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".conf");
        std::ofstream(secrets_file_) << "# test\napp_secret = " << kAppSecret
                                     << "\nverify_token = " << kVerifyToken << "\n";
        environment_ = std::make_unique<ApiEnvironment>(
            ApiEnvironment{*store_, clock_, throttle_, packs_, SessionSettings{},
                           security::PasswordHashLimits::ForTests()});
        environment_->meta_webhooks_file = secrets_file_.string();
        authenticator_ = std::make_unique<StoreAuthenticator>(*environment_);
        ServerConfig config = TestConfig();
        config.max_body_bytes = 1024 * 1024;
        config.read_timeout = std::chrono::milliseconds(10000);
        config.write_timeout = std::chrono::milliseconds(10000);
        server_ = std::make_unique<TestServer>(config);
        RegisterDomainRoutes(server_->router(), *environment_);
        server_->Start(authenticator_.get());
    }

    ~CommentsServer() {
        server_.reset();
        std::error_code ec;
        std::filesystem::remove(secrets_file_, ec);
    }

    std::uint16_t port() const { return server_->port(); }
    core::FixedClock& clock() { return clock_; }
    domain::Store& store() { return *store_; }

    // Runs the MON-04 due check once at the clock's time, as the server's runner does.
    domain::DueCheckReport RunDueChecks() {
        auto report = domain::RunDueChecks(*store_, clock_, [this](const domain::School& school) {
            return PackFor(packs_, school.id, school.trust_id);
        });
        EXPECT_TRUE(report) << (report ? "" : report.error().ToString());
        return report ? *report : domain::DueCheckReport{};
    }

  private:
    void AddAccounts() {
        auto added = store_->Transact([](domain::Tx& tx) -> core::Status {
            for (auto [id, platform, external] :
                 {std::tuple{"kenn-facebook", domain::Platform::kFacebook, "1001"},
                  std::tuple{"kenn-instagram", domain::Platform::kInstagram, "17841400000000001"}}) {
                domain::OfficialAccount account;
                account.id = id;
                account.school_id = "kenn";
                account.platform = platform;
                account.handle = std::string("@kenn-") + id;
                account.external_id = external;
                if (auto ok = tx.Accounts().AddAccount(account); !ok) return ok;
            }
            return core::OkStatus();
        });
        EXPECT_TRUE(added) << (added ? "" : added.error().ToString());
    }

    core::FixedClock clock_{UtcAt(2026, 11, 21, 10)};
    std::unique_ptr<domain::Store> store_;
    PolicyCatalogue packs_;
    security::LoginThrottle throttle_{clock_};
    std::filesystem::path secrets_file_;
    std::unique_ptr<ApiEnvironment> environment_;
    std::unique_ptr<StoreAuthenticator> authenticator_;
    std::unique_ptr<TestServer> server_;
};

// A Facebook Page feed delivery with one new comment, as Meta sends it.
inline std::string FacebookCommentDelivery(std::string_view page_id, std::string_view comment_id,
                                           std::string_view message, core::TimePoint at) {
    namespace json = boost::json;
    json::object value{{"from", {{"id", "555000"}, {"name", "A Parent"}}},
                       {"post", {{"status_type", "added_photos"}, {"is_published", true}}},
                       {"message", message},
                       {"post_id", std::string(page_id) + "_77"},
                       {"comment_id", "77_" + std::string(comment_id)},
                       {"created_time", Seconds(at)},
                       {"item", "comment"},
                       {"parent_id", std::string(page_id) + "_77"},
                       {"verb", "add"}};
    json::object entry{{"id", page_id},
                       {"time", Seconds(at)},
                       {"changes", json::array{json::object{{"field", "feed"}, {"value", value}}}}};
    return json::serialize(json::object{{"object", "page"}, {"entry", json::array{entry}}});
}

// An Instagram comments delivery (Facebook Login shape: entry[].changes[]).
inline std::string InstagramCommentDelivery(std::string_view account_id,
                                            std::string_view comment_id, std::string_view text,
                                            core::TimePoint at) {
    namespace json = boost::json;
    json::object value{{"from", {{"id", "232323"}, {"username", "a_parent"}}},
                       {"media", {{"id", "123123"}, {"media_product_type", "FEED"}}},
                       {"id", comment_id},
                       {"text", text}};
    json::object entry{
        {"id", account_id},
        {"time", Seconds(at)},
        {"changes", json::array{json::object{{"field", "comments"}, {"value", value}}}}};
    return json::serialize(json::object{{"object", "instagram"}, {"entry", json::array{entry}}});
}

// Meta's side of the wire: signs the raw body with the app secret and POSTs it.
class FakeMeta {
  public:
    explicit FakeMeta(std::uint16_t port, std::string secret = kAppSecret)
        : port_(port), secret_(std::move(secret)) {}

    HttpResult Send(const std::string& body) {
        return SendSigned(body, "sha256=" + security::HmacSha256Hex(secret_, body));
    }
    HttpResult SendSigned(const std::string& body, const std::string& signature) {
        HttpClient client(port_);
        std::vector<std::pair<std::string, std::string>> headers = {
            {"content-type", "application/json"}};
        if (!signature.empty()) headers.emplace_back("x-hub-signature-256", signature);
        return client.Send(boost::beast::http::verb::post, "/webhooks/meta", body, headers);
    }

  private:
    std::uint16_t port_;
    std::string secret_;
};

}  // namespace steward::api::testing
