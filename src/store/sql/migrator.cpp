// Migration runner shared by both engines.
#include "store/sql/migrator.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <string>

namespace steward::store::sql {
namespace {

// Any fixed number: the PostgreSQL advisory lock taken while migrating.
constexpr int64_t kMigrationLockKey = 7310201;

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

core::Result<int> ApplyPending(Connection& connection, std::span<const Migration> migrations) {
    if (connection.dialect() == Dialect::kPostgres) {
        auto locked = connection.Exec("SELECT pg_advisory_xact_lock($1)", {Int(kMigrationLockKey)});
        if (!locked) return locked.error();
    }
    if (auto created = connection.Exec(kCreateTable, {}); !created) return created.error();
    auto rows = connection.Exec("SELECT version FROM schema_migrations", {});
    if (!rows) return rows.error();
    std::set<int64_t> applied;
    for (const Row& row : *rows) applied.insert(row.Int(0));
    int64_t newest_known = 0;
    for (const Migration& migration : migrations) {
        newest_known = std::max<int64_t>(newest_known, migration.version);
    }
    if (!applied.empty() && *applied.rbegin() > newest_known) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "The database was migrated by a newer Steward (schema version " +
                               std::to_string(*applied.rbegin()) + "); upgrade Steward."};
    }
    const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    int count = 0;
    for (const Migration& migration : migrations) {
        if (applied.count(migration.version) != 0) continue;
        if (auto ran = connection.ExecScript(migration.sql); !ran) {
            core::Error error = ran.error();
            error.where = "migration " + std::string(migration.name);
            return error;
        }
        auto recorded = connection.Exec(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            {Int(migration.version), Text(migration.name), Int(now)});
        if (!recorded) return recorded.error();
        ++count;
    }
    return count;
}

}  // namespace

core::Result<int> ApplyMigrations(Connection& connection, std::span<const Migration> migrations) {
    if (auto begun = connection.Begin(domain::AccessMode::kReadWrite); !begun) return begun.error();
    auto applied = ApplyPending(connection, migrations);
    if (!applied) {
        (void)connection.Rollback();
        return applied.error();
    }
    if (auto committed = connection.Commit(); !committed) {
        (void)connection.Rollback();
        return committed.error();
    }
    return applied;
}

}  // namespace steward::store::sql
