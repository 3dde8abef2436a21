// The approval chain of a school's pack. Interpretation: a headteacher is one of the senior
// leaders (REQUIREMENTS 0.4 canonical roles), so a pack naming senior_leadership_team lets the
// head approve too (Cwmfelin, Kenn & Kenton).
#include "domain/posts/approval_chain.hpp"

#include <algorithm>

namespace steward::domain {
namespace {

bool Reaches(const RoleAssignment& held, std::string_view school_id,
             std::string_view school_trust_id) {
    if (!held.school_id.empty()) return held.school_id == school_id;
    return !held.trust_id.empty() && held.trust_id == school_trust_id;
}

bool Satisfies(Role held, Role wanted) {
    return held == wanted ||
           (wanted == Role::kSeniorLeadershipTeam && held == Role::kHeadteacher);
}

std::string RoleList(const policy::PolicyPack* pack, const std::vector<Role>& roles) {
    std::string text;
    for (std::size_t index = 0; index < roles.size(); ++index) {
        if (index > 0) text += index + 1 == roles.size() ? " or " : ", ";
        text += pack != nullptr ? policy::RoleTitle(pack->roles, roles[index])
                                : std::string(RoleKey(roles[index]));
    }
    return text;
}

std::vector<Role> PublisherRoles(const policy::PolicyPack* pack) {
    if (pack == nullptr) return {Role::kAccountAdministrator};
    return pack->posts.publisher_roles;
}

}  // namespace

std::vector<Role> ApproverRoles(const policy::PolicyPack* pack) {
    if (pack == nullptr || pack->posts.approver_roles.empty()) return {Role::kHeadteacher};
    return pack->posts.approver_roles;
}

bool ApprovalNotRequired(const policy::PolicyPack* pack, const Post& post) {
    return pack != nullptr &&
           pack->posts.approval_scope == policy::ApprovalScope::kControversialOnly &&
           !post.controversial;
}

core::Result<Role> CheckApprover(const policy::PolicyPack* pack, const Post& post,
                                 const std::string& person_id,
                                 std::span<const RoleAssignment> held, std::string_view school_id,
                                 std::string_view school_trust_id) {
    if (!person_id.empty() && person_id == post.author_id) {
        return core::Error{core::ErrorCode::kPermissionDenied,
                           "You wrote this post, so someone else must approve it.", "post_id"};
    }
    const std::vector<Role> wanted = ApproverRoles(pack);
    for (const RoleAssignment& assignment : held) {
        if (!Reaches(assignment, school_id, school_trust_id)) continue;
        for (Role role : wanted) {
            if (Satisfies(assignment.role, role)) return assignment.role;
        }
    }
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "This school's policy says posts are approved by the " +
                           RoleList(pack, wanted) + "; ask them to approve it.",
                       "posts.approver_roles"};
}

core::Status CheckPublisher(const policy::PolicyPack* pack, const OfficialAccount& account,
                            const std::string& person_id, std::span<const RoleAssignment> held,
                            std::string_view school_id, std::string_view school_trust_id) {
    const std::vector<Role> wanted = PublisherRoles(pack);
    for (const RoleAssignment& assignment : held) {
        if (!Reaches(assignment, school_id, school_trust_id)) continue;
        for (Role role : wanted) {
            if (Satisfies(assignment.role, role)) return core::OkStatus();
        }
    }
    const auto listed = [&](Role role) {
        return std::find(wanted.begin(), wanted.end(), role) != wanted.end();
    };
    const auto& admins = account.administrators;
    const auto& moderators = account.moderators;
    if (listed(Role::kAccountAdministrator) &&
        std::find(admins.begin(), admins.end(), person_id) != admins.end()) {
        return core::OkStatus();
    }
    if (listed(Role::kAccountModerator) &&
        std::find(moderators.begin(), moderators.end(), person_id) != moderators.end()) {
        return core::OkStatus();
    }
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "This school's policy says posts are published by the " +
                           RoleList(pack, wanted) + ".",
                       "posts.publisher_roles"};
}

}  // namespace steward::domain
