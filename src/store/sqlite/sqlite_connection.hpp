// SqliteConnection: sql::Connection over one sqlite3 handle (WAL, synchronous=FULL,
// foreign_keys=ON, busy_timeout). Not thread-safe; the pool gives it to one transaction at a time.
// The connections of one store share a WriteGate: a read-write transaction takes its turn there
// before BEGIN IMMEDIATE and gives it back when it commits or rolls back.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "store/sql/connection.hpp"
#include "store/sqlite/write_gate.hpp"

struct sqlite3;

namespace steward::store::sqlite {

// How long a writer waits for another process's write lock before kConflict (writers in this
// process queue at the WriteGate instead).
inline constexpr int kBusyTimeoutMs = 10000;

class SqliteConnection final : public sql::Connection {
  public:
    // Opens (creating if needed) the database file at `path`, or a private in-memory database
    // for ":memory:". kUnavailable naming the path when it cannot be opened. `gate` is shared by
    // every connection to the same file in this process; null: writers rely on busy_timeout alone.
    static core::Result<std::unique_ptr<SqliteConnection>> Open(
        const std::string& path, std::shared_ptr<WriteGate> gate = nullptr);

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
    bool Writing() const override { return writing_; }

  private:
    SqliteConnection(sqlite3* db, std::shared_ptr<WriteGate> gate)
        : db_(db), gate_(std::move(gate)) {}
    core::Error ErrorFromCode(int code) const;
    void EndWriting();  // leaves the gate if this connection holds the turn

    sqlite3* db_ = nullptr;
    std::shared_ptr<WriteGate> gate_;
    bool writing_ = false;  // between Begin(kReadWrite) and its Commit or Rollback
};

// Returns `sql` with each $N placeholder written ?N, SQLite's numbered form.
std::string RewritePlaceholders(std::string_view sql);

}  // namespace steward::store::sqlite
