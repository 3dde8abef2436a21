// ORG-07: present roles with no active holder.
#include "domain/access/role_coverage.hpp"

namespace steward::domain {
namespace {

// True when one of `holders` is a person whose status is active.
core::Result<bool> AnyActive(AccessStore& access, const std::vector<RoleAssignment>& holders) {
    for (const RoleAssignment& holder : holders) {
        auto person = access.FindPerson(holder.person_id);
        if (!person) return person.error();
        if (*person && (*person)->status == PersonStatus::kActive) return true;
    }
    return false;
}

}  // namespace

core::Result<std::vector<Role>> RolesWithoutHolder(Tx& tx, std::string_view school_id,
                                                   std::span<const Role> present) {
    std::vector<Role> missing;
    for (Role role : present) {
        if (role == Role::kLineManager || role == Role::kHeadOfDepartment) continue;
        auto holders = tx.Access().HoldersOf(school_id, role);
        if (!holders) return holders.error();
        auto active = AnyActive(tx.Access(), *holders);
        if (!active) return active.error();
        if (!*active) missing.push_back(role);
    }
    return missing;
}

}  // namespace steward::domain
