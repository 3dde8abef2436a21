// RecordAudit: one chained event per state change.
#include "domain/audit/audit_log.hpp"

#include "domain/audit/audit_chain.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

core::Result<AuditEvent> RecordAudit(Tx& tx, const Actor& actor, const core::Clock& clock,
                                     AuditChange change) {
    auto head = tx.Audit().LockHead();
    if (!head) return head.error();
    AuditEvent event;
    event.seq = head->seq + 1;
    event.at = clock.Now();
    event.actor = actor.person_id.empty() ? "system" : actor.person_id;
    event.actor_role = actor.role ? std::string(RoleKey(*actor.role)) : std::string();
    event.school_id = change.school_id.empty() ? actor.school_id : std::move(change.school_id);
    event.action = std::move(change.action);
    event.object_type = std::move(change.object_type);
    event.object_id = std::move(change.object_id);
    event.before = std::move(change.before);
    event.after = std::move(change.after);
    event.prev_hash = head->hash;
    event.hash = ChainHash(event.prev_hash, event);
    if (auto appended = tx.Audit().Append(event); !appended) return appended.error();
    return event;
}

}  // namespace steward::domain
