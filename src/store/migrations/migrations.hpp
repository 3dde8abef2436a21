// The numbered schema migrations of each engine, compiled into the binary from
// migrations/<engine>/NNNN_<what>.sql (embed_sql.cmake generates their definitions at build time).
#pragma once

#include <span>
#include <string_view>

namespace steward::store {

struct Migration {
    int version;            // NNNN of the file name
    std::string_view name;  // file name, e.g. "0001_init.sql"
    std::string_view sql;   // the whole file
};

// Returns the migrations in ascending version order.
std::span<const Migration> SqliteMigrations();
std::span<const Migration> PostgresMigrations();

}  // namespace steward::store
