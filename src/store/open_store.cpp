// OpenStore: URL scheme to engine.
#include "store/open_store.hpp"

#include <string>

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace steward::store {

core::Result<std::unique_ptr<domain::Store>> OpenStore(std::string_view url) {
    constexpr std::string_view kSqlite = "sqlite:";
    if (url == "sqlite::memory:") return OpenSqliteStore(":memory:");
    if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        return OpenPostgresStore(url);
    }
    if (url.starts_with(kSqlite) && url.size() > kSqlite.size()) {
        return OpenSqliteStore(url.substr(kSqlite.size()));
    }
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The database URL must be sqlite:PATH, sqlite::memory: or "
                       "postgresql://USER@HOST:PORT/DB.",
                       "--database"};
}

}  // namespace steward::store
