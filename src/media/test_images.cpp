#include "media/test_images.hpp"

#include <libheif/heif.h>

#include <fstream>
#include <iterator>
#include <opencv2/freetype.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace steward::media::testing {
namespace {

constexpr const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// One TIFF field; `data` holds the value bytes already in the file's byte order.
struct Field {
    std::uint16_t tag = 0;
    std::uint16_t type = 0;
    std::uint32_t count = 0;
    std::vector<std::uint8_t> data;
};

class TiffWriter {
  public:
    explicit TiffWriter(bool little) : little_(little) {}
    std::vector<std::uint8_t> U16(std::uint32_t v) const {
        return little_ ? std::vector<std::uint8_t>{std::uint8_t(v), std::uint8_t(v >> 8)}
                       : std::vector<std::uint8_t>{std::uint8_t(v >> 8), std::uint8_t(v)};
    }
    std::vector<std::uint8_t> U32(std::uint32_t v) const {
        auto high = U16(v >> 16);
        auto low = U16(v & 0xFFFF);
        if (little_) std::swap(high, low);
        high.insert(high.end(), low.begin(), low.end());
        return high;
    }
    Field Ascii(std::uint16_t tag, const std::string& text) const {
        std::vector<std::uint8_t> data(text.begin(), text.end());
        data.push_back(0);
        return Field{tag, 2, static_cast<std::uint32_t>(data.size()), data};
    }
    Field Long(std::uint16_t tag, std::uint32_t value) const {
        return Field{tag, 4, 1, U32(value)};
    }
    Field Rationals(std::uint16_t tag, const std::vector<std::uint32_t>& parts) const {
        std::vector<std::uint8_t> data;
        for (std::uint32_t part : parts) {
            auto bytes = U32(part);
            data.insert(data.end(), bytes.begin(), bytes.end());
        }
        return Field{tag, 5, static_cast<std::uint32_t>(parts.size() / 2), data};
    }
    static std::size_t Size(const std::vector<Field>& fields) {
        std::size_t size = 2 + 12 * fields.size() + 4;
        for (const Field& f : fields) size += f.data.size() > 4 ? (f.data.size() + 1) / 2 * 2 : 0;
        return size;
    }
    // Appends an IFD at out.size() with its out-of-line values right after it.
    void Append(const std::vector<Field>& fields, std::vector<std::uint8_t>& out) const {
        const std::size_t start = out.size();
        std::size_t data_at = start + 2 + 12 * fields.size() + 4;
        std::vector<std::uint8_t> data;
        auto put = [&](const std::vector<std::uint8_t>& bytes) {
            out.insert(out.end(), bytes.begin(), bytes.end());
        };
        put(U16(static_cast<std::uint32_t>(fields.size())));
        for (const Field& f : fields) {
            put(U16(f.tag));
            put(U16(f.type));
            put(U32(f.count));
            if (f.data.size() <= 4) {
                auto inline_value = f.data;
                inline_value.resize(4, 0);
                put(inline_value);
            } else {
                put(U32(static_cast<std::uint32_t>(data_at + data.size())));
                data.insert(data.end(), f.data.begin(), f.data.end());
                if (data.size() % 2 != 0) data.push_back(0);
            }
        }
        put(U32(0));
        put(data);
    }

  private:
    bool little_;
};

}  // namespace

std::vector<std::uint8_t> ReadFileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), {});
}

cv::Mat AstronautPhoto() {
    return cv::imread(std::string(STEWARD_SOURCE_DIR) + "/testdata/media/astronaut.jpg");
}

Box AstronautFace() { return Box{179, 83, 88, 88}; }

cv::Mat ComposeGroupPhoto(cv::Size size, const std::vector<int>& face_sides,
                          std::vector<Box>* placed) {
    cv::Mat canvas(size, CV_8UC3);
    for (int y = 0; y < size.height; ++y) {
        const auto shade = static_cast<unsigned char>(150 + 60 * y / size.height);
        canvas.row(y).setTo(cv::Scalar(shade, shade - 20, shade - 40));
    }
    const cv::Mat photo = AstronautPhoto();
    const Box face = AstronautFace();
    // Crop the face with a margin of context (hair, collar), as a person in a group would show.
    const cv::Rect crop(face.x - 30, face.y - 40, face.width + 60, face.height + 80);
    int x = 20;
    int y = 20;
    int row_height = 0;
    for (int side : face_sides) {
        const double scale = double(side) / face.width;
        cv::Mat person;
        cv::resize(photo(crop), person, cv::Size(), scale, scale, cv::INTER_AREA);
        if (x + person.cols + 20 > size.width) {
            x = 20;
            y += row_height + 20;
            row_height = 0;
        }
        if (y + person.rows > size.height) break;
        person.copyTo(canvas(cv::Rect(x, y, person.cols, person.rows)));
        if (placed != nullptr) {
            placed->push_back(Box{x + static_cast<int>(30 * scale),
                                  y + static_cast<int>(40 * scale), side, side});
        }
        x += person.cols + 20;
        row_height = std::max(row_height, person.rows);
    }
    return canvas;
}

cv::Mat RenderCertificate(cv::Size size, const std::vector<std::string>& lines, int font_px,
                          double angle_degrees) {
    cv::Mat page(size, CV_8UC3, cv::Scalar(255, 255, 255));
    auto font = cv::freetype::createFreeType2();
    font->loadFontData(kFont, 0);
    const int step = font_px * 3 / 2;
    int y = (size.height - step * static_cast<int>(lines.size())) / 2 + font_px;
    for (const std::string& line : lines) {
        int baseline = 0;
        const cv::Size text = font->getTextSize(line, font_px, -1, &baseline);
        font->putText(page, line, cv::Point((size.width - text.width) / 2, y), font_px,
                      cv::Scalar(40, 30, 20), -1, cv::LINE_AA, true);
        y += step;
    }
    if (angle_degrees != 0) {
        const cv::Mat turn = cv::getRotationMatrix2D(
            cv::Point2f(size.width / 2.0f, size.height / 2.0f), angle_degrees, 1.0);
        cv::warpAffine(page, page, turn, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                       cv::Scalar(255, 255, 255));
    }
    return page;
}

std::vector<std::uint8_t> GpsExifBlock(bool little_endian) {
    const TiffWriter w(little_endian);
    std::vector<Field> main = {w.Ascii(0x010F, "Canon"), w.Ascii(0x0110, "Canon EOS R6"),
                               w.Long(0x8769, 0), w.Long(0x8825, 0)};
    const std::vector<Field> exif = {w.Ascii(0x9003, "2026:06:12 10:31:02"),
                                     w.Ascii(0xA431, "SN 0123456789")};
    const std::vector<Field> gps = {
        w.Ascii(0x0001, "N"), w.Rationals(0x0002, {51, 1, 30, 1, 1234, 100}), w.Ascii(0x0003, "W"),
        w.Rationals(0x0004, {3, 1, 10, 1, 5678, 100})};
    const std::size_t exif_at = 8 + TiffWriter::Size(main);
    const std::size_t gps_at = exif_at + TiffWriter::Size(exif);
    main[2] = w.Long(0x8769, static_cast<std::uint32_t>(exif_at));
    main[3] = w.Long(0x8825, static_cast<std::uint32_t>(gps_at));
    std::vector<std::uint8_t> out = little_endian ? std::vector<std::uint8_t>{'I', 'I', 42, 0}
                                                  : std::vector<std::uint8_t>{'M', 'M', 0, 42};
    auto first = w.U32(8);
    out.insert(out.end(), first.begin(), first.end());
    w.Append(main, out);
    w.Append(exif, out);
    w.Append(gps, out);
    return out;
}

std::vector<std::uint8_t> JpegWithGpsExif(const cv::Mat& image) {
    std::vector<std::uint8_t> jpeg = Encode(image, ".jpg");
    std::vector<std::uint8_t> payload = {'E', 'x', 'i', 'f', 0, 0};
    const auto tiff = GpsExifBlock(/*little_endian=*/false);
    payload.insert(payload.end(), tiff.begin(), tiff.end());
    const std::size_t length = payload.size() + 2;
    std::vector<std::uint8_t> segment = {0xFF, 0xE1, std::uint8_t(length >> 8),
                                         std::uint8_t(length & 0xFF)};
    segment.insert(segment.end(), payload.begin(), payload.end());
    jpeg.insert(jpeg.begin() + 2, segment.begin(), segment.end());  // right after SOI
    return jpeg;
}

std::vector<std::uint8_t> HeicWithGpsExif(const cv::Mat& image) {
    std::vector<std::uint8_t> out;
    heif_context* context = heif_context_alloc();
    heif_encoder* encoder = nullptr;
    heif_image* pixels = nullptr;
    heif_image_handle* handle = nullptr;
    if (heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder).code ==
            heif_error_Ok &&
        heif_image_create(image.cols, image.rows, heif_colorspace_RGB, heif_chroma_interleaved_RGB,
                          &pixels)
                .code == heif_error_Ok) {
        heif_encoder_set_lossy_quality(encoder, 60);
        heif_image_add_plane(pixels, heif_channel_interleaved, image.cols, image.rows, 8);
        int stride = 0;
        std::uint8_t* plane = heif_image_get_plane(pixels, heif_channel_interleaved, &stride);
        cv::Mat rgb(image.rows, image.cols, CV_8UC3, plane, static_cast<std::size_t>(stride));
        cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
        const auto exif = GpsExifBlock(/*little_endian=*/true);
        if (heif_context_encode_image(context, pixels, encoder, nullptr, &handle).code ==
            heif_error_Ok) {
            heif_context_add_exif_metadata(context, handle, exif.data(),
                                           static_cast<int>(exif.size()));
            heif_writer writer{1,
                               [](heif_context*, const void* data, std::size_t size, void* user) {
                                   auto* bytes = static_cast<std::vector<std::uint8_t>*>(user);
                                   const auto* begin = static_cast<const std::uint8_t*>(data);
                                   bytes->insert(bytes->end(), begin, begin + size);
                                   return heif_error{heif_error_Ok, heif_suberror_Unspecified, ""};
                               }};
            heif_context_write(context, &writer, &out);
        }
    }
    if (handle != nullptr) heif_image_handle_release(handle);
    if (pixels != nullptr) heif_image_release(pixels);
    if (encoder != nullptr) heif_encoder_release(encoder);
    heif_context_free(context);
    return out;
}

std::vector<std::uint8_t> Encode(const cv::Mat& image, const std::string& extension) {
    std::vector<std::uint8_t> out;
    cv::imencode(extension, image, out);
    return out;
}

}  // namespace steward::media::testing

// libx265 (used by libheif to write the HEIC test image) keeps one 1 KB allocation for the life
// of the process; tell LeakSanitizer it is not ours. Harmless in builds without sanitizers.
extern "C" const char* __lsan_default_suppressions() { return "leak:libx265.so\n"; }
