// Per-test databases for the contract suite.
#include "store/contract/store_fixture.hpp"

#include <cstdlib>
#include <filesystem>
#include <random>

#include "store/open_store.hpp"
#include "store/postgres/postgres_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace steward::store::contract {
namespace {

constexpr const char* kPostgresVariable = "STEWARD_TEST_POSTGRES_URL";

std::string RandomSuffix() {
    std::random_device device;
    std::mt19937_64 generator(device());
    const char* digits = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string out;
    for (int index = 0; index < 12; ++index) out += digits[generator() % 36];
    return out;
}

std::unique_ptr<sql::Connection> MustOpenPostgres(const std::string& url) {
    auto opened = postgres::PostgresConnection::Open(url);
    if (!opened) ADD_FAILURE() << opened.error().ToString();
    return opened ? std::move(*opened) : nullptr;
}

}  // namespace

std::string EngineName(const testing::TestParamInfo<Engine>& info) {
    switch (info.param) {
        case Engine::kSqliteMemory:
            return "SqliteMemory";
        case Engine::kSqliteFile:
            return "SqliteFile";
        case Engine::kPostgres:
            return "Postgres";
    }
    return "Unknown";
}

void PrintTo(Engine engine, std::ostream* out) {
    *out << EngineName(testing::TestParamInfo<Engine>(engine, 0));
}

void StoreContractTest::SetUp() {
    switch (GetParam()) {
        case Engine::kSqliteMemory:
            url_ = "sqlite::memory:";
            break;
        case Engine::kSqliteFile:
            directory_ =
                (std::filesystem::temp_directory_path() / ("steward-store-" + RandomSuffix()))
                    .string();
            std::filesystem::create_directories(directory_);
            url_ = "sqlite:" + directory_ + "/steward.db";
            break;
        case Engine::kPostgres: {
            const char* base = std::getenv(kPostgresVariable);
            if (base == nullptr || *base == '\0') {
                GTEST_SKIP() << "set " << kPostgresVariable
                             << " to run the PostgreSQL contract tests (scripts/test.sh does)";
            }
            admin_url_ = base;
            schema_ = "t_" + RandomSuffix();
            auto admin = MustOpenPostgres(admin_url_);
            ASSERT_NE(admin, nullptr);
            auto created = admin->ExecScript("CREATE SCHEMA " + schema_);
            ASSERT_TRUE(created) << created.error().ToString();
            url_ = admin_url_ + (admin_url_.find('?') == std::string::npos ? "?" : "&") +
                   "options=-csearch_path%3D" + schema_;
            break;
        }
    }
    auto opened = OpenStore(url_);
    ASSERT_TRUE(opened) << opened.error().ToString();
    store_ = std::move(*opened);
}

void StoreContractTest::TearDown() {
    store_.reset();
    if (!directory_.empty()) std::filesystem::remove_all(directory_);
    if (!schema_.empty()) {
        auto admin = MustOpenPostgres(admin_url_);
        if (admin) {
            EXPECT_TRUE(admin->ExecScript("DROP SCHEMA " + schema_ + " CASCADE"));
        }
    }
}

std::unique_ptr<domain::Store> StoreContractTest::Reopen() {
    if (!SharesDatabase()) return nullptr;
    auto opened = OpenStore(url_);
    if (!opened) ADD_FAILURE() << opened.error().ToString();
    return opened ? std::move(*opened) : nullptr;
}

std::unique_ptr<sql::Connection> StoreContractTest::RawConnection() {
    if (GetParam() == Engine::kPostgres) return MustOpenPostgres(url_);
    std::string path = GetParam() == Engine::kSqliteMemory ? ":memory:" : url_.substr(7);
    auto opened = sqlite::SqliteConnection::Open(path);
    if (!opened) ADD_FAILURE() << opened.error().ToString();
    return opened ? std::move(*opened) : nullptr;
}

}  // namespace steward::store::contract
