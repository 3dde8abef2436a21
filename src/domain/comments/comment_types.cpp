// Names of the comments room's enums as they appear in JSON, CSV and the database, through
// policy/enum_names.hpp (the tables are the EnumTraits specialisations in comment_types.hpp).
#include "domain/comments/comment_types.hpp"

#include <algorithm>

namespace steward::domain {

using policy::EnumName;
using policy::ParseEnum;

std::string_view CommentSourceName(CommentSource source) { return EnumName(source); }

std::optional<CommentSource> ParseCommentSource(std::string_view text) {
    return ParseEnum<CommentSource>(text);
}

std::string_view CommentStateName(CommentState state) { return EnumName(state); }

std::optional<CommentState> ParseCommentState(std::string_view text) {
    return ParseEnum<CommentState>(text);
}

std::string_view CommentVisibilityName(CommentVisibility visibility) {
    return EnumName(visibility);
}

std::optional<CommentVisibility> ParseCommentVisibility(std::string_view text) {
    return ParseEnum<CommentVisibility>(text);
}

std::string_view ModerationKindName(ModerationKind kind) { return EnumName(kind); }

std::optional<ModerationKind> ParseModerationKind(std::string_view text) {
    return ParseEnum<ModerationKind>(text);
}

std::string_view PlatformStatusName(PlatformStatus status) { return EnumName(status); }

std::optional<PlatformStatus> ParsePlatformStatus(std::string_view text) {
    return ParseEnum<PlatformStatus>(text);
}

bool Comment::HasCategory(std::string_view name) const {
    return std::find(categories.begin(), categories.end(), name) != categories.end();
}

}  // namespace steward::domain
