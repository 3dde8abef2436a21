// Connection: the small SQL interface both engines implement, so that each room's SQL is written
// once (store/sql/<room>_store.cpp). Statements use $1, $2 ... placeholders (SQLite gets ?1, ?2).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::store::sql {

enum class Dialect { kSqlite, kPostgres };

// A parameter or column value: NULL, a 64-bit integer, or UTF-8 text.
using Value = std::variant<std::monostate, int64_t, std::string>;

inline Value Text(std::string_view text) { return Value(std::string(text)); }
inline Value Int(int64_t number) { return Value(number); }
// Returns NULL for an empty string: optional references (trust_id "" -> NULL).
inline Value TextOrNull(std::string_view text) {
    return text.empty() ? Value() : Value(std::string(text));
}

// One result row. Reading a NULL gives 0 or "".
class Row {
  public:
    explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
    size_t size() const { return values_.size(); }
    bool IsNull(size_t column) const;
    int64_t Int(size_t column) const;       // text is parsed; NULL is 0
    std::string Text(size_t column) const;  // integers are printed; NULL is ""

  private:
    std::vector<Value> values_;
};

using Rows = std::vector<Row>;

// One database connection. Not thread-safe: used by one transaction at a time (ConnectionPool).
// Errors: kAlreadyExists (unique key), kFailedPrecondition (foreign key), kInvalidInput (check
// constraint), kConflict (busy or serialisation failure), kUnavailable (anything else).
// After an error inside a transaction, roll back: PostgreSQL refuses further statements.
class Connection {
  public:
    virtual ~Connection() = default;

    virtual Dialect dialect() const = 0;

    // Runs one statement with bound parameters and returns its rows (none for non-queries).
    virtual core::Result<Rows> Exec(std::string_view sql, const std::vector<Value>& params) = 0;

    // Runs a script of statements without parameters (migrations).
    virtual core::Status ExecScript(std::string_view sql) = 0;

    // Begins a transaction. kReadWrite takes SQLite's write lock at once (BEGIN IMMEDIATE), so
    // writers queue instead of failing to upgrade; kReadOnly reads a snapshot without it.
    virtual core::Status Begin(domain::AccessMode mode) = 0;
    virtual core::Status Commit() = 0;
    virtual core::Status Rollback() = 0;

    // True between Begin(kReadWrite) and the Commit or Rollback that ends it. A room store may
    // then lock the rows it reads for change (PostgreSQL: SELECT ... FOR UPDATE).
    virtual bool Writing() const = 0;

    // True while the connection can still be used (PostgreSQL: the socket is open).
    virtual bool Healthy() const = 0;
};

}  // namespace steward::store::sql
