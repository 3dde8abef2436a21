#include "store/sqlite/sqlite_connection.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace steward::store::sqlite
