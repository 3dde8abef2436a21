#include "domain/cases/follower_vetting.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/cases/case_ids.hpp"
#include "domain/cases/case_visibility.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

constexpr std::size_t kMaxTextBytes = 500;

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

bool IsAdult(RequesterKind kind) {
    return kind == RequesterKind::kParent || kind == RequesterKind::kStaff ||
           kind == RequesterKind::kGovernor || kind == RequesterKind::kCommunityAdult;
}

bool IsOutsider(RequesterKind kind) {
    return kind == RequesterKind::kCommunityAdult || kind == RequesterKind::kUnknown;
}

// Req: MON-13 what the pack forbids accepting.
core::Status CheckAcceptable(const policy::PolicyPack* pack, const FollowerRequest& request) {
    if (pack == nullptr) return core::OkStatus();
    if (!pack->monitoring.outsiders_may_follow && IsOutsider(request.requester_kind)) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "This school's policy lets only members of the school community"
                           " follow its accounts; decline the request.",
                           "decision"};
    }
    if (pack->monitoring.adult_followers_require_security_check &&
        IsAdult(request.requester_kind) && !request.security_checked) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "This school's policy requires a recorded security check before an"
                           " adult may follow its accounts.",
                           "security_checked"};
    }
    return core::OkStatus();
}

}  // namespace

Role FollowerApproverRole(const policy::PolicyPack* pack, RequesterKind kind) {
    if (pack == nullptr) return Role::kAccountAdministrator;
    const Role external = pack->monitoring.external_org_follow_approver_role;
    if (kind == RequesterKind::kExternalOrganisation && policy::IsCanonical(external)) {
        return external;
    }
    const Role vetter = pack->monitoring.follower_vetting_role;
    return policy::IsCanonical(vetter) ? vetter : Role::kAccountAdministrator;
}

core::Result<FollowerRequest> LogFollowerRequest(Tx& tx, const Actor& actor,
                                                 const core::Clock& clock,
                                                 const policy::PolicyPack* pack,
                                                 FollowerRequest request) {
    if (request.account_id.empty()) return Invalid("Give the official account.", "account_id");
    if (request.requester_handle.empty()) {
        return Invalid("Give the handle of whoever asks to follow.", "requester_handle");
    }
    for (const auto& [text, field] : {std::pair{&request.account_id, "account_id"},
                                      {&request.requester_handle, "requester_handle"},
                                      {&request.platform, "platform"},
                                      {&request.note, "note"}}) {
        if (text->size() > kMaxTextBytes) return Invalid("Keep this under 500 bytes.", field);
    }
    request.id = NewCaseRecordId("follow");
    request.approver_role = FollowerApproverRole(pack, request.requester_kind);
    request.decision = FollowerDecision::kPending;
    request.decided_by.clear();
    request.decision_reason.clear();
    request.decided_at.reset();
    request.logged_by = actor.person_id;
    request.created_at = clock.Now();
    if (auto ok = tx.Cases().InsertFollowerRequest(request); !ok) return ok.error();
    auto audited = RecordAudit(tx, actor, clock,
                               {"followers.log", "follower_request", request.id, "",
                                "account=" + request.account_id + " kind=" +
                                    std::string(RequesterKindKey(request.requester_kind)) +
                                    " approver=" + std::string(RoleKey(request.approver_role)),
                                request.school_id});
    if (!audited) return audited.error();
    return request;
}

core::Result<std::vector<FollowerRequest>> ListFollowerRequests(Tx& tx,
                                                                std::string_view school_id) {
    return tx.Cases().ListFollowerRequests(school_id);
}

core::Result<FollowerRequest> DecideFollowerRequest(
    Tx& tx, const Actor& actor, const core::Clock& clock, const policy::PolicyPack* pack,
    std::string_view school_id, std::string_view request_id, FollowerDecision decision,
    std::string_view reason) {
    if (decision == FollowerDecision::kPending) {
        return Invalid("Decide accepted or declined.", "decision");
    }
    if (reason.empty()) return Invalid("Give the reason for the decision.", "reason");
    if (reason.size() > kMaxTextBytes) return Invalid("Keep the reason under 500 bytes.", "reason");
    auto found = tx.Cases().FindFollowerRequest(school_id, request_id);
    if (!found) return found.error();
    if (!*found) {
        return core::Error{core::ErrorCode::kNotFound, "No follower request has this id.",
                           "request_id"};
    }
    FollowerRequest request = std::move(**found);
    if (request.decision != FollowerDecision::kPending) {
        return core::Error{core::ErrorCode::kFailedPrecondition,
                           "This request was already decided.", "decision"};
    }
    auto viewer = ViewerAt(tx, actor, school_id);
    if (!viewer) return viewer.error();
    if (std::find(viewer->roles.begin(), viewer->roles.end(), request.approver_role) ==
        viewer->roles.end()) {
        const std::string title = pack ? policy::RoleTitle(pack->roles, request.approver_role)
                                       : std::string(RoleKey(request.approver_role));
        return core::Error{core::ErrorCode::kPermissionDenied,
                           "Only the " + title + " may decide this request.", "decision"};
    }
    if (decision == FollowerDecision::kAccepted) {
        if (auto ok = CheckAcceptable(pack, request); !ok) return ok.error();
    }
    request.decision = decision;
    request.decided_by = actor.person_id;
    request.decision_reason = std::string(reason);
    request.decided_at = clock.Now();
    if (auto ok = tx.Cases().UpdateFollowerRequest(request); !ok) return ok.error();
    auto audited = RecordAudit(
        tx, actor, clock,
        {"followers.decide", "follower_request", request.id, "decision=pending",
         "decision=" + std::string(FollowerDecisionKey(decision)), std::string(school_id)});
    if (!audited) return audited.error();
    return request;
}

}  // namespace steward::domain
