// AuditEvent: one entry of the append-only, hash-chained audit trail (AUD-01). Value types only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace steward::domain {

// The prev_hash of the first event: 64 zeros.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// Summaries (`before`, `after`) hold record ids and changed field names, never pupils' names.
struct AuditEvent {
    int64_t seq = 0;          // 1, 2, 3 ... with no gaps
    core::TimePoint at{};     // UTC, whole seconds
    std::string actor;        // person id, or "system"
    std::string actor_role;   // canonical role key, or "" when none
    std::string school_id;    // tenant, or "" for trust-wide and system events
    std::string action;       // "<room>.<verb>", e.g. "access.add_person"
    std::string object_type;  // "person", "school", "roster" ...
    std::string object_id;
    std::string before;     // summary of the state before, "" for a create
    std::string after;      // summary of the state after, "" for a removal
    std::string prev_hash;  // hash of event seq-1 (kGenesisHash for seq 1)
    std::string hash;       // SHA-256(prev_hash || CanonicalEncoding(event)), lowercase hex
};

// The last event of the chain as the store records it; seq 0 and kGenesisHash when empty.
struct ChainHead {
    int64_t seq = 0;
    std::string hash{kGenesisHash};
};

// What VerifyChain found. When `intact` is false, `first_broken_seq` names the first event that
// was altered, removed or moved, and `problem` says which check failed.
struct ChainReport {
    bool intact = true;
    int64_t events_checked = 0;
    int64_t first_broken_seq = 0;
    std::string problem;
};

}  // namespace steward::domain
