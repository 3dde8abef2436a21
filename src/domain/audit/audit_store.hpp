// AuditStore: the port through which the audit room appends and reads events inside a transaction.
// Implemented by store/sql/audit_store.cpp for SQLite and PostgreSQL.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.hpp"
#include "domain/audit/audit_types.hpp"

namespace steward::domain {

class AuditStore {
  public:
    virtual ~AuditStore() = default;

    // Returns the chain head and locks it until the transaction ends, so that concurrent
    // transactions append one after another. Returns kUnavailable if the database fails.
    virtual core::Result<ChainHead> LockHead() = 0;

    // Inserts `event` (seq, prev_hash and hash already set) and moves the head to it.
    // Returns kAlreadyExists if an event with that seq exists.
    virtual core::Status Append(const AuditEvent& event) = 0;

    // Returns the recorded head without locking it.
    virtual core::Result<ChainHead> Head() = 0;

    // Returns up to `limit` events with seq > `after_seq`, in ascending seq order.
    virtual core::Result<std::vector<AuditEvent>> List(int64_t after_seq, int limit) = 0;
};

}  // namespace steward::domain
