// SQL of the audit trail: audit_events and the audit_chain_head row.
#include "store/sql/audit_store.hpp"

#include <string>

namespace steward::store::sql {

core::Result<domain::ChainHead> SqlAuditStore::ReadHead(bool lock) {
    std::string sql = "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1";
    if (lock && connection_.dialect() == Dialect::kPostgres) sql += " FOR UPDATE";
    auto rows = connection_.Exec(sql, {});
    if (!rows) return rows.error();
    if (rows->empty()) {
        return core::Error{core::ErrorCode::kInternal,
                           "The audit chain head row is missing; the database was altered."};
    }
    return domain::ChainHead{(*rows)[0].Int(0), (*rows)[0].Text(1)};
}

core::Result<domain::ChainHead> SqlAuditStore::LockHead() { return ReadHead(/*lock=*/true); }

core::Result<domain::ChainHead> SqlAuditStore::Head() { return ReadHead(/*lock=*/false); }

core::Status SqlAuditStore::Append(const domain::AuditEvent& event) {
    auto inserted = connection_.Exec(
        "INSERT INTO audit_events (seq, at, actor, actor_role, school_id, action, object_type,"
        " object_id, before_summary, after_summary, prev_hash, hash)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        {Int(event.seq), Int(event.at.time_since_epoch().count()), Text(event.actor),
         Text(event.actor_role), Text(event.school_id), Text(event.action), Text(event.object_type),
         Text(event.object_id), Text(event.before), Text(event.after), Text(event.prev_hash),
         Text(event.hash)});
    if (!inserted) return inserted.error();
    auto moved =
        connection_.Exec("UPDATE audit_chain_head SET last_seq = $1, last_hash = $2 WHERE id = 1",
                         {Int(event.seq), Text(event.hash)});
    if (!moved) return moved.error();
    return core::OkStatus();
}

core::Result<std::vector<domain::AuditEvent>> SqlAuditStore::List(int64_t after_seq, int limit) {
    auto rows = connection_.Exec(
        "SELECT seq, at, actor, actor_role, school_id, action, object_type, object_id,"
        " before_summary, after_summary, prev_hash, hash"
        " FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT $2",
        {Int(after_seq), Int(limit)});
    if (!rows) return rows.error();
    std::vector<domain::AuditEvent> events;
    events.reserve(rows->size());
    for (const Row& row : *rows) {
        domain::AuditEvent event;
        event.seq = row.Int(0);
        event.at = core::TimePoint(std::chrono::seconds(row.Int(1)));
        event.actor = row.Text(2);
        event.actor_role = row.Text(3);
        event.school_id = row.Text(4);
        event.action = row.Text(5);
        event.object_type = row.Text(6);
        event.object_id = row.Text(7);
        event.before = row.Text(8);
        event.after = row.Text(9);
        event.prev_hash = row.Text(10);
        event.hash = row.Text(11);
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace steward::store::sql
