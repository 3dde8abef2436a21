// The media engine's value types: what Inspect() reports about an image (faces, visible text,
// findings in that text, metadata present) and the limits every upload is held to.
// Entry point: media_engine.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace steward::media {

// Container formats recognised by their first bytes (never by the file name).
enum class MediaFormat { kJpeg, kPng, kWebp, kHeif, kMp4, kQuickTime };

// "jpeg", "png", "webp", "heif", "mp4", "quicktime".
std::string_view MediaFormatName(MediaFormat format);
bool IsVideo(MediaFormat format);

// A rectangle in pixels of the decoded, EXIF-oriented image: (x, y) is the top-left corner.
struct Box {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool operator==(const Box&) const = default;
};

enum class FaceDetectorKind { kFrontalHog, kFrontalCascade, kProfileCascade };
std::string_view FaceDetectorName(FaceDetectorKind kind);  // "hog", "cascade", "profile"

struct Face {
    Box box;
    double confidence = 0;  // 0..1, after merging detectors
    FaceDetectorKind detector = FaceDetectorKind::kFrontalHog;
    double time_seconds = 0;  // video only: when the sampled frame was shown
    int track = 0;            // video only: the same person across sampled frames
};

// One word Tesseract read; [begin, end) are byte offsets into its line's text.
struct OcrWord {
    Box box;
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct TextLine {
    std::string text;  // UTF-8, trimmed
    Box box;
    double confidence = 0;  // 0..1
    std::vector<OcrWord> words;
};

// Something a TextScreener found in a line of visible text, placed on the image.
struct ImageFinding {
    std::size_t line = 0;   // index into InspectResult::text
    std::size_t begin = 0;  // byte offsets into that line's text
    std::size_t end = 0;
    std::string category;  // e.g. "name", "personal_data", "profanity"
    std::string rule_id;
    double confidence = 1.0;
    Box box;  // union of the boxes of the words the span touches
};

// What the original file carries besides pixels. Values that identify a device or a place
// (serial numbers, coordinates) are reported as present, never copied out.
struct MetadataReport {
    bool video = false;         // a video's report: gps_position is its location atom
    bool exif = false;
    bool gps_position = false;
    bool camera_serial = false;
    std::optional<std::string> camera_make;
    std::optional<std::string> camera_model;
    std::optional<std::string>
        date_taken;  // EXIF DateTimeOriginal as written, "2026:06:12 10:31:02"
    std::optional<std::string> software;
    bool xmp = false;
    bool icc_profile = false;
    bool iptc = false;
    bool comment = false;
    bool trailing_text = false;  // PNG text chunks other than XMP
};

// One sentence per kind of metadata present, each saying it was removed from the output,
// e.g. "GPS position of the photo removed". Empty if there was none.
std::vector<std::string> DescribeRemovals(const MetadataReport& report);

// One person across the sampled frames of a video: staff tag the track once, and the tag holds
// for every face of it.
struct FaceTrack {
    int track = 0;
    double first_seconds = 0;  // the first and last samples it was seen in
    double last_seconds = 0;
    int samples = 0;  // how many sampled frames it was seen in
    Box box;          // its most confident sample, for the screens
};

// Groups `faces` (with time and track) into tracks, in order of first appearance.
std::vector<FaceTrack> TracksOf(const std::vector<Face>& faces);

struct InspectResult {
    MediaFormat format = MediaFormat::kJpeg;
    int width = 0;  // after EXIF orientation
    int height = 0;
    std::vector<Face> faces;      // sorted by confidence, highest first (video: by time)
    double duration_seconds = 0;  // video only
    int frames_sampled = 0;       // video only: one per second
    std::vector<FaceTrack> tracks;  // video only: the faces grouped by track
    std::vector<TextLine> text;   // top to bottom
    std::vector<ImageFinding> findings;
    MetadataReport metadata;
};

// Limits applied before any pixel is decoded (decompression bombs, oversized uploads).
struct MediaLimits {
    std::size_t max_bytes = 40u << 20;      // 40 MiB
    std::uint64_t max_pixels = 50'000'000;  // a 48 MP phone photo fits
    int max_side = 16'384;
    // Videos (MP4/MOV), read from the movie header before any frame is decoded.
    double max_video_seconds = 180;                   // "short videos": 3 minutes
    std::uint64_t max_video_pixels = 3840ull * 2160;  // 4K UHD, what phones record at most
    int max_video_side = 4096;
};

}  // namespace steward::media
