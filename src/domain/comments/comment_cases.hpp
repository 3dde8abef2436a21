// The one place the comments room opens a case (cases room, case_service.hpp OpenCase): on
// arrival of hate or a safeguarding disclosure, and from "make a case from this comment".
#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_types.hpp"
#include "domain/comments/comment_types.hpp"
#include "domain/ports/actor.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

// Returns the concern type a screened comment raises on arrival: safeguarding disclosure
// (urgent, for the DSL) or hate or abuse; nullopt when it raises none.
std::optional<ConcernType> ArrivalConcern(const Comment& comment);

// Opens a case of `type` about `comment` inside `tx` (routed by `pack`) and returns its id.
// The summary names the account and categories, never the author or text (the case links the
// comment). Returns OpenCase's errors.
core::Result<std::string> OpenCaseForComment(Tx& tx, const Actor& actor, const core::Clock& clock,
                                             const policy::PolicyPack* pack,
                                             const Comment& comment, ConcernType type);

}  // namespace steward::domain
