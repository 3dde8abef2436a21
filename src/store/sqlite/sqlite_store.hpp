// OpenSqliteStore: the Store port on an SQLite file (or in memory), migrated to the newest schema.
#pragma once

#include <memory>
#include <string_view>

#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::store {

// Largest number of connections a file store opens (WAL: readers run beside the one writer).
inline constexpr size_t kSqlitePoolSize = 4;

// Opens or creates the database at `path` (":memory:" for a private in-memory database, served by
// one connection), applies pending migrations and returns the Store. Thread-safe store: see
// store/sqlite/README.md. kUnavailable when the file cannot be opened or migrated.
core::Result<std::unique_ptr<domain::Store>> OpenSqliteStore(std::string_view path);

}  // namespace steward::store
