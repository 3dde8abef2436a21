// The permission table: one table of role x action x scope that every API endpoint and command
// goes through (issue 2 item 9, AUD-06 least privilege). Entry point: Authorise().
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

// Everything a signed-in person may ask to do. Reserved actions have no endpoint yet; their rows
// fix who will get them, so that a new endpoint cannot quietly widen access.
enum class Action {
    kViewSchool,      // GET /api/schools, /api/schools/{id}: name, pack summary, role titles
    kViewPolicy,      // the school's policy pack
    kViewPeople,      // the people register (staff, governors) and role holders
    kManagePeople,    // add or change people, line managers, parent links
    kAssignRoles,     // give or take away roles (ORG-04)
    kViewPupils,      // the roster: pupils' names and year groups
    kImportRoster,    // replace the roster from a CSV
    kManageUsers,     // create sign-ins, disable them, reset passwords
    kViewAudit,       // read the school's audit events
    kVerifyAudit,     // walk the whole hash chain (installation-wide)
    kViewConsent,     // reserved: the consent register (AUD-06)
    kRecordConsent,   // reserved: grant or withdraw consent
    kDraftPost,       // reserved
    kApprovePost,     // reserved
    kPublishPost,     // reserved
    kModerateComments,  // reserved
    kHandleIncidents,   // reserved: concerns and incidents (AUD-06)
    kVetFollowers,      // follower and friend requests to official accounts (MON-12, MON-13)
};

inline constexpr int kActionCount = 18;

// How far a role assignment reaches for an action.
enum class Scope {
    kOwnSchool,  // only the school where the role is held (a trust-wide holder gets nothing)
    kTrust,      // also every school of the trust when the role is held trust-wide
};

struct Permission {
    Action action;
    Role role;
    Scope scope;
};

// Returns the key of an action, e.g. "view_pupils" (for messages, OpenAPI and tests).
std::string_view ActionKey(Action action);

// Returns every row of the table (for tests and documentation).
std::span<const Permission> PermissionTable();

// Returns the row for (action, role), or nullopt when the role never gets the action.
std::optional<Scope> ScopeFor(Action action, Role role);

// Decides whether someone holding `roles` may do `action` at `school_id`, a school of trust
// `school_trust_id` ("" for a stand-alone school). A school-held role reaches its own school; a
// trust-held role reaches every school of its trust when the row's scope is kTrust. With an
// empty `school_id` (installation-wide actions such as kVerifyAudit), any row for any held role
// allows it. Returns the assignment that grants it (the first in `roles` order), so the caller
// can act in that role, or kPermissionDenied with a sentence naming the action.
core::Result<RoleAssignment> Authorise(std::span<const RoleAssignment> roles, Action action,
                                       std::string_view school_id,
                                       std::string_view school_trust_id);

// Returns true if some held role reaches `school_id` at all (kViewSchool): tenant isolation.
bool CanSeeSchool(std::span<const RoleAssignment> roles, std::string_view school_id,
                  std::string_view school_trust_id);

// Returns the actor to record when the holder of `granted` acts at `school_id`.
Actor ActorFor(const RoleAssignment& granted, std::string_view school_id);

}  // namespace steward::domain
