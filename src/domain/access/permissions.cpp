// The permission table. Least privilege (AUD-06): pupils, consent and incidents only reach the
// roles whose duties need them; people and roster changes match RequireAdministrator
// (field_rules.hpp) so that the domain never refuses what the table allowed.
#include "domain/access/permissions.hpp"

#include <array>
#include <string>
#include <vector>

namespace steward::domain {
namespace {

using enum Role;
constexpr Scope kSchool = Scope::kOwnSchool;
constexpr Scope kTrust = Scope::kTrust;

constexpr Permission Row(Action action, Role role, Scope scope) { return {action, role, scope}; }

// Adds `action` for every role in `roles`, each reaching `scope`.
template <std::size_t N>
void Grant(std::vector<Permission>& table, Action action,
                     const std::array<Role, N>& roles, Scope scope) {
    for (Role role : roles) table.push_back(Row(action, role, scope));
}

constexpr std::array<Role, kRoleCount> kEveryone = {
    kGoverningBody,  kTrustBoard,          kChairOfGovernors, kHeadteacher,
    kSeniorLeadershipTeam, kLineManager,   kHeadOfDepartment, kCommunicationsLead,
    kOnlineSafetyOfficer,  kDpo,           kDsl,              kItManager,
    kIctTechnician,  kAccountAdministrator, kAccountModerator, kTeacher};

// Those who may change a school's organisation records (field_rules.hpp RequireAdministrator).
constexpr std::array<Role, 4> kAdministrators = {kHeadteacher, kSeniorLeadershipTeam, kItManager,
                                                 kTrustBoard};

std::vector<Permission> BuildTable() {
    std::vector<Permission> table;
    using A = Action;
    Grant(table, A::kViewSchool, kEveryone, kTrust);
    Grant(table, A::kViewPolicy, kEveryone, kTrust);
    Grant(table, A::kViewPeople,
          std::array{kHeadteacher, kSeniorLeadershipTeam, kTrustBoard, kDpo, kDsl, kItManager},
          kTrust);
    Grant(table, A::kViewPeople, std::array{kChairOfGovernors, kLineManager, kHeadOfDepartment},
          kSchool);
    Grant(table, A::kManagePeople, kAdministrators, kTrust);
    Grant(table, A::kAssignRoles, kAdministrators, kTrust);
    Grant(table, A::kManageUsers, kAdministrators, kTrust);
    Grant(table, A::kImportRoster, std::array{kHeadteacher, kSeniorLeadershipTeam, kItManager},
          kTrust);
    // Pupils' names: leaders, safeguarding and data protection across a trust; the people who
    // write and run posts only in their own school. Not governors or the trust board.
    Grant(table, A::kViewPupils,
          std::array{kHeadteacher, kSeniorLeadershipTeam, kDsl, kDpo, kItManager}, kTrust);
    Grant(table, A::kViewPupils,
          std::array{kCommunicationsLead, kAccountAdministrator, kAccountModerator, kTeacher},
          kSchool);
    Grant(table, A::kViewAudit, std::array{kHeadteacher, kDpo, kItManager, kTrustBoard}, kTrust);
    Grant(table, A::kVerifyAudit, std::array{kHeadteacher, kDpo, kItManager, kTrustBoard}, kTrust);
    // Req: AUD-06 consent records only to those who need them.
    Grant(table, A::kViewConsent, std::array{kHeadteacher, kDpo, kDsl}, kTrust);
    Grant(table, A::kViewConsent, std::array{kCommunicationsLead, kAccountAdministrator}, kSchool);
    Grant(table, A::kRecordConsent, std::array{kHeadteacher, kDpo}, kTrust);
    Grant(table, A::kRecordConsent, std::array{kCommunicationsLead}, kSchool);
    Grant(table, A::kDraftPost,
          std::array{kHeadteacher, kSeniorLeadershipTeam, kHeadOfDepartment, kCommunicationsLead,
                     kAccountAdministrator, kTeacher},
          kSchool);
    Grant(table, A::kApprovePost,
          std::array{kHeadteacher, kSeniorLeadershipTeam, kCommunicationsLead, kHeadOfDepartment,
                     kLineManager},
          kSchool);
    Grant(table, A::kPublishPost,
          std::array{kHeadteacher, kCommunicationsLead, kAccountAdministrator}, kSchool);
    Grant(table, A::kModerateComments,
          std::array{kCommunicationsLead, kAccountAdministrator, kAccountModerator}, kSchool);
    // Req: AUD-06 incidents to safeguarding, data protection, the head and the chair (the
    // route when the head is the subject, ORG-08) and the online safety officer.
    Grant(table, A::kHandleIncidents, std::array{kDsl, kDpo, kHeadteacher}, kTrust);
    Grant(table, A::kHandleIncidents, std::array{kChairOfGovernors, kOnlineSafetyOfficer},
          kSchool);
    // Req: MON-12 the vetters packs name (communications lead, account runners) and the head,
    // who approves external organisations (MON-13); the cases room checks who decides what.
    Grant(table, A::kVetFollowers,
          std::array{kHeadteacher, kCommunicationsLead, kAccountAdministrator, kAccountModerator},
          kSchool);
    return table;
}

const std::vector<Permission>& Table() {
    static const std::vector<Permission> table = BuildTable();
    return table;
}

constexpr std::array<std::string_view, kActionCount> kActionKeys = {
    "view_school",     "view_policy",    "view_people",        "manage_people",
    "assign_roles",    "view_pupils",    "import_roster",      "manage_users",
    "view_audit",      "verify_audit",   "view_consent",       "record_consent",
    "draft_post",      "approve_post",   "publish_post",       "moderate_comments",
    "handle_incidents", "vet_followers"};

// Returns true if `held` reaches `school_id` for a row of `scope`.
bool Reaches(const RoleAssignment& held, Scope scope, std::string_view school_id,
             std::string_view school_trust_id) {
    if (school_id.empty()) return true;
    if (!held.school_id.empty()) return held.school_id == school_id;
    return scope == Scope::kTrust && !held.trust_id.empty() && held.trust_id == school_trust_id;
}

}  // namespace

std::string_view ActionKey(Action action) {
    return kActionKeys[static_cast<std::size_t>(action)];
}

std::span<const Permission> PermissionTable() { return Table(); }

std::optional<Scope> ScopeFor(Action action, Role role) {
    for (const Permission& row : Table()) {
        if (row.action == action && row.role == role) return row.scope;
    }
    return std::nullopt;
}

core::Result<RoleAssignment> Authorise(std::span<const RoleAssignment> roles, Action action,
                                       std::string_view school_id,
                                       std::string_view school_trust_id) {
    for (const RoleAssignment& held : roles) {
        const auto scope = ScopeFor(action, held.role);
        if (scope && Reaches(held, *scope, school_id, school_trust_id)) return held;
    }
    std::string what(ActionKey(action));
    for (char& c : what) c = c == '_' ? ' ' : c;
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "None of your roles allows you to " + what +
                           (school_id.empty() ? std::string(".") : " at this school.") +
                           " Ask your headteacher if you need it.",
                       ""};
}

bool CanSeeSchool(std::span<const RoleAssignment> roles, std::string_view school_id,
                  std::string_view school_trust_id) {
    return Authorise(roles, Action::kViewSchool, school_id, school_trust_id).has_value();
}

Actor ActorFor(const RoleAssignment& granted, std::string_view school_id) {
    return Actor{granted.person_id, granted.role,
                 std::string(school_id.empty() ? granted.school_id : school_id)};
}

}  // namespace steward::domain
