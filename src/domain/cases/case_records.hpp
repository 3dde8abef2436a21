// Records a case's handlers make on the way to an outcome (initial assessment, police decision,
// media approval and reply: INC-07, INC-09, INC-11) and the block task a report of content
// reached on school equipment opens for the blocklist manager (INC-16).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "domain/ports/actor.hpp"
#include "policy/enum_names.hpp"

namespace steward::domain {

// Which record a CaseDecision is.
enum class DecisionKind {
    kInitialAssessment,  // INC-09: by incidents.initial_assessment_role, before investigating
    kPoliceDecision,     // INC-07: the DSL's decision for a pupil's inadvertent conduct
    kMediaApproval,      // INC-11: written approval of a reply to a media enquiry
    kMediaReply,         // INC-11: the staff reply, blocked until the approval is stored
};
std::string_view DecisionKindKey(DecisionKind kind);
std::optional<DecisionKind> ParseDecisionKind(std::string_view key);

// Police decision values (CaseDecision::decision for kPoliceDecision).
inline constexpr std::string_view kInvolvePolice = "involve_police";
inline constexpr std::string_view kNoPolice = "no_police";

struct CaseDecision {
    std::string id;
    std::string case_id;
    DecisionKind kind = DecisionKind::kInitialAssessment;
    std::string decision;                     // kPoliceDecision: kInvolvePolice or kNoPolice
    std::string text;                         // the assessment, reason, approval or reply
    std::vector<std::string> staff_involved;  // kInitialAssessment: person ids
    std::vector<std::string> agencies;        // kInitialAssessment: external body keys
    std::string recorded_by;                  // person id
    core::TimePoint recorded_at{};
};

// Req: INC-16 a task for the blocklist manager to block content reached on school equipment.
// Carries only where the content is, never the report's description or people.
enum class BlockTaskState { kOpen, kDone };
std::string_view BlockTaskStateKey(BlockTaskState state);
std::optional<BlockTaskState> ParseBlockTaskState(std::string_view key);

struct BlockTask {
    std::string id;
    std::string case_id;
    std::string school_id;
    Role assignee_role = Role::kItManager;  // network.blocklist_manager_role
    std::string url;
    std::string platform;
    std::string device_or_location;
    BlockTaskState state = BlockTaskState::kOpen;
    core::TimePoint created_at{};
    std::string done_by;  // person id
    std::optional<core::TimePoint> done_at;
    std::string note;
};

}  // namespace steward::domain

namespace steward::policy {

template <>
struct EnumTraits<domain::DecisionKind> {
    static constexpr std::array<std::string_view, 4> kNames = {
        "initial_assessment", "police_decision", "media_approval", "media_reply"};
};

template <>
struct EnumTraits<domain::BlockTaskState> {
    static constexpr std::array<std::string_view, 2> kNames = {"open", "done"};
};

}  // namespace steward::policy
