// SQL of pupils (the roster) and parent links.
#include <string>

#include "store/sql/access_store.hpp"

namespace steward::store::sql {
namespace {

constexpr std::string_view kPupilColumns =
    "pupil_id, first_name, last_name, preferred_name, year_group, do_not_publish";

domain::Pupil PupilFrom(const Row& row) {
    domain::Pupil pupil;
    pupil.id = row.Text(0);
    pupil.first_name = row.Text(1);
    pupil.last_name = row.Text(2);
    pupil.preferred_name = row.Text(3);
    pupil.year_group = row.Text(4);
    pupil.do_not_publish = row.Int(5) != 0;
    return pupil;
}

std::vector<domain::ParentLink> LinksFrom(const Rows& rows) {
    std::vector<domain::ParentLink> links;
    for (const Row& row : rows) {
        links.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3)});
    }
    return links;
}

}  // namespace

core::Result<std::int64_t> SqlAccessStore::RosterVersion(std::string_view school_id) {
    auto rows =
        connection_.Exec("SELECT roster_version FROM schools WHERE id = $1", {Text(school_id)});
    if (!rows) return rows.error();
    if (rows->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "There is no school with this id.",
                           "school_id"};
    }
    return (*rows)[0].Int(0);
}

core::Status SqlAccessStore::UpsertPupil(std::string_view school_id, const domain::Pupil& pupil) {
    return Run(
        "INSERT INTO pupils (school_id, " + std::string(kPupilColumns) +
            ", on_roll) VALUES ($1, $2, $3, $4, $5, $6, $7, 1)"
            " ON CONFLICT (school_id, pupil_id) DO UPDATE SET first_name = excluded.first_name,"
            " last_name = excluded.last_name, preferred_name = excluded.preferred_name,"
            " year_group = excluded.year_group, do_not_publish = excluded.do_not_publish,"
            " on_roll = 1",
        {Text(school_id), Text(pupil.id), Text(pupil.first_name), Text(pupil.last_name),
         Text(pupil.preferred_name), Text(pupil.year_group), Int(pupil.do_not_publish ? 1 : 0)});
}

core::Status SqlAccessStore::SetPupilOnRoll(std::string_view school_id, std::string_view pupil_id,
                                            bool on_roll) {
    return RunOne(
        "UPDATE pupils SET on_roll = $3 WHERE school_id = $1 AND pupil_id = $2 RETURNING pupil_id",
        {Text(school_id), Text(pupil_id), Int(on_roll ? 1 : 0)}, "pupil");
}

core::Result<std::optional<domain::Pupil>> SqlAccessStore::FindPupil(std::string_view school_id,
                                                                     std::string_view pupil_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kPupilColumns) +
                                     " FROM pupils WHERE school_id = $1 AND pupil_id = $2",
                                 {Text(school_id), Text(pupil_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::Pupil>();
    return std::optional(PupilFrom((*rows)[0]));
}

core::Result<std::vector<domain::Pupil>> SqlAccessStore::ListPupils(std::string_view school_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kPupilColumns) +
                                     " FROM pupils WHERE school_id = $1 AND on_roll = 1"
                                     " ORDER BY pupil_id",
                                 {Text(school_id)});
    if (!rows) return rows.error();
    std::vector<domain::Pupil> pupils;
    pupils.reserve(rows->size());
    for (const Row& row : *rows) pupils.push_back(PupilFrom(row));
    return pupils;
}

core::Status SqlAccessStore::InsertParentLink(const domain::ParentLink& link) {
    return Explain(Run("INSERT INTO parent_links (parent_person_id, school_id, pupil_id,"
                       " relationship) VALUES ($1, $2, $3, $4)",
                       {Text(link.parent_person_id), Text(link.school_id), Text(link.pupil_id),
                        Text(link.relationship)}),
                   "This parent is already linked to this pupil.", "pupil_id");
}

core::Result<std::vector<domain::ParentLink>> SqlAccessStore::ParentsOf(std::string_view school_id,
                                                                        std::string_view pupil_id) {
    auto rows = connection_.Exec(
        "SELECT parent_person_id, school_id, pupil_id, relationship FROM parent_links"
        " WHERE school_id = $1 AND pupil_id = $2 ORDER BY parent_person_id",
        {Text(school_id), Text(pupil_id)});
    if (!rows) return rows.error();
    return LinksFrom(*rows);
}

core::Result<std::vector<domain::ParentLink>> SqlAccessStore::ChildrenOf(
    std::string_view parent_person_id) {
    auto rows = connection_.Exec(
        "SELECT parent_person_id, school_id, pupil_id, relationship FROM parent_links"
        " WHERE parent_person_id = $1 ORDER BY school_id, pupil_id",
        {Text(parent_person_id)});
    if (!rows) return rows.error();
    return LinksFrom(*rows);
}

}  // namespace steward::store::sql
