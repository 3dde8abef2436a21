// Who may approve and who may publish a post, from the school's policy pack (PST-02, PST-04,
// issue 4 item 6): `posts.approver_roles` (any one suffices), `posts.approval_scope` and
// `posts.publisher_roles`; the author never approves their own post. Pure functions.
#pragma once

#include <span>
#include <string>

#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/accounts/account_types.hpp"
#include "domain/posts/post_workflow_types.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

// Returns the pack's approver roles, or {headteacher} (the schema default) without a pack.
std::vector<Role> ApproverRoles(const policy::PolicyPack* pack);

// True if the pack needs no approval for this post: approval_scope is controversial_only and
// the author did not flag it as possibly controversial (PST-02, worked example E12).
bool ApprovalNotRequired(const policy::PolicyPack* pack, const Post& post);

// Returns the first held role (at `school_id`, or across trust `school_trust_id`) that the pack
// names as an approver. A headteacher counts as a senior leader. kPermissionDenied when
// `person_id` wrote the post (whatever their role), or when no held role is an approver role;
// the message names the roles that may approve.
core::Result<Role> CheckApprover(const policy::PolicyPack* pack, const Post& post,
                                 const std::string& person_id,
                                 std::span<const RoleAssignment> held, std::string_view school_id,
                                 std::string_view school_trust_id);

// Returns OK if the person may press publish (PST-04): they hold a publisher role, or the pack's
// publisher roles include account_administrator / account_moderator and they are one on this
// account. kPermissionDenied otherwise, naming the roles.
core::Status CheckPublisher(const policy::PolicyPack* pack, const OfficialAccount& account,
                            const std::string& person_id, std::span<const RoleAssignment> held,
                            std::string_view school_id, std::string_view school_trust_id);

}  // namespace steward::domain
