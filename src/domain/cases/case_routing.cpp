#include "domain/cases/case_routing.hpp"

#include <algorithm>
#include <optional>

namespace steward::domain {
namespace {

using policy::IncidentType;

// The pack's incident route for each concern type; nullopt for the headteacher conflict route.
std::optional<IncidentType> IncidentFor(ConcernType type, bool staff_target) {
    switch (type) {
        case ConcernType::kInappropriateContent:
            return IncidentType::kInappropriateContentAccessed;
        case ConcernType::kCyberbullying:
            return staff_target ? IncidentType::kCyberbullyingStaff
                                : IncidentType::kCyberbullyingPupil;
        case ConcernType::kStaffOnlineConduct:
            return IncidentType::kStaffOnlineConduct;
        case ConcernType::kHeadteacherOnlineConduct:
            return std::nullopt;
        case ConcernType::kPupilOnlineBehaviour:
            return IncidentType::kPupilOnlineBehaviour;
        case ConcernType::kConnectionRequest:
            return IncidentType::kConnectionRequestFromPupilOrParent;
        case ConcernType::kMediaEnquiry:
            return IncidentType::kMediaEnquiry;
        case ConcernType::kNegativePostAboutSchool:
            return IncidentType::kDisparagingContentAboutSchool;
        case ConcernType::kIllegalContent:
            return IncidentType::kIllegalContent;
        case ConcernType::kSafeguardingDisclosure:
            return IncidentType::kSafeguardingDisclosure;
        case ConcernType::kHateOrAbuse:
            return IncidentType::kAbuseOnOfficialAccount;
        case ConcernType::kDataProtectionBreach:
            return IncidentType::kDataProtectionBreach;
    }
    return IncidentType::kSafeguardingDisclosure;
}

// Concerns about pupils: the pack's non-criminalisation decider (the DSL) also sees them. So does
// any report saying a pupil's conduct looks inadvertent (an inappropriate content report can):
// INC-07 makes that decider's recorded decision the next step, so they must be able to open it.
bool ConcernsPupils(ConcernType type, const std::map<std::string, std::string>& fields,
                    bool staff_target) {
    const auto inadvertent = fields.find("pupil_conduct_inadvertent");
    if (inadvertent != fields.end() && inadvertent->second == "yes") return true;
    return type == ConcernType::kPupilOnlineBehaviour ||
           type == ConcernType::kSafeguardingDisclosure || type == ConcernType::kIllegalContent ||
           (type == ConcernType::kCyberbullying && !staff_target);
}

bool Usable(Role role) { return policy::IsCanonical(role); }

void AddViewer(std::vector<Role>& roles, Role role) {
    if (Usable(role) && std::find(roles.begin(), roles.end(), role) == roles.end()) {
        roles.push_back(role);
    }
}

}  // namespace

Role DefaultRoute(ConcernType type) {
    switch (type) {
        case ConcernType::kHeadteacherOnlineConduct:
            return Role::kChairOfGovernors;
        case ConcernType::kPupilOnlineBehaviour:
        case ConcernType::kSafeguardingDisclosure:
            return Role::kDsl;
        case ConcernType::kHateOrAbuse:
            return Role::kCommunicationsLead;
        case ConcernType::kDataProtectionBreach:
            return Role::kDpo;
        default:
            return Role::kHeadteacher;
    }
}

CaseRoute RouteConcern(const policy::PolicyPack* pack, ConcernType type,
                       const std::map<std::string, std::string>& fields) {
    const auto target = fields.find("target");
    const bool staff_target = target != fields.end() && target->second == "staff";
    const std::optional<IncidentType> incident = IncidentFor(type, staff_target);
    CaseRoute route;
    route.owner_role =
        type == ConcernType::kCyberbullying && !staff_target ? Role::kDsl : DefaultRoute(type);
    route.defaulted = true;
    if (incident) {
        route.pack_key = "incidents.routes." + std::string(policy::EnumName(*incident));
    } else {
        route.pack_key = "incidents.headteacher_conflict_route";
    }
    if (pack != nullptr) {
        const Role named = incident ? policy::IncidentRoute(pack->incidents, *incident)
                                    : pack->incidents.headteacher_conflict_route;
        const bool conflict = !incident && named == Role::kHeadteacher;
        if (Usable(named) && !conflict) {
            route.owner_role = named;
            route.defaulted = false;
        }
        route.procedure = policy::IncidentRoutePolicy(
            pack->incidents, incident.value_or(IncidentType::kStaffOnlineConduct));
    }
    route.referral_required = type == ConcernType::kIllegalContent;
    // Req: INC-11 media enquiries reach their role at once: urgent, top of the list.
    route.always_urgent = type == ConcernType::kSafeguardingDisclosure ||
                          type == ConcernType::kIllegalContent ||
                          type == ConcernType::kMediaEnquiry;
    AddViewer(route.viewer_roles, route.owner_role);
    // Req: INC-09 the role that records every case's initial assessment sees it.
    AddViewer(route.viewer_roles, pack != nullptr && Usable(pack->incidents.initial_assessment_role)
                                      ? pack->incidents.initial_assessment_role
                                      : Role::kHeadteacher);
    if (pack != nullptr && type == ConcernType::kIllegalContent) {
        AddViewer(route.viewer_roles, pack->incidents.police_contact_role);
    }
    if (ConcernsPupils(type, fields, staff_target)) {
        AddViewer(route.viewer_roles, pack != nullptr
                                          ? pack->incidents.pupil_noncriminalisation_decider_role
                                          : Role::kDsl);
    }
    if (type == ConcernType::kHeadteacherOnlineConduct) {
        std::erase(route.viewer_roles, Role::kHeadteacher);
    }
    return route;
}

}  // namespace steward::domain
