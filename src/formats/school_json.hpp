// School details import (data/dev school.json): contacts, staff, venues, motto hashtags.
// Entry point: ParseSchoolJson().
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "domain/posts/post_types.hpp"

namespace steward::formats {

// Parses school.json. Unknown fields are ignored; missing lists are empty. Returns kInvalidInput
// for text that is not a JSON object or a field of the wrong type (naming the field).
core::Result<domain::SchoolProfile> ParseSchoolJson(std::string_view text,
                                                    std::string_view source = "school.json");

}  // namespace steward::formats
