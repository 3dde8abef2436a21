// JSON of the posts room for posts.cpp: a post, its check, its history, takedown tasks, and the
// draft body {account_id, media_kind, caption, tagged_pupil_ids, posting_date, controversial?,
// media_id?, media_ids?}. Pupils appear by id only.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/posts/post_workflow.hpp"

namespace steward::api {

boost::json::object PostJson(const domain::Post& post);
// {decision, reasons, details:[{reason, pupil_id?, span:{start,end}?, media_id?, face?, message}],
// version, checked_at, checked_by}
boost::json::object CheckJson(const domain::PostCheckRecord& check);
boost::json::array HistoryJson(const std::vector<domain::PostEvent>& events);
boost::json::object TakedownJson(const domain::TakedownTask& task);
// The items a post shows, for the approver's before/after: [{media_id, content_type, width,
// height, faces, redacted, original, redacted_preview}] with the preview URLs (null until made).
core::Result<boost::json::array> PostMediaJson(domain::Tx& tx, std::string_view school_id,
                                               const std::vector<std::string>& media_ids);

// Parses the draft body; kInvalidInput naming the field.
core::Result<domain::PostContent> PostContentFromBody(const boost::json::object& body);

}  // namespace steward::api
