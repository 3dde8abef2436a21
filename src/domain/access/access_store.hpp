// AccessStore: the port through which the access room reads and writes organisations, people,
// roles, pupils, parent links, user accounts and sessions inside a transaction.
// Implemented once for both engines in store/sql/access_store*.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/access/pupil.hpp"

namespace steward::domain {

// Every method returns kUnavailable when the database fails. Inserts return kAlreadyExists on a
// duplicate key and kFailedPrecondition when a referenced record (school, person) is missing.
class AccessStore {
  public:
    virtual ~AccessStore() = default;

    virtual core::Status InsertTrust(const Trust& trust) = 0;
    virtual core::Result<std::optional<Trust>> FindTrust(std::string_view trust_id) = 0;
    virtual core::Status InsertSchool(const School& school) = 0;
    virtual core::Result<std::optional<School>> FindSchool(std::string_view school_id) = 0;
    // Returns every school, or those of one trust when `trust_id` is not empty, ordered by id.
    virtual core::Result<std::vector<School>> ListSchools(std::string_view trust_id) = 0;
    // Returns the school's roster version (schools.roster_version, migration 0007): the store
    // increases it in the same transaction as any change to the school's pupils or staff, so a
    // cache of what is compiled from them (domain/screeners) knows when to rebuild. One indexed
    // read. kNotFound for an unknown school.
    virtual core::Result<std::int64_t> RosterVersion(std::string_view school_id) = 0;

    virtual core::Status InsertPerson(const Person& person) = 0;
    // Replaces the person's mutable fields (name, email, category, dates, status).
    virtual core::Status UpdatePerson(const Person& person) = 0;
    virtual core::Result<std::optional<Person>> FindPerson(std::string_view person_id) = 0;
    virtual core::Result<std::vector<Person>> ListPeople(std::string_view school_id) = 0;

    virtual core::Status InsertRole(const RoleAssignment& assignment) = 0;
    // Returns kNotFound when no such assignment exists.
    virtual core::Status DeleteRole(const RoleAssignment& assignment) = 0;
    virtual core::Result<std::vector<RoleAssignment>> RolesOf(std::string_view person_id) = 0;
    // Returns the holders of `role` at the school, and trust-wide holders of its trust.
    virtual core::Result<std::vector<RoleAssignment>> HoldersOf(std::string_view school_id,
                                                                Role role) = 0;

    // Inserts or replaces the line management of `management.person_id`.
    virtual core::Status UpsertLineManagement(const LineManagement& management) = 0;
    virtual core::Result<std::optional<LineManagement>> FindLineManagement(
        std::string_view person_id) = 0;

    // Inserts the pupil, or updates it and puts it back on roll when the id exists.
    virtual core::Status UpsertPupil(std::string_view school_id, const Pupil& pupil) = 0;
    virtual core::Status SetPupilOnRoll(std::string_view school_id, std::string_view pupil_id,
                                        bool on_roll) = 0;
    virtual core::Result<std::optional<Pupil>> FindPupil(std::string_view school_id,
                                                         std::string_view pupil_id) = 0;
    // Returns the pupils on roll, ordered by pupil id.
    virtual core::Result<std::vector<Pupil>> ListPupils(std::string_view school_id) = 0;

    virtual core::Status InsertParentLink(const ParentLink& link) = 0;
    virtual core::Result<std::vector<ParentLink>> ParentsOf(std::string_view school_id,
                                                            std::string_view pupil_id) = 0;
    virtual core::Result<std::vector<ParentLink>> ChildrenOf(std::string_view parent_person_id) = 0;

    virtual core::Status InsertUser(const UserAccount& user) = 0;
    // Replaces email, password hash, person link and disabled flag.
    virtual core::Status UpdateUser(const UserAccount& user) = 0;
    virtual core::Result<std::optional<UserAccount>> FindUserById(std::string_view user_id) = 0;
    virtual core::Result<std::optional<UserAccount>> FindUserByUsername(
        std::string_view username) = 0;

    virtual core::Status InsertSession(const Session& session) = 0;
    virtual core::Result<std::optional<Session>> FindSession(std::string_view token_hash) = 0;
    virtual core::Status DeleteSession(std::string_view token_hash) = 0;
    // Deletes sessions that expired at or before `now`; returns how many.
    virtual core::Result<int> DeleteExpiredSessions(core::TimePoint now) = 0;
};

}  // namespace steward::domain
