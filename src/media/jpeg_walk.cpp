// JPEG segment walk: finds the frame size (SOFn), the metadata segments (APP1 Exif/XMP, APP2 ICC,
// APP13 IPTC, COM) and the end-of-image marker, stepping over entropy-coded scan data.
#include <string>

#include "media/byte_order.hpp"
#include "media/container.hpp"

namespace steward::media {
namespace {

constexpr MediaFormat kJpeg = MediaFormat::kJpeg;
constexpr int kMaxSegments = 4096;

bool IsStartOfFrame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Skips entropy-coded data from `pos`; returns the offset of the next real marker (0xFF xx with
// xx not a stuffed zero, a restart marker or fill), or bytes.size() if the data runs out.
std::size_t SkipScan(Bytes bytes, std::size_t pos) {
    while (pos + 1 < bytes.size()) {
        if (bytes[pos] == 0xFF) {
            const std::uint8_t next = bytes[pos + 1];
            if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) return pos;
        }
        ++pos;
    }
    return bytes.size();
}

core::Status NoteSegment(std::uint8_t marker, Bytes segment, Container& out) {
    if (IsStartOfFrame(marker)) {
        if (segment.size() < 6) return Corrupt(kJpeg, "short frame header");
        out.height = static_cast<int>(Be16(segment, 1));
        out.width = static_cast<int>(Be16(segment, 3));
        if (out.width == 0 || out.height == 0) return Corrupt(kJpeg, "zero width or height");
        return core::OkStatus();
    }
    const bool is_app = marker >= 0xE0 && marker <= 0xEF;
    if (!is_app && marker != 0xFE) return core::OkStatus();
    if (HasForeignSignature(segment)) return Corrupt(kJpeg, "another file type hidden in metadata");
    if (marker == 0xE1 && HasAt(segment, 0, std::string_view("Exif\0\0", 6))) {
        out.exif.push_back(segment.subspan(6));
    } else if (marker == 0xE1 && HasAt(segment, 0, "http://ns.adobe.com/")) {
        out.xmp = true;
    } else if (marker == 0xE2 && HasAt(segment, 0, "ICC_PROFILE")) {
        out.icc_profile = true;
    } else if (marker == 0xED) {
        out.iptc = true;
    } else if (marker == 0xFE) {
        out.comment = true;
    }
    return core::OkStatus();
}

core::Status CheckTail(Bytes bytes, std::size_t end) {
    for (std::size_t at = end; at < bytes.size(); ++at) {
        if (bytes[at] != 0x00) {
            return Corrupt(kJpeg,
                           "data after the end of the image, such as an embedded video or "
                           "another file");
        }
    }
    return core::OkStatus();
}

}  // namespace

core::Status WalkJpeg(Bytes bytes, Container& out) {
    std::size_t pos = 2;  // after SOI
    bool seen_frame = false;
    for (int count = 0; count < kMaxSegments; ++count) {
        while (pos < bytes.size() && bytes[pos] == 0xFF && pos + 1 < bytes.size() &&
               bytes[pos + 1] == 0xFF) {
            ++pos;  // fill bytes
        }
        if (pos + 2 > bytes.size()) return Truncated(kJpeg);
        if (bytes[pos] != 0xFF) return Corrupt(kJpeg, "bad segment marker");
        const std::uint8_t marker = bytes[pos + 1];
        pos += 2;
        if (marker == 0xD9) {
            if (!seen_frame) return Corrupt(kJpeg, "no image frame");
            return CheckTail(bytes, pos);
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) continue;
        if (pos + 2 > bytes.size()) return Truncated(kJpeg);
        const std::size_t length = Be16(bytes, pos);
        if (length < 2) return Corrupt(kJpeg, "bad segment length");
        if (pos + length > bytes.size()) return Truncated(kJpeg);
        Bytes segment = bytes.subspan(pos + 2, length - 2);
        if (auto noted = NoteSegment(marker, segment, out); !noted) return noted;
        if (IsStartOfFrame(marker)) seen_frame = true;
        pos += length;
        if (marker == 0xDA) {
            if (!seen_frame) return Corrupt(kJpeg, "scan before frame header");
            pos = SkipScan(bytes, pos);
        }
    }
    return Corrupt(kJpeg, "too many segments");
}

}  // namespace steward::media
