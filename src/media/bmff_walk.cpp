// ISO-BMFF top-level box walk for HEIF, MP4 and MOV: every box must fit and the boxes must cover
// the file exactly, so a truncated upload or a file appended after the last box is refused.
// HEIF image size and metadata come from libheif (heif_codec.cpp), not from here.
#include "media/byte_order.hpp"
#include "media/container.hpp"

namespace steward::media {
namespace {

constexpr int kMaxBoxes = 10'000;

}  // namespace

core::Status WalkBmff(Bytes bytes, Container& out) {
    std::size_t pos = 0;
    bool seen_media = false;
    for (int count = 0; count < kMaxBoxes; ++count) {
        if (pos == bytes.size()) {
            if (!seen_media) return Corrupt(out.format, "no media data");
            return core::OkStatus();
        }
        if (bytes.size() - pos < 8) return Truncated(out.format);
        std::uint64_t size = Be32(bytes, pos);
        std::size_t header = 8;
        if (size == 1) {
            if (bytes.size() - pos < 16) return Truncated(out.format);
            size = (std::uint64_t{Be32(bytes, pos + 8)} << 32) | Be32(bytes, pos + 12);
            header = 16;
        } else if (size == 0) {
            size = bytes.size() - pos;  // the last box runs to the end of the file
        }
        if (size < header) return Corrupt(out.format, "bad box size");
        if (size > bytes.size() - pos) return Truncated(out.format);
        if (HasAt(bytes, pos + 4, "meta") || HasAt(bytes, pos + 4, "mdat") ||
            HasAt(bytes, pos + 4, "moov")) {
            seen_media = true;
        }
        pos += static_cast<std::size_t>(size);
    }
    return Corrupt(out.format, "too many boxes");
}

}  // namespace steward::media
