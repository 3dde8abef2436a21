// Names of post states and takedown outcomes, and the draft a stored post gives the checker.
#include "domain/posts/post_workflow_types.hpp"

#include <array>

namespace steward::domain {
namespace {

constexpr std::array<std::string_view, 7> kStateNames = {
    "draft", "checked", "submitted", "approved", "rejected", "published", "taken_down"};

}  // namespace

std::string_view PostStateName(PostState state) {
    return kStateNames[static_cast<std::size_t>(state)];
}

std::optional<PostState> ParsePostState(std::string_view text) {
    for (std::size_t index = 0; index < kStateNames.size(); ++index) {
        if (kStateNames[index] == text) return static_cast<PostState>(index);
    }
    return std::nullopt;
}

std::string_view TakedownOutcomeName(TakedownOutcome outcome) {
    return outcome == TakedownOutcome::kRemoved ? "removed" : "not_reasonably_practicable";
}

std::optional<TakedownOutcome> ParseTakedownOutcome(std::string_view text) {
    if (text == "removed") return TakedownOutcome::kRemoved;
    if (text == "not_reasonably_practicable") return TakedownOutcome::kNotReasonablyPracticable;
    return std::nullopt;
}

PostDraft Post::AsDraft() const {
    return PostDraft{id, platform, media_kind, posting_date, caption, tagged_pupil_ids};
}

}  // namespace steward::domain
