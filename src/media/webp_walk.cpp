// WebP (RIFF) chunk walk: VP8 / VP8L / VP8X for the size, EXIF / XMP / ICCP chunks for metadata;
// the RIFF length must match the file exactly.
#include <string>

#include "media/byte_order.hpp"
#include "media/container.hpp"

namespace steward::media {
namespace {

constexpr MediaFormat kWebp = MediaFormat::kWebp;
constexpr int kMaxChunks = 10'000;

core::Status ReadSize(Bytes type, Bytes data, Container& out) {
    if (HasAt(type, 0, "VP8X")) {
        if (data.size() < 10) return Corrupt(kWebp, "short VP8X header");
        out.width = 1 + static_cast<int>(data[4] | (data[5] << 8) | (data[6] << 16));
        out.height = 1 + static_cast<int>(data[7] | (data[8] << 8) | (data[9] << 16));
    } else if (HasAt(type, 0, "VP8 ") && out.width == 0) {
        if (data.size() < 10 || data[3] != 0x9D || data[4] != 0x01 || data[5] != 0x2A) {
            return Corrupt(kWebp, "bad VP8 header");
        }
        out.width = static_cast<int>(Le16(data, 6) & 0x3FFF);
        out.height = static_cast<int>(Le16(data, 8) & 0x3FFF);
    } else if (HasAt(type, 0, "VP8L") && out.width == 0) {
        if (data.size() < 5 || data[0] != 0x2F) return Corrupt(kWebp, "bad VP8L header");
        const std::uint32_t bits = Le32(data, 1);
        out.width = 1 + static_cast<int>(bits & 0x3FFF);
        out.height = 1 + static_cast<int>((bits >> 14) & 0x3FFF);
    }
    return core::OkStatus();
}

core::Status NoteChunk(Bytes type, Bytes data, Container& out) {
    if (auto sized = ReadSize(type, data, out); !sized) return sized;
    if (HasAt(type, 0, "VP8") || HasAt(type, 0, "ALPH") || HasAt(type, 0, "ANMF")) {
        return core::OkStatus();
    }
    if (HasForeignSignature(data)) return Corrupt(kWebp, "another file type hidden in metadata");
    if (HasAt(type, 0, "EXIF")) {
        out.exif.push_back(HasAt(data, 0, std::string_view("Exif\0\0", 6)) ? data.subspan(6)
                                                                           : data);
    } else if (HasAt(type, 0, "XMP ")) {
        out.xmp = true;
    } else if (HasAt(type, 0, "ICCP")) {
        out.icc_profile = true;
    }
    return core::OkStatus();
}

}  // namespace

core::Status WalkWebp(Bytes bytes, Container& out) {
    if (bytes.size() < 12) return Truncated(kWebp);
    const std::size_t riff_end = std::size_t{Le32(bytes, 4)} + 8;
    if (riff_end > bytes.size()) return Truncated(kWebp);
    if (bytes.size() > riff_end + 1) {
        return Corrupt(kWebp, "data after the end of the image, such as another file");
    }
    std::size_t pos = 12;
    for (int count = 0; count < kMaxChunks && pos < riff_end; ++count) {
        if (pos + 8 > riff_end) return Truncated(kWebp);
        const std::size_t length = Le32(bytes, pos + 4);
        if (riff_end - pos - 8 < length) return Truncated(kWebp);
        if (auto noted = NoteChunk(bytes.subspan(pos, 4), bytes.subspan(pos + 8, length), out);
            !noted) {
            return noted;
        }
        pos += 8 + length + (length & 1);
    }
    if (pos < riff_end) return Corrupt(kWebp, "too many chunks");
    if (out.width == 0 || out.height == 0) return Corrupt(kWebp, "no image data");
    return core::OkStatus();
}

}  // namespace steward::media
