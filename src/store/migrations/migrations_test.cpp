// The embedded migration lists: numbered 1..N without gaps or repeats, the same on both engines.
#include "store/migrations/migrations.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace steward::store {
namespace {

void ExpectNumberedFromOne(std::span<const Migration> migrations) {
    ASSERT_FALSE(migrations.empty());
    for (size_t i = 0; i < migrations.size(); ++i) {
        const Migration& migration = migrations[i];
        EXPECT_EQ(migration.version, static_cast<int>(i + 1)) << migration.name;
        char prefix[8];
        std::snprintf(prefix, sizeof prefix, "%04d_", migration.version);
        EXPECT_EQ(std::string(migration.name).substr(0, 5), prefix);
        EXPECT_FALSE(migration.sql.empty()) << migration.name;
    }
}

TEST(Migrations, SqliteListIsNumberedFromOneInOrder) { ExpectNumberedFromOne(SqliteMigrations()); }

TEST(Migrations, PostgresListIsNumberedFromOneInOrder) {
    ExpectNumberedFromOne(PostgresMigrations());
}

TEST(Migrations, BothEnginesHaveTheSameMigrations) {
    auto sqlite = SqliteMigrations();
    auto postgres = PostgresMigrations();
    ASSERT_EQ(sqlite.size(), postgres.size());
    for (size_t i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(sqlite[i].name, postgres[i].name);
    }
}

}  // namespace
}  // namespace steward::store
