// OpenPostgresStore: the Store port on a PostgreSQL database, migrated to the newest schema.
#pragma once

#include <memory>
#include <string_view>

#include "core/result.hpp"
#include "domain/ports/store.hpp"

namespace steward::store {

// Largest number of connections one store opens to the server.
inline constexpr size_t kPostgresPoolSize = 8;

// Connects with `url` (postgresql://…), applies pending migrations (serialised between processes
// by an advisory lock) and returns the Store. Thread-safe store: one pooled connection per
// transaction. kUnavailable when the server cannot be reached or the migration fails.
core::Result<std::unique_ptr<domain::Store>> OpenPostgresStore(std::string_view url);

}  // namespace steward::store
