// ApplyMigrations: brings a database up to the newest schema, once, inside one transaction.
#pragma once

#include <span>

#include "core/result.hpp"
#include "store/migrations/migrations.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

// Creates schema_migrations if needed, then applies, in order and in one transaction, every
// migration whose version it does not list, recording each (version, name, applied_at). Returns
// how many were applied (0 when up to date). kFailedPrecondition when the database records a
// version newer than this binary knows; the engine's error when a migration fails (nothing is
// applied then). On PostgreSQL an advisory lock makes concurrent openers wait for each other.
core::Result<int> ApplyMigrations(Connection& connection, std::span<const Migration> migrations);

}  // namespace steward::store::sql
