// Small typed accessors over Boost.JSON objects that return Results instead of throwing;
// private to formats.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace steward::formats {

// Reads an optional string field ("" when absent). kInvalidInput if present but not a string.
core::Result<std::string> StringField(const boost::json::object& object, std::string_view key,
                                      const std::string& where);
// Reads a required string field.
core::Result<std::string> RequiredString(const boost::json::object& object, std::string_view key,
                                         const std::string& where);
// Reads an optional array of strings (empty when absent).
core::Result<std::vector<std::string>> StringList(const boost::json::object& object,
                                                  std::string_view key, const std::string& where);

}  // namespace steward::formats
