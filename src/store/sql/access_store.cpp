// SQL of organisations, people, role assignments and line managers.
#include "store/sql/access_store.hpp"

#include <string>

namespace steward::store::sql {
namespace {

using domain::Person;
using domain::RoleAssignment;

constexpr std::string_view kPersonColumns =
    "id, school_id, trust_id, display_name, email, category, start_date, end_date, status";

Person PersonFrom(const Row& row) {
    Person person;
    person.id = row.Text(0);
    person.school_id = row.Text(1);
    person.trust_id = row.Text(2);
    person.display_name = row.Text(3);
    person.email = row.Text(4);
    person.category =
        domain::ParsePersonCategory(row.Text(5)).value_or(domain::PersonCategory::kTeachingStaff);
    person.start_date = row.Text(6);
    person.end_date = row.Text(7);
    person.status = domain::ParsePersonStatus(row.Text(8)).value_or(domain::PersonStatus::kActive);
    return person;
}

std::vector<RoleAssignment> AssignmentsFrom(const Rows& rows) {
    std::vector<RoleAssignment> out;
    for (const Row& row : rows) {
        auto role = domain::ParseRole(row.Text(1));
        if (!role) continue;  // a key from a newer Steward: not ours to interpret
        out.push_back(RoleAssignment{row.Text(0), *role, row.Text(2), row.Text(3)});
    }
    return out;
}

}  // namespace

core::Status SqlAccessStore::Run(std::string_view sql, const std::vector<Value>& params) {
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    return core::OkStatus();
}

core::Status SqlAccessStore::RunOne(std::string_view sql, const std::vector<Value>& params,
                                    std::string_view what) {
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    if (rows->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "No " + std::string(what) + " matches."};
    }
    return core::OkStatus();
}

core::Status SqlAccessStore::Explain(core::Status status, std::string message, std::string where) {
    if (status || status.error().code != core::ErrorCode::kAlreadyExists) return status;
    return core::Error{core::ErrorCode::kAlreadyExists, std::move(message), std::move(where)};
}

core::Status SqlAccessStore::InsertTrust(const domain::Trust& trust) {
    return Explain(
        Run("INSERT INTO trusts (id, name) VALUES ($1, $2)", {Text(trust.id), Text(trust.name)}),
        "A trust with this id already exists.", "id");
}

core::Result<std::optional<domain::Trust>> SqlAccessStore::FindTrust(std::string_view trust_id) {
    auto rows = connection_.Exec("SELECT id, name FROM trusts WHERE id = $1", {Text(trust_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::Trust>();
    return std::optional(domain::Trust{(*rows)[0].Text(0), (*rows)[0].Text(1)});
}

core::Status SqlAccessStore::InsertSchool(const domain::School& school) {
    return Explain(Run("INSERT INTO schools (id, name, trust_id) VALUES ($1, $2, $3)",
                       {Text(school.id), Text(school.name), TextOrNull(school.trust_id)}),
                   "A school with this id already exists.", "id");
}

core::Result<std::optional<domain::School>> SqlAccessStore::FindSchool(std::string_view school_id) {
    auto rows =
        connection_.Exec("SELECT id, name, trust_id FROM schools WHERE id = $1", {Text(school_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::School>();
    const Row& row = (*rows)[0];
    return std::optional(domain::School{row.Text(0), row.Text(1), row.Text(2)});
}

core::Result<std::vector<domain::School>> SqlAccessStore::ListSchools(std::string_view trust_id) {
    auto rows = trust_id.empty()
                    ? connection_.Exec("SELECT id, name, trust_id FROM schools ORDER BY id", {})
                    : connection_.Exec(
                          "SELECT id, name, trust_id FROM schools WHERE trust_id = $1 ORDER BY id",
                          {Text(trust_id)});
    if (!rows) return rows.error();
    std::vector<domain::School> schools;
    for (const Row& row : *rows) schools.push_back({row.Text(0), row.Text(1), row.Text(2)});
    return schools;
}

core::Status SqlAccessStore::InsertPerson(const Person& person) {
    return Explain(Run("INSERT INTO people (" + std::string(kPersonColumns) +
                           ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                       {Text(person.id), TextOrNull(person.school_id), TextOrNull(person.trust_id),
                        Text(person.display_name), Text(person.email),
                        Text(domain::PersonCategoryKey(person.category)), Text(person.start_date),
                        Text(person.end_date), Text(domain::PersonStatusKey(person.status))}),
                   "A person with this id already exists.", "id");
}

core::Status SqlAccessStore::UpdatePerson(const Person& person) {
    return RunOne(
        "UPDATE people SET display_name = $2, email = $3, category = $4, start_date = $5,"
        " end_date = $6, status = $7 WHERE id = $1 RETURNING id",
        {Text(person.id), Text(person.display_name), Text(person.email),
         Text(domain::PersonCategoryKey(person.category)), Text(person.start_date),
         Text(person.end_date), Text(domain::PersonStatusKey(person.status))},
        "person");
}

core::Result<std::optional<Person>> SqlAccessStore::FindPerson(std::string_view person_id) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kPersonColumns) + " FROM people WHERE id = $1", {Text(person_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<Person>();
    return std::optional(PersonFrom((*rows)[0]));
}

core::Result<std::vector<Person>> SqlAccessStore::ListPeople(std::string_view school_id) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kPersonColumns) + " FROM people WHERE school_id = $1 ORDER BY id",
        {Text(school_id)});
    if (!rows) return rows.error();
    std::vector<Person> people;
    for (const Row& row : *rows) people.push_back(PersonFrom(row));
    return people;
}

core::Status SqlAccessStore::InsertRole(const RoleAssignment& assignment) {
    return Explain(Run("INSERT INTO role_assignments (person_id, role, school_id, trust_id)"
                       " VALUES ($1, $2, $3, $4)",
                       {Text(assignment.person_id), Text(domain::RoleKey(assignment.role)),
                        TextOrNull(assignment.school_id), TextOrNull(assignment.trust_id)}),
                   "This person already holds this role there.", "role");
}

core::Status SqlAccessStore::DeleteRole(const RoleAssignment& assignment) {
    return RunOne(
        "DELETE FROM role_assignments WHERE person_id = $1 AND role = $2"
        " AND COALESCE(school_id, '') = $3 AND COALESCE(trust_id, '') = $4 RETURNING person_id",
        {Text(assignment.person_id), Text(domain::RoleKey(assignment.role)),
         Text(assignment.school_id), Text(assignment.trust_id)},
        "role assignment");
}

core::Result<std::vector<RoleAssignment>> SqlAccessStore::RolesOf(std::string_view person_id) {
    auto rows = connection_.Exec(
        "SELECT person_id, role, school_id, trust_id FROM role_assignments WHERE person_id = $1"
        " ORDER BY role, school_id, trust_id",
        {Text(person_id)});
    if (!rows) return rows.error();
    return AssignmentsFrom(*rows);
}

core::Result<std::vector<RoleAssignment>> SqlAccessStore::HoldersOf(std::string_view school_id,
                                                                    domain::Role role) {
    auto rows = connection_.Exec(
        "SELECT r.person_id, r.role, r.school_id, r.trust_id FROM role_assignments r"
        " WHERE r.role = $2 AND (r.school_id = $1 OR r.trust_id ="
        " (SELECT s.trust_id FROM schools s WHERE s.id = $1)) ORDER BY r.person_id",
        {Text(school_id), Text(domain::RoleKey(role))});
    if (!rows) return rows.error();
    return AssignmentsFrom(*rows);
}

core::Status SqlAccessStore::UpsertLineManagement(const domain::LineManagement& management) {
    return Run(
        "INSERT INTO line_managers (person_id, line_manager_id, head_of_department_id)"
        " VALUES ($1, $2, $3) ON CONFLICT (person_id) DO UPDATE SET"
        " line_manager_id = excluded.line_manager_id,"
        " head_of_department_id = excluded.head_of_department_id",
        {Text(management.person_id), Text(management.line_manager_id),
         TextOrNull(management.head_of_department_id)});
}

core::Result<std::optional<domain::LineManagement>> SqlAccessStore::FindLineManagement(
    std::string_view person_id) {
    auto rows = connection_.Exec(
        "SELECT person_id, line_manager_id, head_of_department_id FROM line_managers"
        " WHERE person_id = $1",
        {Text(person_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::LineManagement>();
    const Row& row = (*rows)[0];
    return std::optional(domain::LineManagement{row.Text(0), row.Text(1), row.Text(2)});
}

}  // namespace steward::store::sql
