// SqlAccessStore: the access room's store port in SQL shared by SQLite and PostgreSQL. Split over
// access_store.cpp (organisation, people, roles), access_store_roster.cpp (pupils, parents) and
// access_store_accounts.cpp (users, sessions).
#pragma once

#include "domain/access/access_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlAccessStore final : public domain::AccessStore {
  public:
    explicit SqlAccessStore(Connection& connection) : connection_(connection) {}

    core::Status InsertTrust(const domain::Trust& trust) override;
    core::Result<std::optional<domain::Trust>> FindTrust(std::string_view trust_id) override;
    core::Status InsertSchool(const domain::School& school) override;
    core::Result<std::optional<domain::School>> FindSchool(std::string_view school_id) override;
    core::Result<std::vector<domain::School>> ListSchools(std::string_view trust_id) override;
    core::Result<std::int64_t> RosterVersion(std::string_view school_id) override;

    core::Status InsertPerson(const domain::Person& person) override;
    core::Status UpdatePerson(const domain::Person& person) override;
    core::Result<std::optional<domain::Person>> FindPerson(std::string_view person_id) override;
    core::Result<std::vector<domain::Person>> ListPeople(std::string_view school_id) override;

    core::Status InsertRole(const domain::RoleAssignment& assignment) override;
    core::Status DeleteRole(const domain::RoleAssignment& assignment) override;
    core::Result<std::vector<domain::RoleAssignment>> RolesOf(std::string_view person_id) override;
    core::Result<std::vector<domain::RoleAssignment>> HoldersOf(std::string_view school_id,
                                                                domain::Role role) override;

    core::Status UpsertLineManagement(const domain::LineManagement& management) override;
    core::Result<std::optional<domain::LineManagement>> FindLineManagement(
        std::string_view person_id) override;

    core::Status UpsertPupil(std::string_view school_id, const domain::Pupil& pupil) override;
    core::Status SetPupilOnRoll(std::string_view school_id, std::string_view pupil_id,
                                bool on_roll) override;
    core::Result<std::optional<domain::Pupil>> FindPupil(std::string_view school_id,
                                                         std::string_view pupil_id) override;
    core::Result<std::vector<domain::Pupil>> ListPupils(std::string_view school_id) override;

    core::Status InsertParentLink(const domain::ParentLink& link) override;
    core::Result<std::vector<domain::ParentLink>> ParentsOf(std::string_view school_id,
                                                            std::string_view pupil_id) override;
    core::Result<std::vector<domain::ParentLink>> ChildrenOf(
        std::string_view parent_person_id) override;

    core::Status InsertUser(const domain::UserAccount& user) override;
    core::Status UpdateUser(const domain::UserAccount& user) override;
    core::Result<std::optional<domain::UserAccount>> FindUserById(
        std::string_view user_id) override;
    core::Result<std::optional<domain::UserAccount>> FindUserByUsername(
        std::string_view username) override;

    core::Status InsertSession(const domain::Session& session) override;
    core::Result<std::optional<domain::Session>> FindSession(std::string_view token_hash) override;
    core::Status DeleteSession(std::string_view token_hash) override;
    core::Result<int> DeleteExpiredSessions(core::TimePoint now) override;

  private:
    // Runs a statement whose rows are not needed.
    core::Status Run(std::string_view sql, const std::vector<Value>& params);
    // Runs an UPDATE/DELETE ... RETURNING; kNotFound with `what` when no row was touched.
    core::Status RunOne(std::string_view sql, const std::vector<Value>& params,
                        std::string_view what);
    // Replaces a store kAlreadyExists message with `message` (naming the field, not its value).
    static core::Status Explain(core::Status status, std::string message, std::string where);

    Connection& connection_;
};

}  // namespace steward::store::sql
