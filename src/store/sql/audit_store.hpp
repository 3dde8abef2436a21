// SqlAuditStore: the audit room's store port in SQL shared by SQLite and PostgreSQL.
#pragma once

#include "domain/audit/audit_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlAuditStore final : public domain::AuditStore {
  public:
    explicit SqlAuditStore(Connection& connection) : connection_(connection) {}

    // SQLite: the transaction already holds the write lock (BEGIN IMMEDIATE).
    // PostgreSQL: SELECT ... FOR UPDATE on the single head row.
    core::Result<domain::ChainHead> LockHead() override;
    core::Status Append(const domain::AuditEvent& event) override;
    core::Result<domain::ChainHead> Head() override;
    core::Result<std::vector<domain::AuditEvent>> List(int64_t after_seq, int limit) override;

  private:
    core::Result<domain::ChainHead> ReadHead(bool lock);

    Connection& connection_;
};

}  // namespace steward::store::sql
