#include "media/exif_reader.hpp"

#include <string_view>

#include "media/byte_order.hpp"

namespace steward::media {
namespace {

constexpr std::size_t kMaxEntries = 1000;
constexpr std::size_t kMaxString = 64;

enum Tag : std::uint32_t {
    kMake = 0x010F,
    kModel = 0x0110,
    kOrientation = 0x0112,
    kSoftware = 0x0131,
    kExifIfd = 0x8769,
    kGpsIfd = 0x8825,
    kDateTimeOriginal = 0x9003,
    kBodySerial = 0xA431,
    kLensSerial = 0xA435,
    kCameraSerial = 0xC62F,
    kGpsLatitude = 0x0002,
    kGpsLongitude = 0x0004,
};

class TiffView {
  public:
    TiffView(std::span<const std::uint8_t> bytes, bool little) : bytes_(bytes), little_(little) {}
    bool Fits(std::size_t at, std::size_t width) const {
        return at <= bytes_.size() && bytes_.size() - at >= width;
    }
    std::uint32_t U16(std::size_t at) const {
        return little_ ? Le16(bytes_, at) : Be16(bytes_, at);
    }
    std::uint32_t U32(std::size_t at) const {
        return little_ ? Le32(bytes_, at) : Be32(bytes_, at);
    }
    std::span<const std::uint8_t> bytes() const { return bytes_; }

  private:
    std::span<const std::uint8_t> bytes_;
    bool little_;
};

struct Entry {
    std::uint32_t tag = 0;
    std::uint32_t type = 0;
    std::uint32_t count = 0;
    std::size_t value_at = 0;  // where the value lives (inline or at its offset)
};

std::optional<std::string> AsciiValue(const TiffView& view, const Entry& entry) {
    if (entry.type != 2 || entry.count == 0 || !view.Fits(entry.value_at, entry.count)) {
        return std::nullopt;
    }
    std::string text;
    for (std::size_t k = 0; k < entry.count && text.size() < kMaxString; ++k) {
        const std::uint8_t c = view.bytes()[entry.value_at + k];
        if (c == 0) break;
        text.push_back(c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '?');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.empty()) return std::nullopt;
    return text;
}

enum class IfdKind { kMain, kExif, kGps };

void ApplyEntry(const TiffView& view, IfdKind kind, const Entry& entry, ExifSummary& out,
                std::size_t& exif_at, std::size_t& gps_at) {
    if (kind == IfdKind::kGps) {
        if (entry.tag == kGpsLatitude || entry.tag == kGpsLongitude) out.gps_position = true;
        return;
    }
    switch (entry.tag) {
        case kMake:
            out.make = AsciiValue(view, entry);
            break;
        case kModel:
            out.model = AsciiValue(view, entry);
            break;
        case kSoftware:
            out.software = AsciiValue(view, entry);
            break;
        case kDateTimeOriginal:
            out.date_taken = AsciiValue(view, entry);
            break;
        case kBodySerial:
        case kLensSerial:
        case kCameraSerial:
            out.camera_serial = true;
            break;
        case kOrientation:
            if (entry.type == 3 && view.Fits(entry.value_at, 2)) {
                const auto value = static_cast<int>(view.U16(entry.value_at));
                if (value >= 1 && value <= 8) out.orientation = value;
            }
            break;
        case kExifIfd:
            if (kind == IfdKind::kMain && entry.type == 4) exif_at = view.U32(entry.value_at);
            break;
        case kGpsIfd:
            if (kind == IfdKind::kMain && entry.type == 4) gps_at = view.U32(entry.value_at);
            break;
        default:
            break;
    }
}

std::size_t TypeWidth(std::uint32_t type) {
    switch (type) {
        case 1:
        case 2:
        case 6:
        case 7:
            return 1;
        case 3:
        case 8:
            return 2;
        case 4:
        case 9:
        case 11:
            return 4;
        case 5:
        case 10:
        case 12:
            return 8;
        default:
            return 0;
    }
}

// Reads one IFD at `at`; nested IFD offsets are returned through exif_at / gps_at.
void ReadIfd(const TiffView& view, std::size_t at, IfdKind kind, ExifSummary& out,
             std::size_t& exif_at, std::size_t& gps_at) {
    if (!view.Fits(at, 2)) return;
    const std::size_t count = std::min<std::size_t>(view.U16(at), kMaxEntries);
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t entry_at = at + 2 + 12 * k;
        if (!view.Fits(entry_at, 12)) return;
        Entry entry{view.U16(entry_at), view.U16(entry_at + 2), view.U32(entry_at + 4),
                    entry_at + 8};
        const std::size_t width = TypeWidth(entry.type);
        if (width == 0) continue;
        if (std::uint64_t{width} * entry.count > 4) entry.value_at = view.U32(entry_at + 8);
        ApplyEntry(view, kind, entry, out, exif_at, gps_at);
    }
}

}  // namespace

core::Result<ExifSummary> ReadExif(std::span<const std::uint8_t> tiff) {
    const bool little = HasAt(tiff, 0, std::string_view("II*\0", 4));
    const bool big = HasAt(tiff, 0, std::string_view("MM\0*", 4));
    if ((!little && !big) || tiff.size() < 8) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The photo's EXIF block has no valid TIFF header."};
    }
    TiffView view(tiff, little);
    ExifSummary out;
    std::size_t exif_at = 0;
    std::size_t gps_at = 0;
    const std::size_t main_at = view.U32(4);
    ReadIfd(view, main_at, IfdKind::kMain, out, exif_at, gps_at);
    std::size_t unused_exif = 0;
    std::size_t unused_gps = 0;
    // Each nested IFD is read once and cannot point back to another (no loops by construction).
    if (exif_at != 0 && exif_at != main_at) {
        ReadIfd(view, exif_at, IfdKind::kExif, out, unused_exif, unused_gps);
    }
    if (gps_at != 0 && gps_at != main_at) {
        ReadIfd(view, gps_at, IfdKind::kGps, out, unused_exif, unused_gps);
    }
    return out;
}

}  // namespace steward::media
