// Comments CSV import (issue 7 item 1): one comment per row with a header naming the columns
// comment_id, text, received_at (required) and author_handle, author_name, post_id, link
// (optional), for one account. All or nothing: every bad row is reported (RowProblems).
// Entry points: ParseCommentsCsv(), ParseCommentTime().
#pragma once

#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/comments/comment_types.hpp"

namespace steward::formats {

inline constexpr std::size_t kMaxCommentsCsvRows = 100'000;

// Parses "2026-11-21T10:00:00Z", "...+01:00", or a London wall-clock time without a zone
// ("2026-11-21 10:00" or with seconds). kInvalidInput naming `where` otherwise.
core::Result<core::TimePoint> ParseCommentTime(std::string_view text, std::string_view where);

// Parses the whole file for account `account_id` of `school_id`. kInvalidInput listing every bad
// row ("comments.csv line 4: text is empty; ..."), or naming a missing column.
core::Result<std::vector<domain::IncomingComment>> ParseCommentsCsv(std::string_view text,
                                                                    std::string_view school_id,
                                                                    std::string_view account_id,
                                                                    std::string_view source);

}  // namespace steward::formats
