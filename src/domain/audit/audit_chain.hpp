// The hash chain of the audit trail (AUD-01): the canonical encoding of an event, its hash, and
// VerifyChain, which walks the whole trail and names the first event altered, removed or moved.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/audit/audit_store.hpp"
#include "domain/audit/audit_types.hpp"

namespace steward::domain {

class Store;

// Returns the canonical encoding of every field of `event` except its hashes: for each of seq,
// at (UTC seconds since 1970), actor, actor_role, school_id, action, object_type, object_id,
// before, after, in that order, the field's byte length in decimal, ':', the bytes, ';'.
// Length prefixes make the encoding injective: no two different events encode alike.
std::string CanonicalEncoding(const AuditEvent& event);

// Returns SHA-256(prev_hash || CanonicalEncoding(event)) as lowercase hex. prev_hash is always
// 64 hex characters, so the concatenation is unambiguous.
std::string ChainHash(std::string_view prev_hash, const AuditEvent& event);

// Walks every event in seq order and checks that seqs run 1, 2, 3 ... without gaps, that each
// prev_hash is the previous event's hash, that each hash matches its content, and that the last
// event is the recorded head (so removing the newest events is caught too). Returns a report;
// an error only when the database fails.
core::Result<ChainReport> VerifyChain(AuditStore& audit);

// Runs VerifyChain(tx.Audit()) in one read-only transaction of `store`.
core::Result<ChainReport> VerifyChain(Store& store);

}  // namespace steward::domain
