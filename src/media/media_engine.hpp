// The media engine's public door: Inspect() validates an upload by its content, reports its
// metadata, faces, visible text and what a TextScreener finds in that text; Redact() writes the
// publishable copy, re-encoded from pixels (no metadata survives) with chosen boxes obscured.
// Built once at startup (Create) and shared by reference; thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "media/media_types.hpp"
#include "media/text_screener.hpp"

namespace steward::media {

struct MediaConfig {
    MediaLimits limits;
    std::string tessdata_dir = "/usr/share/tesseract-ocr/5/tessdata";
    std::string languages = "eng+cym";
    std::string cascade_dir = "/usr/share/opencv4/haarcascades";
    int min_face_px = 40;     // smallest face to find, in pixels of the photo
    int ocr_max_side = 2000;  // OCR reads a copy at most this long
    bool profiles = true;     // run the profile-face cascade too
    bool read_text = true;    // run OCR (off: faces and metadata only)
};

// Milliseconds spent per stage of one Inspect(), for the benchmark and for logs.
struct StageTimes {
    double sniff_ms = 0;
    double decode_ms = 0;
    double faces_ms = 0;
    double text_ms = 0;
    double total_ms = 0;
};

struct RedactedImage {
    MediaFormat format = MediaFormat::kJpeg;
    std::vector<std::uint8_t> bytes;  // a fresh file: pixels only, no metadata
    int width = 0;
    int height = 0;
};

struct Container;  // container.hpp, internal

class MediaEngine {
  public:
    // Loads the face detectors and Tesseract. Returns kUnavailable naming the missing Debian
    // package if a model or language file is absent.
    static core::Result<std::unique_ptr<MediaEngine>> Create(MediaConfig config);
    ~MediaEngine();
    MediaEngine(const MediaEngine&) = delete;
    MediaEngine& operator=(const MediaEngine&) = delete;

    // Checks `bytes` (the whole file) and reports faces, text lines, findings and metadata.
    // Videos (MP4/MOV, up to 3 minutes): one frame a second, faces with time and track; no OCR.
    // `screener` may be null (no findings). Returns kInvalidInput for an empty, unknown,
    // truncated, polyglot, oversized or undecodable file, with a message staff can act on;
    // kInternal if a detector fails. `times`, if given, receives the stage timings.
    core::Result<InspectResult> Inspect(std::span<const std::uint8_t> bytes,
                                        const TextScreener* screener = nullptr,
                                        StageTimes* times = nullptr) const;

    // Decodes `bytes` (same checks as Inspect), obscures `boxes` (pixels of the oriented image,
    // as Inspect reports them) and encodes a fresh file as `output` (default: the input's
    // format; HEIF input becomes JPEG). Nothing but pixels is copied.
    core::Result<RedactedImage> Redact(std::span<const std::uint8_t> bytes,
                                       std::span<const Box> boxes,
                                       std::optional<MediaFormat> output = std::nullopt) const;

    // The publishable copy of a video (MP4/MOV, same checks as Inspect): the sampled faces of
    // `hide` (as Inspect reports them, with time and track) obscured in every frame between and
    // around their samples, and `everywhere` (fixed boxes) in every frame, re-encoded as a fresh
    // MP4 with no metadata and no audio. kUnavailable when no MP4 encoder is installed.
    core::Result<RedactedImage> RedactVideo(std::span<const std::uint8_t> bytes,
                                            std::span<const Face> hide,
                                            std::span<const Box> everywhere = {}) const;

  private:
    struct Parts;
    explicit MediaEngine(MediaConfig config, std::unique_ptr<Parts> parts);
    core::Result<InspectResult> InspectVideo(std::span<const std::uint8_t> bytes,
                                             const Container& container,
                                             StageTimes& times) const;

    MediaConfig config_;
    std::unique_ptr<Parts> parts_;
};

// Places each ScreenedSpan of each line on the image: the box is the union of the boxes of the
// OCR words the span touches. Exposed for tests and for other screeners.
std::vector<ImageFinding> PlaceFindings(const std::vector<TextLine>& lines,
                                        const TextScreener& screener);

}  // namespace steward::media
