// Canonical encoding, chain hash and verification of the audit trail.
#include "domain/audit/audit_chain.hpp"

#include <string>
#include <vector>

#include "domain/ports/store.hpp"
#include "security/sha256.hpp"

namespace steward::domain {
namespace {

constexpr int kPageSize = 500;

void AppendField(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += ';';
}

ChainReport Broken(int64_t checked, int64_t seq, std::string problem) {
    return ChainReport{false, checked, seq, std::move(problem)};
}

// Checks one event against the running state; returns a problem, or "" when the event is sound.
std::string CheckEvent(const AuditEvent& event, int64_t expected_seq,
                       const std::string& expected_prev) {
    if (event.seq > expected_seq) {
        return "event " + std::to_string(expected_seq) + " is missing (removed or renumbered)";
    }
    if (event.seq < expected_seq) return "event appears out of order (renumbered or duplicated)";
    if (event.prev_hash != expected_prev) {
        return "its prev_hash does not match the previous event (an event before it was removed "
               "or reordered)";
    }
    if (event.hash != ChainHash(event.prev_hash, event)) {
        return "its content does not match its hash (the event was altered)";
    }
    return {};
}

}  // namespace

std::string CanonicalEncoding(const AuditEvent& event) {
    std::string out;
    out.reserve(128 + event.before.size() + event.after.size());
    AppendField(out, std::to_string(event.seq));
    AppendField(out, std::to_string(event.at.time_since_epoch().count()));
    AppendField(out, event.actor);
    AppendField(out, event.actor_role);
    AppendField(out, event.school_id);
    AppendField(out, event.action);
    AppendField(out, event.object_type);
    AppendField(out, event.object_id);
    AppendField(out, event.before);
    AppendField(out, event.after);
    return out;
}

std::string ChainHash(std::string_view prev_hash, const AuditEvent& event) {
    std::string input(prev_hash);
    input += CanonicalEncoding(event);
    return security::Sha256Hex(input);
}

core::Result<ChainReport> VerifyChain(AuditStore& audit) {
    int64_t expected_seq = 1;
    std::string expected_prev(kGenesisHash);
    int64_t checked = 0;
    while (true) {
        auto page = audit.List(expected_seq - 1, kPageSize);
        if (!page) return page.error();
        for (const AuditEvent& event : *page) {
            std::string problem = CheckEvent(event, expected_seq, expected_prev);
            if (!problem.empty()) {
                int64_t seq = event.seq > expected_seq ? expected_seq : event.seq;
                return Broken(checked, seq, std::move(problem));
            }
            ++checked;
            ++expected_seq;
            expected_prev = event.hash;
        }
        if (static_cast<int>(page->size()) < kPageSize) break;
    }
    auto head = audit.Head();
    if (!head) return head.error();
    if (head->seq != expected_seq - 1 || head->hash != expected_prev) {
        return Broken(checked, expected_seq,
                      "the chain ends before the recorded head (the newest events were removed) "
                      "or the head was altered");
    }
    return ChainReport{true, checked, 0, {}};
}

core::Result<ChainReport> VerifyChain(Store& store) {
    return store.Read([](Tx& tx) -> core::Result<ChainReport> { return VerifyChain(tx.Audit()); });
}

}  // namespace steward::domain
