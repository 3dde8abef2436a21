#include "domain/cases/case_visibility.hpp"

#include <algorithm>

#include "domain/cases/case_routing.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

bool Holds(const CaseViewer& viewer, Role role) {
    return std::find(viewer.roles.begin(), viewer.roles.end(), role) != viewer.roles.end();
}

}  // namespace

core::Result<CaseViewer> ViewerAt(Tx& tx, const Actor& actor, std::string_view school_id) {
    auto school = tx.Access().FindSchool(school_id);
    if (!school) return school.error();
    if (!*school) {
        return core::Error{core::ErrorCode::kNotFound, "No school has this id.", "school_id"};
    }
    CaseViewer viewer;
    if (actor.person_id.empty() || actor.person_id == "system") return viewer;
    viewer.person_id = actor.person_id;
    auto held = tx.Access().RolesOf(actor.person_id);
    if (!held) return held.error();
    for (const RoleAssignment& assignment : *held) {
        const bool here = assignment.school_id == school_id;
        const bool trust_wide =
            !assignment.trust_id.empty() && assignment.trust_id == (*school)->trust_id;
        if (here || trust_wide) viewer.roles.push_back(assignment.role);
    }
    return viewer;
}

CaseAccess AccessTo(const Case& record, const CaseViewer& viewer,
                    const std::vector<std::string>& member_ids, const policy::PolicyPack* pack) {
    if (viewer.person_id.empty()) return CaseAccess::kNone;
    // Req: INC-03 never the person the concern is about.
    if (!record.subject_person_id.empty() && viewer.person_id == record.subject_person_id) {
        return CaseAccess::kNone;
    }
    // Req: INC-03 a case about the headteacher is hidden from whoever holds that role, even as
    // an owner, member or reporter.
    if (record.concern_type == ConcernType::kHeadteacherOnlineConduct &&
        Holds(viewer, Role::kHeadteacher)) {
        return CaseAccess::kNone;
    }
    if (!record.owner_person_id.empty() && viewer.person_id == record.owner_person_id) {
        return CaseAccess::kHandler;
    }
    if (std::find(member_ids.begin(), member_ids.end(), viewer.person_id) != member_ids.end()) {
        return CaseAccess::kHandler;
    }
    std::vector<Role> roles = RouteConcern(pack, record.concern_type, record.fields).viewer_roles;
    if (std::find(roles.begin(), roles.end(), record.owner_role) == roles.end()) {
        roles.push_back(record.owner_role);  // routed under an earlier pack version
    }
    if (record.concern_type == ConcernType::kHeadteacherOnlineConduct) {
        std::erase(roles, Role::kHeadteacher);
    }
    for (const Role role : roles) {
        if (Holds(viewer, role)) return CaseAccess::kHandler;
    }
    if (viewer.person_id == record.reporter) return CaseAccess::kStatusOnly;
    return CaseAccess::kNone;
}

Case StatusOnly(const Case& record) {
    Case reduced;
    reduced.id = record.id;
    reduced.school_id = record.school_id;
    reduced.concern_type = record.concern_type;
    reduced.state = record.state;
    reduced.urgent = record.urgent;
    reduced.owner_role = record.owner_role;
    reduced.reporter = record.reporter;
    reduced.created_at = record.created_at;
    reduced.updated_at = record.updated_at;
    return reduced;
}

core::Result<VisibleCase> LoadVisibleCase(Tx& tx, const Actor& actor,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, std::string_view case_id) {
    const core::Error not_found{core::ErrorCode::kNotFound,
                                "No case with this id is open to you at this school.", "case_id"};
    auto viewer = ViewerAt(tx, actor, school_id);
    if (!viewer) return viewer.error();
    auto found = tx.Cases().FindCase(school_id, case_id);
    if (!found) return found.error();
    if (!*found) return not_found;
    auto members = tx.Cases().ListMembers(case_id);
    if (!members) return members.error();
    std::vector<std::string> member_ids;
    for (const auto& member : *members) member_ids.push_back(member.person_id);
    VisibleCase visible{std::move(**found), std::move(*members), std::move(*viewer)};
    visible.access = AccessTo(visible.record, visible.viewer, member_ids, pack);
    if (visible.access == CaseAccess::kNone) return not_found;
    if (visible.access == CaseAccess::kHandler) {
        // Would the viewer still handle it without their membership?
        visible.is_member_only =
            AccessTo(visible.record, visible.viewer, {}, pack) != CaseAccess::kHandler;
    }
    return visible;
}

}  // namespace steward::domain
