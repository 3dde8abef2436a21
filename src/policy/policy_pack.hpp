// PolicyPack: one tenant's policy pack as typed values (policies/SCHEMA.md v1.0), plus the role
// helpers every room uses: display titles, headteacher aliases (ORG-05), incident routes.
// Load one with LoadPolicyPack() (policy_loader.hpp); read fields directly, e.g.
// pack.posts.approver_roles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/policy_sections.hpp"

namespace steward::policy {

// Every rule that differs between schools. A loaded pack is complete: keys the file omits hold
// their schema default (and are listed in omitted_keys). Plain value; thread-compatible.
struct PolicyPack {
    MetaSection meta;
    ScopeSection scope;
    RolesSection roles;
    PolicySection policy;
    AcknowledgementSection acknowledgement;
    TrainingSection training;
    AccountsSection accounts;
    PlatformsSection platforms;
    PostsSection posts;
    ConsentSection consent;
    CaptureSection capture;
    MonitoringSection monitoring;
    IncidentsSection incidents;
    NetworkSection network;
    PersonalUseSection personal_use;
    BreachesSection breaches;
    RecruitmentSection recruitment;
    LeaversSection leavers;
    DataProtectionSection data_protection;
    CalendarSection calendar;

    // Dotted paths of keys absent from the file that took their schema default, in schema order.
    std::vector<std::string> omitted_keys;
};

// Returns the local title from roles.titles, or ReadableRoleName(role) when it is "" or the role
// is a special value.
std::string RoleTitle(const RolesSection& roles, Role role);

// Resolves a name typed by a person or found in an import to a role: a canonical key
// ("headteacher"), a headteacher alias from roles.headteacher_aliases (ORG-05: e.g. "Executive
// Head Teacher" -> kHeadteacher), or a local title held by exactly one role. Aliases and titles
// match ignoring case and surrounding spaces. Returns nullopt if nothing matches or a title is
// ambiguous.
std::optional<Role> ResolveRoleName(const RolesSection& roles, std::string_view name);

// Returns true if `role` is listed in roles.present; special values (none, requester,
// named_per_account) are always "present".
bool IsRolePresent(const RolesSection& roles, Role role);

// Returns the role that receives incidents of `type` (incidents.routes.<type>).
Role IncidentRoute(const IncidentsSection& incidents, IncidentType type);

// Returns the named procedure for incidents of `type` (incidents.route_policies.<type>).
const std::string& IncidentRoutePolicy(const IncidentsSection& incidents, IncidentType type);

// Returns true if `dotted_key` holds a silent-policy default: listed in meta.defaulted_keys or
// omitted from the file. A UI shows such values as "default - confirm with school".
bool IsSilentDefault(const PolicyPack& pack, std::string_view dotted_key);

}  // namespace steward::policy
