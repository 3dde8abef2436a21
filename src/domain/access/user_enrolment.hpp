// EnrolUser: gives someone a sign-in in one transaction: the person (new or existing), an
// optional role at their school, and the account. Used by POST /api/users, `steward user add`
// and the demo seed, so that all three apply the same rules and audit the same way.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

struct Enrolment {
    std::string school_id;     // the school the person belongs to
    std::string username;      // sign-in name, e.g. "dsl@belgrave"; see IsUsername
    std::string display_name;  // for a new person; ignored when person_id names an existing one
    std::string email;         // for a new person, where notifications go; "" = none yet
    std::string person_id;     // existing person of the school, or "" to create one
    PersonCategory category = PersonCategory::kTeachingStaff;  // for a new person
    std::optional<Role> role;  // a role to give at the school (or across its trust, below)
    bool role_across_trust = false;  // hold `role` across the school's trust
    std::string password_hash;       // made by security::HashPassword; never audited
};

struct Enrolled {
    UserAccount user;
    Person person;
};

// True for 3-64 characters of letters, digits, '.', '-', '_' and '@', starting with a letter or
// digit: slugs and e-mail-like names ("headteacher@kenn-kenton").
bool IsUsername(std::string_view username);

// Returns the person id made from a username: lower case, '@' -> '.', e.g. "dsl.belgrave".
std::string PersonIdForUsername(std::string_view username);

// Creates the person (when `person_id` is empty, with id PersonIdForUsername), the role and the
// account, audited, in one transaction: nothing is written on any error. kInvalidInput for a bad
// username, empty display name or hash; kNotFound for an unknown school or person;
// kPermissionDenied unless the actor may administer the school (and, for a trust-wide role, is
// the trust board or the system) or when the existing person belongs to another school;
// kAlreadyExists for a taken username or person id.
core::Result<Enrolled> EnrolUser(Store& store, const core::Clock& clock, const Actor& actor,
                                 const Enrolment& enrolment);

}  // namespace steward::domain
