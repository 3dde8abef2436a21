#include "media/media_engine.hpp"

#include <chrono>
#include <exception>
#include <future>

#include "media/container.hpp"
#include "media/face_detector.hpp"
#include "media/image_codec.hpp"
#include "media/metadata_report.hpp"
#include "media/redaction.hpp"
#include "media/text_reader.hpp"
#include "media/video_redaction.hpp"
#include "media/video_sampler.hpp"

namespace steward::media {
namespace {

using SteadyClock = std::chrono::steady_clock;

double MillisecondsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

core::Error DetectorFailed(std::string_view stage) {
    return core::Error{core::ErrorCode::kInternal, "The " + std::string(stage) +
                                                       " step failed on this image; try again or "
                                                       "report it to the Steward administrator."};
}

Box Union(const Box& a, const Box& b) {
    if (a.width == 0 || a.height == 0) return b;
    const int x0 = std::min(a.x, b.x);
    const int y0 = std::min(a.y, b.y);
    const int x1 = std::max(a.x + a.width, b.x + b.width);
    const int y1 = std::max(a.y + a.height, b.y + b.height);
    return Box{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace

struct MediaEngine::Parts {
    std::unique_ptr<FaceDetector> faces;
    std::unique_ptr<TextReader> text;  // null when config.read_text is false
};

core::Result<std::unique_ptr<MediaEngine>> MediaEngine::Create(MediaConfig config) {
    auto parts = std::make_unique<Parts>();
    try {
        FaceDetectorOptions face_options;
        face_options.cascade_dir = config.cascade_dir;
        face_options.min_face_px = config.min_face_px;
        face_options.profiles = config.profiles;
        auto faces = FaceDetector::Create(std::move(face_options));
        if (!faces) return faces.error();
        parts->faces = std::move(*faces);
        if (config.read_text) {
            auto text = TextReader::Create(
                TextReaderOptions{config.tessdata_dir, config.languages, config.ocr_max_side});
            if (!text) return text.error();
            parts->text = std::move(*text);
        }
    } catch (const std::exception&) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "The face or text detectors could not be loaded; reinstall "
                           "libdlib-data, opencv-data and tesseract-ocr."};
    }
    return std::unique_ptr<MediaEngine>(new MediaEngine(std::move(config), std::move(parts)));
}

MediaEngine::MediaEngine(MediaConfig config, std::unique_ptr<Parts> parts)
    : config_(std::move(config)), parts_(std::move(parts)) {}

MediaEngine::~MediaEngine() = default;

core::Result<InspectResult> MediaEngine::Inspect(std::span<const std::uint8_t> bytes,
                                                 const TextScreener* screener,
                                                 StageTimes* times) const {
    StageTimes local;
    StageTimes& t = times != nullptr ? *times : local;
    const auto start = SteadyClock::now();
    auto container = ReadContainer(bytes, config_.limits);
    if (!container) return container.error();
    t.sniff_ms = MillisecondsSince(start);
    if (IsVideo(container->format)) return InspectVideo(bytes, *container, t);
    auto decode_start = SteadyClock::now();
    auto image = DecodeImage(bytes, *container, config_.limits);
    if (!image) return image.error();
    t.decode_ms = MillisecondsSince(decode_start);

    InspectResult result;
    result.format = container->format;
    result.width = image->cols;
    result.height = image->rows;
    result.metadata = ReportMetadata(*container);
    try {
        // OCR and face detection are independent; on two cores they run side by side.
        std::future<core::Result<std::vector<TextLine>>> text;
        auto text_start = SteadyClock::now();
        if (parts_->text) {
            text = std::async(std::launch::async, [&] {
                auto lines = parts_->text->Read(*image);
                t.text_ms = MillisecondsSince(text_start);
                return lines;
            });
        }
        auto faces_start = SteadyClock::now();
        result.faces = parts_->faces->Detect(*image);
        t.faces_ms = MillisecondsSince(faces_start);
        if (text.valid()) {
            auto lines = text.get();
            if (!lines) return lines.error();
            result.text = std::move(*lines);
        }
    } catch (const std::exception&) {
        return DetectorFailed("face or text detection");
    }
    if (screener != nullptr) result.findings = PlaceFindings(result.text, *screener);
    t.total_ms = MillisecondsSince(start);
    return result;
}

core::Result<InspectResult> MediaEngine::InspectVideo(std::span<const std::uint8_t> bytes,
                                                      const Container& container,
                                                      StageTimes& t) const {
    const auto start = SteadyClock::now();
    InspectResult result;
    result.format = container.format;
    result.metadata.video = true;
    result.metadata.gps_position = container.location || VideoHasLocation(bytes);
    try {
        auto scan = ScanVideo(bytes, *parts_->faces, config_.limits);
        if (!scan) return scan.error();
        result.width = scan->width;
        result.height = scan->height;
        result.duration_seconds = scan->duration_seconds;
        result.frames_sampled = scan->frames_sampled;
        result.faces = std::move(scan->faces);
        result.tracks = TracksOf(result.faces);
    } catch (const std::exception&) {
        return DetectorFailed("video face detection");
    }
    t.faces_ms = MillisecondsSince(start);
    t.total_ms = t.sniff_ms + t.faces_ms;
    return result;
}

core::Result<RedactedImage> MediaEngine::Redact(std::span<const std::uint8_t> bytes,
                                                std::span<const Box> boxes,
                                                std::optional<MediaFormat> output) const {
    auto container = ReadContainer(bytes, config_.limits);
    if (!container) return container.error();
    auto image = DecodeImage(bytes, *container, config_.limits);
    if (!image) return image.error();
    MediaFormat format = output.value_or(container->format);
    if (format == MediaFormat::kHeif) format = MediaFormat::kJpeg;
    try {
        ObscureBoxes(*image, boxes);
    } catch (const std::exception&) {
        return DetectorFailed("blurring");
    }
    auto encoded = EncodeImage(*image, format);
    if (!encoded) return encoded.error();
    return RedactedImage{format, std::move(*encoded), image->cols, image->rows};
}

core::Result<RedactedImage> MediaEngine::RedactVideo(std::span<const std::uint8_t> bytes,
                                                     std::span<const Face> hide,
                                                     std::span<const Box> everywhere) const {
    auto container = ReadContainer(bytes, config_.limits);
    if (!container) return container.error();
    if (!IsVideo(container->format)) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "This file is a photo, not a video; make its copy as a photo.", ""};
    }
    try {
        auto video = RedactVideoFrames(bytes, hide, everywhere, config_.limits);
        if (!video) return video.error();
        return RedactedImage{MediaFormat::kMp4, std::move(video->bytes), video->width,
                             video->height};
    } catch (const std::exception&) {
        return DetectorFailed("video blurring");
    }
}

std::vector<ImageFinding> PlaceFindings(const std::vector<TextLine>& lines,
                                        const TextScreener& screener) {
    std::vector<ImageFinding> findings;
    for (std::size_t index = 0; index < lines.size(); ++index) {
        const TextLine& line = lines[index];
        for (ScreenedSpan& span : screener.Screen(line.text)) {
            if (span.begin >= span.end || span.end > line.text.size()) continue;  // not in line
            ImageFinding finding{index,
                                 span.begin,
                                 span.end,
                                 std::move(span.category),
                                 std::move(span.rule_id),
                                 span.confidence,
                                 Box{}};
            for (const OcrWord& word : line.words) {
                if (word.begin < span.end && span.begin < word.end) {
                    finding.box = Union(finding.box, word.box);
                }
            }
            if (finding.box.width == 0) finding.box = line.box;
            findings.push_back(std::move(finding));
        }
    }
    return findings;
}

}  // namespace steward::media
