// Follower vetting (issue 7 item 7; MON-12, MON-13): who asks to follow or befriend which official
// account, and the decision, by whom, with a reason.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "domain/ports/actor.hpp"
#include "policy/enum_names.hpp"

namespace steward::domain {

// Who is asking. External organisations may need the configured approver (MON-13).
enum class RequesterKind {
    kPupil,
    kParent,
    kStaff,
    kGovernor,
    kCommunityAdult,  // an adult outside the school community
    kExternalOrganisation,
    kUnknown,
};
std::string_view RequesterKindKey(RequesterKind kind);
std::optional<RequesterKind> ParseRequesterKind(std::string_view key);

enum class FollowerDecision { kPending, kAccepted, kDeclined };
std::string_view FollowerDecisionKey(FollowerDecision decision);
std::optional<FollowerDecision> ParseFollowerDecision(std::string_view key);

struct FollowerRequest {
    std::string id;
    std::string school_id;
    std::string account_id;        // the official account (accounts room id or handle), required
    std::string platform;          // e.g. "facebook"
    std::string requester_handle;  // the platform handle of whoever asks
    RequesterKind requester_kind = RequesterKind::kUnknown;
    bool security_checked = false;  // an adult's recorded security check (MON-13)
    std::string note;
    Role approver_role = Role::kNone;  // the role whose decision counts (set from the pack)
    FollowerDecision decision = FollowerDecision::kPending;
    std::string decided_by;  // person id
    std::string decision_reason;
    std::string logged_by;  // person id of whoever logged it
    core::TimePoint created_at{};
    std::optional<core::TimePoint> decided_at;
};

}  // namespace steward::domain

namespace steward::policy {

template <>
struct EnumTraits<domain::RequesterKind> {
    static constexpr std::array<std::string_view, 7> kNames = {
        "pupil",  "parent", "staff", "governor", "community_adult", "external_organisation",
        "unknown"};
};

template <>
struct EnumTraits<domain::FollowerDecision> {
    static constexpr std::array<std::string_view, 3> kNames = {"pending", "accepted", "declined"};
};

}  // namespace steward::policy
