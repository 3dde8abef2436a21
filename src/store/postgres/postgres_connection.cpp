// libpq connection: text-format parameters and results, SQLSTATE mapped to error codes.
#include "store/postgres/postgres_connection.hpp"

#include <libpq-fe.h>

#include <cstring>

namespace steward::store::postgres {
namespace {

// Type OIDs (pg_type.h) read back as integers.
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;

struct ResultCloser {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultCloser>;

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

// Maps a failed result to an Error by SQLSTATE. Uses only the primary message, which names
// constraints but never the values (the DETAIL line would).
core::Error ErrorFrom(const PGresult* result, pg_conn* connection) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    std::string detail = primary ? primary : PQerrorMessage(connection);
    std::string code = state ? state : "";
    if (code == "23505") {
        return {core::ErrorCode::kAlreadyExists, "This record already exists (" + detail + ")."};
    }
    if (code == "23503") {
        return {core::ErrorCode::kFailedPrecondition,
                "This record refers to a record that does not exist."};
    }
    if (code == "23514" || code == "23502") {
        return {core::ErrorCode::kInvalidInput, "A value breaks a database rule (" + detail + ")."};
    }
    if (code == "25006") {
        return {core::ErrorCode::kInternal, "A read-only transaction tried to write."};
    }
    if (code == "40001" || code == "40P01" || code == "55P03") {
        return {core::ErrorCode::kConflict, "The database is busy with another change; try again."};
    }
    return {core::ErrorCode::kUnavailable, "PostgreSQL error: " + detail};
}

sql::Value ReadValue(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) return {};
    const char* text = PQgetvalue(result, row, column);
    switch (PQftype(result, column)) {
        case kBoolOid:
            return sql::Int(text[0] == 't' ? 1 : 0);
        case kInt8Oid:
        case kInt2Oid:
        case kInt4Oid:
            return sql::Int(std::strtoll(text, nullptr, 10));
        default:
            return sql::Value(
                std::string(text, static_cast<size_t>(PQgetlength(result, row, column))));
    }
}

}  // namespace

core::Result<std::unique_ptr<PostgresConnection>> PostgresConnection::Open(const std::string& url) {
    std::unique_ptr<PostgresConnection> connection(
        new PostgresConnection(PQconnectdb(url.c_str())));
    pg_conn* raw = connection->connection_;
    if (raw == nullptr || PQstatus(raw) != CONNECTION_OK) {
        std::string reason = raw ? PQerrorMessage(raw) : "out of memory";
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' '))
            reason.pop_back();
        return core::Error{core::ErrorCode::kUnavailable,
                           "Cannot connect to PostgreSQL: " + reason +
                               "; check the --database URL and that the server is running.",
                           "database"};
    }
    PQsetNoticeProcessor(raw, IgnoreNotice, nullptr);
    auto configured = connection->ExecScript(
        "SET TIME ZONE 'UTC'; SET client_encoding = 'UTF8'; SET client_min_messages = warning;");
    if (!configured) return configured.error();
    return connection;
}

PostgresConnection::~PostgresConnection() {
    if (connection_ != nullptr) PQfinish(connection_);
}

bool PostgresConnection::Healthy() const {
    return connection_ != nullptr && PQstatus(connection_) == CONNECTION_OK;
}

core::Result<sql::Rows> PostgresConnection::Exec(std::string_view sql,
                                                 const std::vector<sql::Value>& params) {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t index = 0; index < params.size(); ++index) {
        if (const auto* number = std::get_if<int64_t>(&params[index])) {
            texts[index] = std::to_string(*number);
        } else if (const auto* text = std::get_if<std::string>(&params[index])) {
            texts[index] = *text;
        } else {
            continue;  // NULL stays nullptr
        }
        values[index] = texts[index].c_str();
    }
    const std::string statement(sql);
    ResultPtr result(PQexecParams(connection_, statement.c_str(), static_cast<int>(params.size()),
                                  nullptr, values.data(), nullptr, nullptr, /*resultFormat=*/0));
    ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return ErrorFrom(result.get(), connection_);
    }
    sql::Rows rows;
    const int count = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    rows.reserve(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        std::vector<sql::Value> cells;
        cells.reserve(static_cast<size_t>(columns));
        for (int column = 0; column < columns; ++column) {
            cells.push_back(ReadValue(result.get(), row, column));
        }
        rows.emplace_back(std::move(cells));
    }
    return rows;
}

core::Status PostgresConnection::ExecScript(std::string_view sql) {
    const std::string script(sql);
    ResultPtr result(PQexec(connection_, script.c_str()));
    ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return ErrorFrom(result.get(), connection_);
    }
    return core::OkStatus();
}

core::Status PostgresConnection::Begin(domain::AccessMode mode) {
    const bool writing = mode == domain::AccessMode::kReadWrite;
    auto begun = ExecScript(writing ? "BEGIN" : "BEGIN READ ONLY");
    if (begun) writing_ = writing;
    return begun;
}

core::Status PostgresConnection::Commit() {
    auto committed = ExecScript("COMMIT");
    if (committed || PQtransactionStatus(connection_) == PQTRANS_IDLE) writing_ = false;
    return committed;
}

core::Status PostgresConnection::Rollback() {
    writing_ = false;
    if (PQtransactionStatus(connection_) == PQTRANS_IDLE) return core::OkStatus();
    return ExecScript("ROLLBACK");
}

}  // namespace steward::store::postgres
