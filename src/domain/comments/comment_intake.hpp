// CommentIntake: brings a comment into its account's queue (MON-01): finds the official account,
// screens the text with the school's screener, sets its deadline (MON-02, MON-04) and applies the
// arrival rules of issue 7 item 2: hate -> hidden at once (a hide action pending on the
// platform) and a case; safeguarding -> an urgent case for the DSL; complaint -> the complaints
// route, never hidden; question -> reply due. Idempotent by (platform, platform comment id).
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/comments/comment_types.hpp"
#include "domain/screeners/school_screeners.hpp"
#include "domain/ports/actor.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Store;
class Tx;

inline constexpr std::size_t kMaxCommentTextBytes = 16 * 1024;
inline constexpr std::size_t kMaxCommentIdBytes = 200;

// Finds a school's policy pack (null when it has none: documented defaults apply).
using PackLookup = std::function<const policy::PolicyPack*(const School& school)>;

struct IntakeResult {
    Comment comment;
    bool duplicate = false;  // already in the queue: nothing was written
};

class CommentIntake {
  public:
    // All references must outlive the intake. Thread-safe.
    CommentIntake(Store& store, const core::Clock& clock, SchoolScreeners& screeners,
                  PackLookup packs)
        : store_(store), clock_(clock), screeners_(screeners), packs_(std::move(packs)) {}

    // Checks `incoming` (CheckIncoming), finds its account (by school and account id, or by the
    // platform id a webhook names), screens and stores it in one transaction with its audit
    // event, its arrival action and case. A comment already stored under the same platform id
    // comes back with duplicate = true and nothing written. kNotFound for an unknown account,
    // kInvalidInput for bad fields, the store's error otherwise (nothing is half-written).
    core::Result<IntakeResult> Ingest(const Actor& actor, const IncomingComment& incoming);

    // Ingests every comment in one transaction: all or nothing (CSV import). Checks every
    // comment first and returns one kInvalidInput listing each bad index ("row N: ...").
    core::Result<std::vector<IntakeResult>> IngestAll(const Actor& actor,
                                                      const std::vector<IncomingComment>& batch);

  private:
    struct Prepared;
    core::Result<std::vector<Prepared>> PrepareAll(std::span<const IncomingComment> batch);
    core::Status LookUp(Tx& tx, const IncomingComment& incoming, Prepared& prepared);
    core::Status Fill(const IncomingComment& incoming, const screening::CommentVerdict& verdict,
                      Prepared& prepared);
    core::Result<IntakeResult> StoreOne(Tx& tx, const Actor& actor, Prepared& prepared);

    Store& store_;
    const core::Clock& clock_;
    SchoolScreeners& screeners_;
    PackLookup packs_;
};

// Returns kInvalidInput naming the field when a comment cannot be queued: empty or oversized
// text or platform comment id, no account, no received time. `where` prefixes the field.
core::Status CheckIncoming(const IncomingComment& incoming, std::string_view where = "comment");

}  // namespace steward::domain
