// SqliteConnection: sql::Connection over one sqlite3 handle (WAL, synchronous=FULL,
// foreign_keys=ON, busy_timeout). Not thread-safe; the pool gives it to one transaction at a time.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "store/sql/connection.hpp"

struct sqlite3;

namespace steward::store::sqlite {

// How long a writer waits for another writer's lock before kConflict.
inline constexpr int kBusyTimeoutMs = 10000;

class SqliteConnection final : public sql::Connection {
  public:
    // Opens (creating if needed) the database file at `path`, or a private in-memory database
    // for ":memory:". kUnavailable naming the path when it cannot be opened.
    static core::Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path);

    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    sql::Dialect dialect() const override { return sql::Dialect::kSqlite; }
    core::Result<sql::Rows> Exec(std::string_view sql,
                                 const std::vector<sql::Value>& params) override;
    core::Status ExecScript(std::string_view sql) override;
    core::Status Begin(domain::AccessMode mode) override;
    core::Status Commit() override;
    core::Status Rollback() override;
    bool Healthy() const override { return db_ != nullptr; }

  private:
    explicit SqliteConnection(sqlite3* db) : db_(db) {}
    core::Error ErrorFromCode(int code) const;

    sqlite3* db_ = nullptr;
};

// Returns `sql` with each $N placeholder written ?N, SQLite's numbered form.
std::string RewritePlaceholders(std::string_view sql);

}  // namespace steward::store::sqlite
