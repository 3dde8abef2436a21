// The version `steward --version` prints.
#pragma once

#include <string_view>

namespace steward::cli {
inline constexpr std::string_view kVersion = "steward 0.1.0";
}  // namespace steward::cli
