// Organisation and people value types (ORG-01, ORG-02, ORG-04, ORG-06): trusts, schools, people,
// role assignments, line managers, parent links, user accounts and sessions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

// A trust or federation grouping several schools.
struct Trust {
    std::string id;  // slug, e.g. "symphony-learning-trust"
    std::string name;
};

// A tenant. `id` equals the `meta.school_id` of the policy pack the school is bound to (ORG-01).
struct School {
    std::string id;  // slug, e.g. "belgrave"
    std::string name;
    std::string trust_id;  // "" for a stand-alone school
};

// ORG-02 categories. ScopeKey() maps each to the `scope.covered` key of policies/SCHEMA.md.
enum class PersonCategory {
    kTeachingStaff,
    kSupportStaff,
    kContractor,
    kAgencyWorker,
    kCasualWorker,
    kConsultant,
    kHomeworker,
    kThirdPartySystemUser,
    kVolunteer,
    kTrainee,
    kGovernor,
    kTrustee,
    kParentCarer,
    kPupil,
    kFormerPupil,
};

enum class PersonStatus { kActive, kSuspended, kLeft };

// Returns the database key, e.g. "teaching_staff".
std::string_view PersonCategoryKey(PersonCategory category);
std::optional<PersonCategory> ParsePersonCategory(std::string_view key);
// Returns the policy pack's scope key, e.g. "employees"; "" for former pupils (never in scope).
std::string_view ScopeKey(PersonCategory category);
std::string_view PersonStatusKey(PersonStatus status);
std::optional<PersonStatus> ParsePersonStatus(std::string_view key);

// One person of the people register. Exactly one of `school_id` and `trust_id` is set: trustees
// and central staff belong to the trust, everyone else to a school.
struct Person {
    std::string id;  // slug, unique across the installation
    std::string school_id;
    std::string trust_id;
    std::string display_name;
    std::string email;  // may be empty
    PersonCategory category = PersonCategory::kTeachingStaff;
    std::string start_date;  // YYYY-MM-DD
    std::string end_date;    // YYYY-MM-DD, "" while in post
    PersonStatus status = PersonStatus::kActive;
};

// One holder of one canonical role, at a school or across a trust (exactly one is set) (ORG-04).
struct RoleAssignment {
    std::string person_id;
    Role role = Role::kTeacher;
    std::string school_id;
    std::string trust_id;
};

// ORG-06: a staff member's line manager and optional head of department.
struct LineManagement {
    std::string person_id;
    std::string line_manager_id;
    std::string head_of_department_id;  // "" when none
};

// A parent or carer (a Person) linked to a pupil of a school's roster.
struct ParentLink {
    std::string parent_person_id;
    std::string school_id;
    std::string pupil_id;
    std::string relationship;  // "mother", "carer" ...; may be empty
};

// A local login. The password hash is made by security/ before it reaches the store.
struct UserAccount {
    std::string id;
    std::string username;
    std::string email;
    std::string password_hash;
    std::string person_id;  // "" for accounts not tied to a person (e.g. the installer)
    bool disabled = false;
    core::TimePoint created_at{};
};

// A server-side session. Only hashes of the session and CSRF tokens are stored.
struct Session {
    std::string token_hash;
    std::string user_id;
    core::TimePoint created_at{};
    core::TimePoint expires_at{};
    std::string csrf_token_hash;
};

// What ImportRoster changed.
struct RosterImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;  // on roll before, absent from the import: marked off roll, not deleted
};

}  // namespace steward::domain
