// SQLite 3 connection: statements prepared per call, values bound by type, errors mapped to codes.
#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

namespace steward::store::sqlite {
namespace {

// Finalises a statement when it goes out of scope.
struct StatementCloser {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementCloser>;

int Bind(sqlite3_stmt* statement, int index, const sql::Value& value) {
    if (const auto* number = std::get_if<int64_t>(&value)) {
        return sqlite3_bind_int64(statement, index, *number);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    return sqlite3_bind_null(statement, index);
}

sql::Row ReadRow(sqlite3_stmt* statement) {
    const int columns = sqlite3_column_count(statement);
    std::vector<sql::Value> values;
    values.reserve(static_cast<size_t>(columns));
    for (int column = 0; column < columns; ++column) {
        switch (sqlite3_column_type(statement, column)) {
            case SQLITE_NULL:
                values.emplace_back();
                break;
            case SQLITE_INTEGER:
                values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(statement, column)));
                break;
            default: {
                const auto* text =
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
                int size = sqlite3_column_bytes(statement, column);
                values.emplace_back(std::string(text ? text : "", static_cast<size_t>(size)));
            }
        }
    }
    return sql::Row(std::move(values));
}

}  // namespace

std::string RewritePlaceholders(std::string_view sql) {
    std::string out(sql);
    for (size_t index = 0; index + 1 < out.size(); ++index) {
        if (out[index] == '$' && out[index + 1] >= '0' && out[index + 1] <= '9') out[index] = '?';
    }
    return out;
}

core::Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(
    const std::string& path, std::shared_ptr<WriteGate> gate) {
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    int code = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    std::unique_ptr<SqliteConnection> connection(
        new SqliteConnection(db, std::move(gate)));  // owns db even on error
    if (code != SQLITE_OK) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "Cannot open the SQLite database: " + std::string(sqlite3_errstr(code)) +
                               "; check the path and its permissions.",
                           path};
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    auto configured = connection->ExecScript(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    if (!configured) {
        core::Error error = configured.error();
        error.where = path;
        return error;
    }
    return connection;
}

SqliteConnection::~SqliteConnection() {
    EndWriting();
    sqlite3_close_v2(db_);
}

void SqliteConnection::EndWriting() {
    if (!writing_) return;
    writing_ = false;
    if (gate_) gate_->Leave();
}

core::Error SqliteConnection::ErrorFromCode(int code) const {
    std::string detail = sqlite3_errmsg(db_);
    switch (code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return {core::ErrorCode::kAlreadyExists,
                    "This record already exists (" + detail + ")."};
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return {core::ErrorCode::kFailedPrecondition,
                    "This record refers to a record that does not exist."};
        case SQLITE_CONSTRAINT_CHECK:
        case SQLITE_CONSTRAINT_NOTNULL:
            return {core::ErrorCode::kInvalidInput,
                    "A value breaks a database rule (" + detail + ")."};
        default:
            break;
    }
    if ((code & 0xff) == SQLITE_READONLY) {
        return {core::ErrorCode::kInternal, "A read-only transaction tried to write."};
    }
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
        return {core::ErrorCode::kConflict, "The database is busy with another change; try again."};
    }
    return {core::ErrorCode::kUnavailable, "SQLite error: " + detail + "."};
}

core::Result<sql::Rows> SqliteConnection::Exec(std::string_view sql,
                                               const std::vector<sql::Value>& params) {
    std::string text = RewritePlaceholders(sql);
    sqlite3_stmt* raw = nullptr;
    int code = sqlite3_prepare_v2(db_, text.c_str(), static_cast<int>(text.size()), &raw, nullptr);
    Statement statement(raw);
    if (code != SQLITE_OK) return ErrorFromCode(code);
    for (size_t index = 0; index < params.size(); ++index) {
        code = Bind(raw, static_cast<int>(index + 1), params[index]);
        if (code != SQLITE_OK) return ErrorFromCode(code);
    }
    sql::Rows rows;
    while ((code = sqlite3_step(raw)) == SQLITE_ROW) rows.push_back(ReadRow(raw));
    if (code != SQLITE_DONE) return ErrorFromCode(sqlite3_extended_errcode(db_));
    return rows;
}

core::Status SqliteConnection::ExecScript(std::string_view sql) {
    std::string text(sql);
    int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) return ErrorFromCode(sqlite3_extended_errcode(db_));
    return core::OkStatus();
}

core::Status SqliteConnection::Begin(domain::AccessMode mode) {
    // query_only makes a write inside a read-only transaction fail, as on PostgreSQL.
    if (mode == domain::AccessMode::kReadOnly) return ExecScript("PRAGMA query_only = 1; BEGIN");
    if (gate_ && !gate_->Enter(std::chrono::milliseconds(kBusyTimeoutMs))) {
        return core::Error{core::ErrorCode::kConflict,
                           "The database is busy with another change; try again."};
    }
    writing_ = true;
    auto begun = ExecScript("PRAGMA query_only = 0; BEGIN IMMEDIATE");
    if (!begun) EndWriting();
    return begun;
}

core::Status SqliteConnection::Commit() {
    auto committed = ExecScript("COMMIT");
    // A failed COMMIT may leave the transaction open: the Rollback that follows ends the turn.
    if (committed || sqlite3_get_autocommit(db_) != 0) EndWriting();
    return committed;
}

core::Status SqliteConnection::Rollback() {
    core::Status rolled_back = core::OkStatus();
    if (sqlite3_get_autocommit(db_) == 0) rolled_back = ExecScript("ROLLBACK");  // else nothing open
    EndWriting();
    return rolled_back;
}

}  // namespace steward::store::sqlite
