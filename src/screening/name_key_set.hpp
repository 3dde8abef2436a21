// NameKeySet: a set of name keys ("amara okafor", "hall osei") that is probed with string_views,
// so a lookup builds no key string. Shared by the pupil and staff name indexes.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace steward::screening {

// Hash and equality that let an unordered_set<std::string> be probed with a string_view.
struct NameKeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using NameKeySet = std::unordered_set<std::string, NameKeyHash, std::equal_to<>>;

}  // namespace steward::screening
