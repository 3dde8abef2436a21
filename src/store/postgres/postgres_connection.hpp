// PostgresConnection: sql::Connection over one libpq connection. Parameterised queries only
// (PQexecParams); results are read as text and typed by column type. Not thread-safe; the pool
// gives it to one transaction at a time.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "store/sql/connection.hpp"

struct pg_conn;

namespace steward::store::postgres {

class PostgresConnection final : public sql::Connection {
  public:
    // Connects with a libpq URL (postgresql://user@host:port/db?options=...). Sets UTC, UTF-8.
    // kUnavailable when the server cannot be reached; the message never repeats the password.
    static core::Result<std::unique_ptr<PostgresConnection>> Open(const std::string& url);

    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    sql::Dialect dialect() const override { return sql::Dialect::kPostgres; }
    core::Result<sql::Rows> Exec(std::string_view sql,
                                 const std::vector<sql::Value>& params) override;
    core::Status ExecScript(std::string_view sql) override;
    core::Status Begin(domain::AccessMode mode) override;
    core::Status Commit() override;
    core::Status Rollback() override;
    bool Healthy() const override;
    bool Writing() const override { return writing_; }

  private:
    explicit PostgresConnection(pg_conn* connection) : connection_(connection) {}

    pg_conn* connection_ = nullptr;
    bool writing_ = false;  // between Begin(kReadWrite) and its Commit or Rollback
};

}  // namespace steward::store::postgres
