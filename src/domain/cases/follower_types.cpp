#include "domain/cases/follower_types.hpp"

#include <array>

namespace steward::domain {
namespace {

constexpr std::array<std::string_view, 7> kKindKeys = {
    "pupil", "parent", "staff", "governor", "community_adult", "external_organisation", "unknown"};
constexpr std::array<std::string_view, 3> kDecisionKeys = {"pending", "accepted", "declined"};

}  // namespace

std::string_view RequesterKindKey(RequesterKind kind) {
    return kKindKeys[static_cast<std::size_t>(kind)];
}

std::optional<RequesterKind> ParseRequesterKind(std::string_view key) {
    for (std::size_t index = 0; index < kKindKeys.size(); ++index) {
        if (kKindKeys[index] == key) return static_cast<RequesterKind>(index);
    }
    return std::nullopt;
}

std::string_view FollowerDecisionKey(FollowerDecision decision) {
    return kDecisionKeys[static_cast<std::size_t>(decision)];
}

std::optional<FollowerDecision> ParseFollowerDecision(std::string_view key) {
    for (std::size_t index = 0; index < kDecisionKeys.size(); ++index) {
        if (kDecisionKeys[index] == key) return static_cast<FollowerDecision>(index);
    }
    return std::nullopt;
}

}  // namespace steward::domain
