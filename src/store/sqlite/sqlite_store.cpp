// OpenSqliteStore: first connection runs the migrations, then joins the pool.
#include "store/sqlite/sqlite_store.hpp"

#include <string>

#include "store/migrations/migrations.hpp"
#include "store/sql/migrator.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace steward::store {

core::Result<std::unique_ptr<domain::Store>> OpenSqliteStore(std::string_view path) {
    const std::string file(path);
    // One turn at a time for this store's writers (store/sqlite/write_gate.hpp).
    auto gate = std::make_shared<sqlite::WriteGate>();
    auto first = sqlite::SqliteConnection::Open(file, gate);
    if (!first) return first.error();
    auto applied = sql::ApplyMigrations(**first, SqliteMigrations());
    if (!applied) return applied.error();
    // An in-memory database lives in its one connection, so the pool must not open another.
    const bool in_memory = file == ":memory:";
    auto pool = std::make_unique<sql::ConnectionPool>(
        [file, gate]() -> core::Result<std::unique_ptr<sql::Connection>> {
            auto opened = sqlite::SqliteConnection::Open(file, gate);
            if (!opened) return opened.error();
            return std::unique_ptr<sql::Connection>(std::move(*opened));
        },
        in_memory ? 1 : kSqlitePoolSize);
    pool->Add(std::move(*first));
    return std::unique_ptr<domain::Store>(std::make_unique<sql::SqlStore>(std::move(pool)));
}

}  // namespace steward::store
