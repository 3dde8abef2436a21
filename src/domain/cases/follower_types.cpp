// Conversions between the follower request enums and their keys, through policy::EnumTraits.
#include "domain/cases/follower_types.hpp"

namespace steward::domain {

std::string_view RequesterKindKey(RequesterKind kind) { return policy::EnumName(kind); }
std::optional<RequesterKind> ParseRequesterKind(std::string_view key) {
    return policy::ParseEnum<RequesterKind>(key);
}
std::string_view FollowerDecisionKey(FollowerDecision decision) {
    return policy::EnumName(decision);
}
std::optional<FollowerDecision> ParseFollowerDecision(std::string_view key) {
    return policy::ParseEnum<FollowerDecision>(key);
}

}  // namespace steward::domain
