#include "store/sqlite/sqlite_connection.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

namespace steward::store::sqlite {
namespace {

TEST(SqliteConnectionTest, RewritesDollarPlaceholders) {
    EXPECT_EQ(RewritePlaceholders("SELECT $1, $12 WHERE a = $2"), "SELECT ?1, ?12 WHERE a = ?2");
    EXPECT_EQ(RewritePlaceholders("SELECT '$' || $1"), "SELECT '$' || ?1");
}

TEST(SqliteConnectionTest, BindsAndReadsIntegersTextAndNull) {
    auto connection = SqliteConnection::Open(":memory:");
    ASSERT_TRUE(connection);
    auto rows =
        (*connection)->Exec("SELECT $1, $2, $3", {sql::Int(42), sql::Text("zoë"), sql::Value()});
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].Int(0), 42);
    EXPECT_EQ((*rows)[0].Text(1), "zoë");
    EXPECT_TRUE((*rows)[0].IsNull(2));
}

TEST(SqliteConnectionTest, ForeignKeysAreEnforced) {
    auto connection = SqliteConnection::Open(":memory:");
    ASSERT_TRUE(connection);
    ASSERT_TRUE((*connection)
                    ->ExecScript("CREATE TABLE a (id TEXT PRIMARY KEY); CREATE TABLE b (a_id TEXT "
                                 "REFERENCES a (id));"));
    auto inserted = (*connection)->Exec("INSERT INTO b VALUES ($1)", {sql::Text("missing")});
    ASSERT_FALSE(inserted);
    EXPECT_EQ(inserted.error().code, core::ErrorCode::kFailedPrecondition);
    ASSERT_TRUE((*connection)->Exec("INSERT INTO a VALUES ($1)", {sql::Text("x")}));
    auto duplicate = (*connection)->Exec("INSERT INTO a VALUES ($1)", {sql::Text("x")});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, core::ErrorCode::kAlreadyExists);
}

TEST(SqliteConnectionTest, UnopenablePathIsUnavailable) {
    auto connection = SqliteConnection::Open("/nonexistent-dir/steward.db");
    ASSERT_FALSE(connection);
    EXPECT_EQ(connection.error().code, core::ErrorCode::kUnavailable);
    EXPECT_EQ(connection.error().where, "/nonexistent-dir/steward.db");
}

// A database file in the test's temporary directory, removed (with its WAL) at the end.
class SqliteFile {
  public:
    explicit SqliteFile(const std::string& name)
        : path_((std::filesystem::temp_directory_path() /
                 (name + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                  ".db"))
                    .string()) {
        Remove();
    }
    ~SqliteFile() { Remove(); }
    const std::string& path() const { return path_; }

  private:
    void Remove() const {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
    }
    std::string path_;
};

TEST(SqliteConnectionTest, WritersSharingAGateTakeTurnsAndEachCommitEndsTheTurn) {
    SqliteFile file("steward-gate-turns");
    auto gate = std::make_shared<WriteGate>();
    auto first = SqliteConnection::Open(file.path(), gate);
    auto second = SqliteConnection::Open(file.path(), gate);
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    ASSERT_TRUE((*first)->ExecScript("CREATE TABLE t (x INTEGER)"));
    for (int round = 0; round < 3; ++round) {
        for (auto* connection : {&*first, &*second}) {
            ASSERT_TRUE((*connection)->Begin(domain::AccessMode::kReadWrite));
            EXPECT_TRUE((*connection)->Writing());
            ASSERT_TRUE((*connection)->Exec("INSERT INTO t VALUES ($1)", {sql::Int(round)}));
            if (round == 1) {
                ASSERT_TRUE((*connection)->Rollback());
            } else {
                ASSERT_TRUE((*connection)->Commit());
            }
            EXPECT_FALSE((*connection)->Writing());
        }
    }
    auto rows = (*first)->Exec("SELECT COUNT(*) FROM t", {});
    ASSERT_TRUE(rows);
    EXPECT_EQ((*rows)[0].Int(0), 4);
}

TEST(SqliteConnectionTest, AReaderDoesNotWaitForTheWriter) {
    SqliteFile file("steward-gate-reader");
    auto gate = std::make_shared<WriteGate>();
    auto writer = SqliteConnection::Open(file.path(), gate);
    auto reader = SqliteConnection::Open(file.path(), gate);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(reader);
    ASSERT_TRUE((*writer)->ExecScript("CREATE TABLE t (x INTEGER)"));
    ASSERT_TRUE((*writer)->Begin(domain::AccessMode::kReadWrite));
    ASSERT_TRUE((*reader)->Begin(domain::AccessMode::kReadOnly));
    EXPECT_FALSE((*reader)->Writing());
    EXPECT_TRUE((*reader)->Exec("SELECT COUNT(*) FROM t", {}));
    ASSERT_TRUE((*reader)->Commit());
    ASSERT_TRUE((*writer)->Commit());
}

// SQLite's own busy handler would poll in steps growing to 100 ms (1, 2, 5 ... 25, 50, 50, 100:
// 328 ms, then every 100 ms), so a lock released at 430 ms would be seen at 528 ms. Through the
// gate the waiting writer is handed the turn when the first one commits.
TEST(SqliteConnectionTest, AWaitingWriterStartsAsSoonAsTheOtherCommits) {
    SqliteFile file("steward-gate-handover");
    auto gate = std::make_shared<WriteGate>();
    auto first = SqliteConnection::Open(file.path(), gate);
    auto second = SqliteConnection::Open(file.path(), gate);
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    ASSERT_TRUE((*first)->Begin(domain::AccessMode::kReadWrite));
    using Clock = std::chrono::steady_clock;
    Clock::time_point committed;
    Clock::time_point began;
    std::thread waiting([&] {
        ASSERT_TRUE((*second)->Begin(domain::AccessMode::kReadWrite));
        began = Clock::now();
        ASSERT_TRUE((*second)->Commit());
    });
    while (gate->Waiting() == 0) std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(430));
    committed = Clock::now();
    ASSERT_TRUE((*first)->Commit());
    waiting.join();
    EXPECT_LT(began - committed, std::chrono::milliseconds(60));
}

}  // namespace
}  // namespace steward::store::sqlite
