// JSON and CSV shapes of the comments room's API: a queued comment with why it was flagged, a
// moderation action, the inappropriate comments log as CSV, and the ISO times they use.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/comments/comment_reports.hpp"
#include "domain/comments/comment_types.hpp"

namespace steward::api {

// "2026-11-21T10:00:00Z".
std::string IsoTime(core::TimePoint at);

// {id, account_id, platform, ..., categories, action, route, flagged_because:[{category,
// rule_id, severity, span:[b,e], text}], due_at, warn_at, overdue, due_soon, state, visibility,
// first_response_at, case_id, urgent, warned_at, escalated_at, escalated_to}. `now` decides
// overdue and due_soon.
boost::json::object CommentJson(const domain::Comment& comment, core::TimePoint now);

boost::json::object ActionJson(const domain::CommentAction& action);

// MON-04: {id, kind: due_soon|escalated, comment_id, person_id|null, role|null, due_at,
// created_at}.
boost::json::object AlertJson(const domain::CommentAlert& alert);

// The log as CSV (MON-10): received_at, account_id, platform, author_handle, author_name, text,
// categories, actions ("hide by system at ... : reason" joined by " | "), visibility, case_id.
std::string LogCsv(const std::vector<domain::LogEntry>& entries);

}  // namespace steward::api
