// SqlStore: the domain Store port over a ConnectionPool. Each engine's Open function builds one
// (store/sqlite/sqlite_store.hpp, store/postgres/postgres_store.hpp).
#pragma once

#include <memory>

#include "domain/ports/store.hpp"
#include "store/sql/connection_pool.hpp"

namespace steward::store::sql {

// Thread-safe: every RunTransaction borrows its own connection from the pool for its duration.
class SqlStore final : public domain::Store {
  public:
    explicit SqlStore(std::unique_ptr<ConnectionPool> pool) : pool_(std::move(pool)) {}

    core::Status RunTransaction(const Body& body, domain::AccessMode mode) override;

  private:
    std::unique_ptr<ConnectionPool> pool_;
};

}  // namespace steward::store::sql
