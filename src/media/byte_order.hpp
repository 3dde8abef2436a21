// Bounds-checked big- and little-endian integer reads for the container walkers and the EXIF
// reader. Callers check `offset + width <= size` first; these only assemble bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace steward::media {

inline std::uint32_t Be16(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 8) | b[at + 1];
}
inline std::uint32_t Be32(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
           (std::uint32_t{b[at + 2]} << 8) | b[at + 3];
}
inline std::uint32_t Le16(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at + 1]} << 8) | b[at];
}
inline std::uint32_t Le32(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at + 3]} << 24) | (std::uint32_t{b[at + 2]} << 16) |
           (std::uint32_t{b[at + 1]} << 8) | b[at];
}

// True if `b` holds `text` at `at` (and is long enough to).
inline bool HasAt(std::span<const std::uint8_t> b, std::size_t at, std::string_view text) {
    if (at > b.size() || b.size() - at < text.size()) return false;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (b[at + k] != static_cast<std::uint8_t>(text[k])) return false;
    }
    return true;
}

}  // namespace steward::media
