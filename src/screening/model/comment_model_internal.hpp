// Shared by comment_model.cpp and comment_model_parse.cpp (not part of the model's API).
#pragma once

#include <string_view>

namespace steward::screening::model {

// The kModelCategories index of a category name ("hate"), or -1.
int ModelCategoryIndex(std::string_view name);

}  // namespace steward::screening::model
