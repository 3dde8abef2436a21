// Parses JSON request bodies with Boost.JSON's non-throwing parser, with a nesting limit, and
// reports malformed input as a core::Error whose `where` gives the line and column.
#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <string_view>

#include "core/result.hpp"

namespace steward::api {

// Parses `body` as one JSON value nested at most `max_depth` deep. Returns kInvalidInput with
// where = "request body line L, column C" when the text is not JSON, is empty, is nested too
// deep, or has anything after the value.
core::Result<boost::json::value> ParseJsonBody(std::string_view body, std::size_t max_depth);

}  // namespace steward::api
