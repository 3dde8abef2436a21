// OpenPostgresStore: first connection runs the migrations, then joins the pool.
#include "store/postgres/postgres_store.hpp"

#include <string>

#include "store/migrations/migrations.hpp"
#include "store/postgres/postgres_connection.hpp"
#include "store/sql/migrator.hpp"
#include "store/sql/sql_store.hpp"

namespace steward::store {

core::Result<std::unique_ptr<domain::Store>> OpenPostgresStore(std::string_view url) {
    const std::string address(url);
    auto first = postgres::PostgresConnection::Open(address);
    if (!first) return first.error();
    auto applied = sql::ApplyMigrations(**first, PostgresMigrations());
    if (!applied) return applied.error();
    auto pool = std::make_unique<sql::ConnectionPool>(
        [address]() -> core::Result<std::unique_ptr<sql::Connection>> {
            auto opened = postgres::PostgresConnection::Open(address);
            if (!opened) return opened.error();
            return std::unique_ptr<sql::Connection>(std::move(*opened));
        },
        kPostgresPoolSize);
    pool->Add(std::move(*first));
    return std::unique_ptr<domain::Store>(std::make_unique<sql::SqlStore>(std::move(pool)));
}

}  // namespace steward::store
