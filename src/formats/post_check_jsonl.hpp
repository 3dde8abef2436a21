// Output lines of `steward check posts`: one JSON object per post, {"id", "decision", "reasons",
// "details"}, or {"line", "id"?, "error"} for a line that could not be checked.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/posts/post_types.hpp"

namespace steward::formats {

// Returns the result as one JSON line (no newline): reasons in the fixed order, one detail
// sentence per finding.
std::string PostCheckLine(const domain::PostCheckResult& result);

// Returns {"line": N, "id": ..., "error": {"code", "message", "where"}}; id omitted when empty.
std::string PostErrorLine(int line_number, std::string_view post_id, const core::Error& error);

}  // namespace steward::formats
