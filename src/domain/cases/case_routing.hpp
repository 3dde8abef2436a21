// Routing a concern by the school's policy pack (INC-02..INC-16): which role receives it, under
// which named procedure, which other roles the pack names may see it, and whether an external
// referral is required. Entry point: RouteConcern().
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/cases/case_types.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

struct CaseRoute {
    Role owner_role = Role::kHeadteacher;
    std::string procedure;
    std::string pack_key;            // e.g. "incidents.routes.staff_online_conduct"
    bool defaulted = false;          // the pack had no usable value: kDefaultRoutes applied
    bool referral_required = false;  // police/CEOP referral before close (INC-06)
    bool always_urgent = false;      // safeguarding disclosures (INC-05)
    std::vector<Role> viewer_roles;  // owner role + roles the pack names for this concern
};

// Returns the route of `type` under `pack` (nullptr: defaults). Cyberbullying picks the pupil or
// staff route from fields["target"] ("staff" -> staff route, otherwise pupil route; INC-12).
// A concern about the headteacher goes to incidents.headteacher_conflict_route with the staff
// conduct procedure (INC-03); the headteacher is never among its viewer roles.
// Documented defaults (used when the pack is missing, or names none/requester/named_per_account,
// or names the headteacher as conflict route): staff conduct, cyberbullying of staff, illegal
// content, media enquiries, connection requests, negative posts and inappropriate content ->
// headteacher; headteacher conduct -> chair of governors; pupil behaviour, safeguarding and
// cyberbullying of pupils -> DSL; hate or abuse on an official account -> communications lead;
// data protection breaches -> DPO.
CaseRoute RouteConcern(const policy::PolicyPack* pack, ConcernType type,
                       const std::map<std::string, std::string>& fields);

// Returns the role a concern of `type` goes to when the pack is silent (see RouteConcern).
Role DefaultRoute(ConcernType type);

}  // namespace steward::domain
