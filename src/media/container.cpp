#include "media/container.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

#include "media/byte_order.hpp"

namespace steward::media {
namespace {

bool IsBrand(Bytes b, std::size_t at, std::span<const std::string_view> brands) {
    return std::any_of(brands.begin(), brands.end(),
                       [&](std::string_view brand) { return HasAt(b, at, brand); });
}

// ISO-BMFF: the major brand decides, then the compatible brands of the ftyp box.
std::optional<MediaFormat> SniffBmff(Bytes b) {
    static constexpr std::array<std::string_view, 10> kHeif = {
        "heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"};
    static constexpr std::array<std::string_view, 17> kMp4 = {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
        "M4V ", "3gp4", "3gp5", "3gp6", "3g2a", "mmp4", "MSNV", "dash"};
    static constexpr std::array<std::string_view, 5> kOldQuickTime = {"moov", "mdat", "wide",
                                                                      "free", "pnot"};
    if (HasAt(b, 4, "ftyp") && b.size() >= 12) {
        if (IsBrand(b, 8, kHeif)) return MediaFormat::kHeif;
        if (IsBrand(b, 8, kMp4)) return MediaFormat::kMp4;
        if (HasAt(b, 8, "qt  ")) return MediaFormat::kQuickTime;
        return std::nullopt;
    }
    // Old QuickTime files start with a movie or media box and no ftyp.
    if (IsBrand(b, 4, kOldQuickTime)) return MediaFormat::kQuickTime;
    return std::nullopt;
}

bool IsLowercaseAscii(std::uint8_t c, char want) {
    return std::tolower(static_cast<unsigned char>(c)) == want;
}

// Length and picture size from the movie header, before a frame is decoded.
core::Status CheckVideoLimits(const Container& video, const MediaLimits& limits) {
    if (video.duration_seconds > limits.max_video_seconds) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The video is " + std::to_string(std::lround(video.duration_seconds)) +
                               " seconds long, over the limit of " +
                               std::to_string(std::lround(limits.max_video_seconds)) +
                               " seconds; trim it before uploading."};
    }
    if (video.width <= 0 || video.height <= 0 || video.width > limits.max_video_side ||
        video.height > limits.max_video_side ||
        std::uint64_t(video.width) * std::uint64_t(video.height) > limits.max_video_pixels) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The video's picture is " + std::to_string(video.width) + " x " +
                               std::to_string(video.height) +
                               " pixels; Steward takes videos up to 4K (3840 x 2160). Export "
                               "it again at 1080p or 4K."};
    }
    return core::OkStatus();
}

}  // namespace

std::optional<MediaFormat> SniffFormat(Bytes b) {
    if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return MediaFormat::kJpeg;
    if (HasAt(b, 0, "\x89PNG\r\n\x1a\n")) return MediaFormat::kPng;
    if (HasAt(b, 0, "RIFF") && HasAt(b, 8, "WEBP")) return MediaFormat::kWebp;
    if (b.size() >= 12) return SniffBmff(b);
    return std::nullopt;
}

bool HasForeignSignature(Bytes segment) {
    // Case-insensitive search for the few signatures that make a file two files at once.
    static constexpr std::array<std::string_view, 5> kMarkers = {"<?php", "<script", "<html",
                                                                 "%pdf-", "pk\x03\x04"};
    for (std::string_view marker : kMarkers) {
        if (segment.size() < marker.size()) continue;
        for (std::size_t at = 0; at + marker.size() <= segment.size(); ++at) {
            std::size_t k = 0;
            while (k < marker.size() && IsLowercaseAscii(segment[at + k], marker[k])) ++k;
            if (k == marker.size()) return true;
        }
    }
    return false;
}

core::Error Truncated(MediaFormat format) {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The " + std::string(MediaFormatName(format)) +
                           " file is incomplete (truncated); upload the original again."};
}

core::Error Corrupt(MediaFormat format, std::string_view detail) {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The " + std::string(MediaFormatName(format)) + " file is damaged or not " +
                           (IsVideo(format) ? "a plain video (" : "a plain image (") +
                           std::string(detail) +
                           "); export it again from the camera or photo app."};
}

core::Result<Container> ReadContainer(Bytes bytes, const MediaLimits& limits) {
    using core::ErrorCode;
    if (bytes.empty()) return core::Error{ErrorCode::kInvalidInput, "The file is empty."};
    if (bytes.size() > limits.max_bytes) {
        return core::Error{ErrorCode::kInvalidInput,
                           "The file is larger than the upload limit of " +
                               std::to_string(limits.max_bytes >> 20) + " MiB."};
    }
    auto format = SniffFormat(bytes);
    if (!format) {
        return core::Error{ErrorCode::kInvalidInput,
                           "The file is not a JPEG, PNG, WebP or HEIC photo or an MP4/MOV video "
                           "(checked by its content, not its name)."};
    }
    Container out;
    out.format = *format;
    core::Status walked = core::OkStatus();
    switch (*format) {
        case MediaFormat::kJpeg:
            walked = WalkJpeg(bytes, out);
            break;
        case MediaFormat::kPng:
            walked = WalkPng(bytes, out);
            break;
        case MediaFormat::kWebp:
            walked = WalkWebp(bytes, out);
            break;
        case MediaFormat::kHeif:
            walked = WalkBmff(bytes, out);
            break;
        case MediaFormat::kMp4:
        case MediaFormat::kQuickTime:
            walked = WalkBmff(bytes, out);
            if (walked) walked = WalkVideo(bytes, out);
            if (walked) walked = CheckVideoLimits(out, limits);
            break;
    }
    if (!walked) return walked.error();
    if (out.width < 0 || out.height < 0 || out.width > limits.max_side ||
        out.height > limits.max_side ||
        std::uint64_t(out.width) * std::uint64_t(out.height) > limits.max_pixels) {
        return core::Error{ErrorCode::kInvalidInput,
                           "The image is " + std::to_string(out.width) + " x " +
                               std::to_string(out.height) + " pixels, over the limit of " +
                               std::to_string(limits.max_pixels / 1'000'000) + " megapixels or " +
                               std::to_string(limits.max_side) +
                               " pixels a side; resize it before uploading."};
    }
    return out;
}

}  // namespace steward::media
