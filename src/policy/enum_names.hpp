// Name <-> enumerator tables for the policy pack's enums: every enum E used in a pack specialises
// EnumTraits<E> with kNames in enumerator order, and EnumName / ParseEnum convert both ways.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace steward::policy {

// Specialised for every policy enum: `static constexpr std::array<std::string_view, N> kNames`,
// the pack spelling of each enumerator, in declaration order.
template <class E>
struct EnumTraits;

// Returns the pack spelling of `value`, e.g. "no_full_name_with_media".
template <class E>
constexpr std::string_view EnumName(E value) {
    return EnumTraits<E>::kNames[static_cast<std::size_t>(value)];
}

// Returns the enumerator spelled `name` exactly, or nullopt.
template <class E>
constexpr std::optional<E> ParseEnum(std::string_view name) {
    const auto& names = EnumTraits<E>::kNames;
    for (std::size_t index = 0; index < names.size(); ++index) {
        if (names[index] == name) return static_cast<E>(index);
    }
    return std::nullopt;
}

}  // namespace steward::policy
