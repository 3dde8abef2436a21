#include "domain/cases/case_types.hpp"

#include <array>

namespace steward::domain {
namespace {

constexpr std::array<std::string_view, kConcernTypeCount> kConcernKeys = {
    "inappropriate_content",  "cyberbullying",
    "staff_online_conduct",   "headteacher_online_conduct",
    "pupil_online_behaviour", "connection_request",
    "media_enquiry",          "negative_post_about_school",
    "illegal_content",        "safeguarding_disclosure",
    "hate_or_abuse",          "data_protection_breach"};
constexpr std::array<std::string_view, 5> kStateKeys = {"reported", "triaged", "investigating",
                                                        "outcome", "closed"};
constexpr std::array<std::string_view, 6> kOutcomeKeys = {"",
                                                          "no_further_action",
                                                          "advice",
                                                          "disciplinary_referral",
                                                          "police_or_ceop_referral",
                                                          "content_removed"};

template <class E, std::size_t N>
std::optional<E> Parse(const std::array<std::string_view, N>& keys, std::string_view key) {
    for (std::size_t index = 0; index < N; ++index) {
        if (!keys[index].empty() && keys[index] == key) return static_cast<E>(index);
    }
    return std::nullopt;
}

}  // namespace

std::string_view ConcernTypeKey(ConcernType type) {
    return kConcernKeys[static_cast<std::size_t>(type)];
}
std::optional<ConcernType> ParseConcernType(std::string_view key) {
    return Parse<ConcernType>(kConcernKeys, key);
}
std::string_view CaseStateKey(CaseState state) {
    return kStateKeys[static_cast<std::size_t>(state)];
}
std::optional<CaseState> ParseCaseState(std::string_view key) {
    return Parse<CaseState>(kStateKeys, key);
}
std::string_view CaseOutcomeKey(CaseOutcome outcome) {
    return kOutcomeKeys[static_cast<std::size_t>(outcome)];
}
std::optional<CaseOutcome> ParseCaseOutcome(std::string_view key) {
    return Parse<CaseOutcome>(kOutcomeKeys, key);
}

}  // namespace steward::domain
