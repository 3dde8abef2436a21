// JSON of the posts room for posts.cpp: a post, its check, its history, takedown tasks, and the
// draft body {account_id, media_kind, caption, tagged_pupil_ids, posting_date, controversial?,
// media_id?}. Pupils appear by id only.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/posts/post_workflow.hpp"

namespace steward::api {

boost::json::object PostJson(const domain::Post& post);
// {decision, reasons, details:[{reason, pupil_id?, span:{start,end}?, message}], version,
// checked_at, checked_by}
boost::json::object CheckJson(const domain::PostCheckRecord& check);
boost::json::array HistoryJson(const std::vector<domain::PostEvent>& events);
boost::json::object TakedownJson(const domain::TakedownTask& task);

// Parses the draft body; kInvalidInput naming the field.
core::Result<domain::PostContent> PostContentFromBody(const boost::json::object& body);

// Returns the query parameter `name`, decoded ("" when absent).
std::string PostsQueryParam(std::string_view query, std::string_view name);

}  // namespace steward::api
