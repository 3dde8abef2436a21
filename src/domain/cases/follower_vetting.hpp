// Follower vetting (issue 7 item 7; MON-12, MON-13): log who asks to follow or befriend an
// official account, and record the decision of the role the pack names, with a reason. External
// organisations need monitoring.external_org_follow_approver_role where the pack names one.
// Entry points: LogFollowerRequest(), DecideFollowerRequest(), ListFollowerRequests().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/follower_types.hpp"
#include "domain/ports/actor.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

// Returns the role whose decision counts for a request from `kind` under `pack` (nullptr:
// defaults): the external-organisation approver for organisations when the pack names one,
// otherwise monitoring.follower_vetting_role, where named_per_account (the vetter named on the
// account's form) and none resolve to the account administrator.
Role FollowerApproverRole(const policy::PolicyPack* pack, RequesterKind kind);

// Logs a pending request (id, decision, approver role and timestamps are set here) and audits
// it. kInvalidInput naming the field for a missing account id or handle, or text over 500 bytes.
// Returns the stored request.
core::Result<FollowerRequest> LogFollowerRequest(Tx& tx, const Actor& actor,
                                                 const core::Clock& clock,
                                                 const policy::PolicyPack* pack,
                                                 FollowerRequest request);

// The school's requests, newest first.
core::Result<std::vector<FollowerRequest>> ListFollowerRequests(Tx& tx, std::string_view school_id);

// Records `decision` with `reason` by the actor. kPermissionDenied unless the actor holds the
// request's approver role at the school; kFailedPrecondition when already decided, or when
// accepting breaks the pack: outsiders may not follow (MON-13), or an adult has no recorded
// security check where the pack requires one; kInvalidInput for a missing reason.
core::Result<FollowerRequest> DecideFollowerRequest(
    Tx& tx, const Actor& actor, const core::Clock& clock, const policy::PolicyPack* pack,
    std::string_view school_id, std::string_view request_id, FollowerDecision decision,
    std::string_view reason);

}  // namespace steward::domain
