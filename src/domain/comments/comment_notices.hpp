// The mail MON-04's escalation sets off: written to the outbox in the due check's transaction.
// It names the account and the due time, never the comment's text or author.
#pragma once

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/comments/comment_types.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

class Tx;

// Req: MON-04 tells every holder of `role` at the school that `comment` is overdue without a
// response. Returns the store's error (the caller rolls the escalation back with it).
core::Status NotifyCommentEscalated(Tx& tx, const core::Clock& clock, const Comment& comment,
                                    Role role);

}  // namespace steward::domain
