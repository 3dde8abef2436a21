// Organisation: the tenants (ORG-01): trusts or federations and their schools, each school bound
// to the policy pack whose meta.school_id equals the school's id.
#pragma once

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Thread-safe if the Store is (it is). Holds references: store and clock must outlive it.
class Organisation {
  public:
    Organisation(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

    // Records a trust or federation. kInvalidInput for a bad id or empty name, kPermissionDenied
    // unless the actor is the system or the trust board, kAlreadyExists for a known id.
    core::Status AddTrust(const Actor& actor, const Trust& trust);

    // Records a school (tenant). kInvalidInput for a bad id or empty name, kNotFound when
    // `school.trust_id` names no trust, kAlreadyExists for a known id, kPermissionDenied unless
    // the actor is the system or the trust board.
    core::Status AddSchool(const Actor& actor, const School& school);

  private:
    Store& store_;
    const core::Clock& clock_;
};

}  // namespace steward::domain
