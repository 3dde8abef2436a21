// The image front door: recognises a file by its first bytes, walks its container structure
// (JPEG segments, PNG chunks, RIFF/WebP chunks, ISO-BMFF boxes for HEIF/MP4/MOV) without decoding
// pixels, and refuses truncated files, trailing data (polyglots) and oversized dimensions.
// Entry point: ReadContainer(). Safe on any input (fuzzed by fuzz/image_sniff_fuzz.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/result.hpp"
#include "media/media_types.hpp"

namespace steward::media {

using Bytes = std::span<const std::uint8_t>;

// Returns the format the first bytes announce, or nullopt if they match none we accept.
std::optional<MediaFormat> SniffFormat(Bytes bytes);

// What the container says before any pixel is decoded. Spans point into the input.
struct Container {
    MediaFormat format = MediaFormat::kJpeg;
    int width = 0;  // from the header (video: its largest video track; 0 for HEIF, read by libheif)
    int height = 0;
    double duration_seconds = 0;  // video only: the movie header's length
    bool location = false;        // video only: a location atom (©xyz, loci or the ISO 6709 key)
    std::vector<Bytes> exif;  // TIFF structures ("II*\0" / "MM\0*"), the "Exif\0\0" prefix removed
    std::vector<std::vector<std::uint8_t>> exif_copies;  // TIFF structures libheif copied out
    bool xmp = false;
    bool icc_profile = false;
    bool iptc = false;
    bool comment = false;
    bool text_chunks = false;
};

// Sniffs and walks `bytes`. Returns kInvalidInput for an empty, unknown, truncated or corrupt
// file, for data after the end of the image, for markers of another file type hidden in
// metadata (polyglots), and for dimensions over `limits` (videos: also their length and their
// own picture-size limits). `where` is left for the caller.
core::Result<Container> ReadContainer(Bytes bytes, const MediaLimits& limits);

// Per-format walkers, used by ReadContainer once the format is known.
core::Status WalkJpeg(Bytes bytes, Container& out);
core::Status WalkPng(Bytes bytes, Container& out);
core::Status WalkWebp(Bytes bytes, Container& out);
core::Status WalkBmff(Bytes bytes, Container& out);
// MP4/MOV after WalkBmff: the movie box's length, picture size and location, without decoding.
// Refuses a movie with no movie header, no video track or no overall length, and one hiding a
// foreign signature in its free, user-data or metadata boxes (video_header.cpp).
core::Status WalkVideo(Bytes bytes, Container& out);
// Turns every user-data and metadata box of an MP4 written by us (udta, meta: encoder name,
// location, tags) into free space of the same size, and zeroes the creation and modification
// times of the movie, track and media headers. Offsets stay valid; no frame is touched.
void ScrubMovieMetadata(std::vector<std::uint8_t>& mp4);

// True if `segment` (a metadata segment, never compressed pixels) carries the signature of a
// script, archive or document: "<?php", "<script", "<html", "%PDF-", "PK\3\4".
bool HasForeignSignature(Bytes segment);

// Shared refusal helpers, so every walker words its errors alike.
core::Error Truncated(MediaFormat format);
core::Error Corrupt(MediaFormat format, std::string_view detail);

}  // namespace steward::media
