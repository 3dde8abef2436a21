// Conversions between the cases room's enums and their keys, through policy::EnumTraits.
#include "domain/cases/case_types.hpp"

#include "domain/cases/case_records.hpp"

namespace steward::domain {

std::string_view ConcernTypeKey(ConcernType type) { return policy::EnumName(type); }
std::optional<ConcernType> ParseConcernType(std::string_view key) {
    return policy::ParseEnum<ConcernType>(key);
}
std::string_view CaseStateKey(CaseState state) { return policy::EnumName(state); }
std::optional<CaseState> ParseCaseState(std::string_view key) {
    return policy::ParseEnum<CaseState>(key);
}
std::string_view CaseOutcomeKey(CaseOutcome outcome) { return policy::EnumName(outcome); }
std::optional<CaseOutcome> ParseCaseOutcome(std::string_view key) {
    if (key.empty()) return std::nullopt;  // "" is kNone, which nobody may choose
    return policy::ParseEnum<CaseOutcome>(key);
}

std::string_view DecisionKindKey(DecisionKind kind) { return policy::EnumName(kind); }
std::optional<DecisionKind> ParseDecisionKind(std::string_view key) {
    return policy::ParseEnum<DecisionKind>(key);
}
std::string_view BlockTaskStateKey(BlockTaskState state) { return policy::EnumName(state); }
std::optional<BlockTaskState> ParseBlockTaskState(std::string_view key) {
    return policy::ParseEnum<BlockTaskState>(key);
}

}  // namespace steward::domain
