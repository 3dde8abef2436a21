// RecordAudit: how every workflow writes its audit event, in its own transaction (AUD-01).
#pragma once

#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/audit/audit_types.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

class Tx;

// What changed. Summaries name record ids and changed field names, never pupils' names, e.g.
// after = "pupils+3 updated=2 off_roll=1" or "fields=email,status".
struct AuditChange {
    std::string action;       // "<room>.<verb>", e.g. "access.assign_role"
    std::string object_type;  // "person"
    std::string object_id;
    std::string before;
    std::string after;
    std::string school_id;  // tenant the change belongs to; "" = the actor's school
};

// Appends one event for `change` by `actor` at clock.Now() to the chain in `tx`: locks the head,
// sets seq, prev_hash and hash, inserts. Returns the event written, or the store's error (the
// caller returns it so that the whole transaction rolls back).
core::Result<AuditEvent> RecordAudit(Tx& tx, const Actor& actor, const core::Clock& clock,
                                     AuditChange change);

}  // namespace steward::domain
