// Names of the comments room's enums as they appear in JSON, CSV and the database.
#include "domain/comments/comment_types.hpp"

#include <algorithm>
#include <array>

namespace steward::domain {
namespace {

template <class Enum, std::size_t N>
std::optional<Enum> FindName(const std::array<std::string_view, N>& names, std::string_view text) {
    for (std::size_t index = 0; index < N; ++index) {
        if (names[index] == text) return static_cast<Enum>(index);
    }
    return std::nullopt;
}

constexpr std::array<std::string_view, 3> kSources = {"webhook", "api", "csv"};
constexpr std::array<std::string_view, 2> kStates = {"open", "handled"};
constexpr std::array<std::string_view, 3> kVisibilities = {"visible", "hidden", "deleted"};
constexpr std::array<std::string_view, 8> kKinds = {
    "reply",           "hide",         "unhide",  "delete", "block_author", "report_to_platform",
    "mark_handled",    "explain_to_audience"};
constexpr std::array<std::string_view, 3> kPlatformStatuses = {"pending", "done", "not_needed"};

}  // namespace

std::string_view CommentSourceName(CommentSource source) {
    return kSources[static_cast<std::size_t>(source)];
}

std::optional<CommentSource> ParseCommentSource(std::string_view text) {
    return FindName<CommentSource>(kSources, text);
}

std::string_view CommentStateName(CommentState state) {
    return kStates[static_cast<std::size_t>(state)];
}

std::optional<CommentState> ParseCommentState(std::string_view text) {
    return FindName<CommentState>(kStates, text);
}

std::string_view CommentVisibilityName(CommentVisibility visibility) {
    return kVisibilities[static_cast<std::size_t>(visibility)];
}

std::optional<CommentVisibility> ParseCommentVisibility(std::string_view text) {
    return FindName<CommentVisibility>(kVisibilities, text);
}

std::string_view ModerationKindName(ModerationKind kind) {
    return kKinds[static_cast<std::size_t>(kind)];
}

std::optional<ModerationKind> ParseModerationKind(std::string_view text) {
    return FindName<ModerationKind>(kKinds, text);
}

std::string_view PlatformStatusName(PlatformStatus status) {
    return kPlatformStatuses[static_cast<std::size_t>(status)];
}

std::optional<PlatformStatus> ParsePlatformStatus(std::string_view text) {
    return FindName<PlatformStatus>(kPlatformStatuses, text);
}

bool Comment::HasCategory(std::string_view name) const {
    return std::find(categories.begin(), categories.end(), name) != categories.end();
}

}  // namespace steward::domain
