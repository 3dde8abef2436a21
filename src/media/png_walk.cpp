// PNG chunk walk: IHDR for the size, eXIf / iCCP / text chunks for metadata, IEND for the end.
#include <string>

#include "media/byte_order.hpp"
#include "media/container.hpp"

namespace steward::media {
namespace {

constexpr MediaFormat kPng = MediaFormat::kPng;
constexpr int kMaxChunks = 100'000;

core::Status NoteChunk(Bytes type, Bytes data, Container& out) {
    if (HasAt(type, 0, "IDAT")) return core::OkStatus();
    if (HasForeignSignature(data)) return Corrupt(kPng, "another file type hidden in metadata");
    if (HasAt(type, 0, "eXIf")) {
        out.exif.push_back(data);
    } else if (HasAt(type, 0, "iCCP")) {
        out.icc_profile = true;
    } else if (HasAt(type, 0, "iTXt") && HasAt(data, 0, "XML:com.adobe.xmp")) {
        out.xmp = true;
    } else if (HasAt(type, 0, "tEXt") || HasAt(type, 0, "zTXt") || HasAt(type, 0, "iTXt")) {
        out.text_chunks = true;
    }
    return core::OkStatus();
}

}  // namespace

core::Status WalkPng(Bytes bytes, Container& out) {
    std::size_t pos = 8;
    for (int count = 0; count < kMaxChunks; ++count) {
        if (pos + 12 > bytes.size()) return Truncated(kPng);
        const std::size_t length = Be32(bytes, pos);
        if (length > 0x7FFFFFFFu) return Corrupt(kPng, "bad chunk length");
        if (bytes.size() - pos - 12 < length) return Truncated(kPng);
        Bytes type = bytes.subspan(pos + 4, 4);
        Bytes data = bytes.subspan(pos + 8, length);
        if (count == 0) {
            if (!HasAt(type, 0, "IHDR") || length != 13) return Corrupt(kPng, "no IHDR header");
            const std::uint32_t width = Be32(data, 0);
            const std::uint32_t height = Be32(data, 4);
            if (width == 0 || height == 0) return Corrupt(kPng, "zero width or height");
            // Clamp so that absurd sizes still compare as over the limit without overflow.
            out.width = static_cast<int>(std::min<std::uint32_t>(width, 0x7FFFFFFF));
            out.height = static_cast<int>(std::min<std::uint32_t>(height, 0x7FFFFFFF));
        }
        pos += 12 + length;
        if (HasAt(type, 0, "IEND")) {
            if (pos != bytes.size()) {
                return Corrupt(kPng, "data after the end of the image, such as another file");
            }
            return core::OkStatus();
        }
        if (auto noted = NoteChunk(type, data, out); !noted) return noted;
    }
    return Corrupt(kPng, "too many chunks");
}

}  // namespace steward::media
