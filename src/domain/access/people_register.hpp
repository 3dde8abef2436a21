// PeopleRegister: the people register (ORG-02), role assignments (ORG-04), line managers (ORG-06)
// and parent links. Every change is audited in its own transaction.
#pragma once

#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Thread-safe if the Store is (it is). Holds references: store and clock must outlive it.
// Every method returns kPermissionDenied unless the actor may administer the person's school
// (field_rules.hpp RequireAdministrator), and the store's errors (kUnavailable ...) otherwise.
class PeopleRegister {
  public:
    PeopleRegister(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

    // Adds a person. kInvalidInput for a bad id, empty name, bad dates, end before start, or not
    // exactly one of school_id/trust_id; kNotFound for an unknown school or trust;
    // kAlreadyExists for a known id.
    core::Status AddPerson(const Actor& actor, const Person& person);

    // Replaces name, email, category, dates and status of an existing person (kNotFound).
    // The audit event lists the changed field names only.
    core::Status UpdatePerson(const Actor& actor, const Person& person);

    // Gives a person a role at a school or across a trust (ORG-04). kNotFound for an unknown
    // person; kInvalidInput unless exactly one of school_id/trust_id is set; kAlreadyExists
    // when the person already holds it there.
    core::Status AssignRole(const Actor& actor, const RoleAssignment& assignment);

    // Removes a role assignment; kNotFound when there was none.
    core::Status RevokeRole(const Actor& actor, const RoleAssignment& assignment);

    // Records the line manager (and optional head of department) of a staff member (ORG-06).
    // kNotFound when any of the people is unknown; kInvalidInput when a person would manage
    // themself.
    core::Status SetLineManager(const Actor& actor, const LineManagement& management);

    // Returns the recorded line manager's person id, or kFailedPrecondition ("no line manager is
    // recorded") so that a workflow with a line-manager step refuses to start (ORG-06).
    core::Result<std::string> RequireLineManager(Tx& tx, std::string_view person_id);

    // Links a parent or carer (a person of category parent_carer) to a pupil on the school's
    // roster. kNotFound for an unknown person or pupil; kInvalidInput for another category.
    core::Status LinkParent(const Actor& actor, const ParentLink& link);

  private:
    core::Result<Person> LoadPerson(Tx& tx, std::string_view person_id, std::string_view field);

    Store& store_;
    const core::Clock& clock_;
};

}  // namespace steward::domain
