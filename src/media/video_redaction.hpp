// The publishable copy of a short video (issue 6 items 2, 3): every frame decoded through OpenCV's
// ffmpeg backend, the chosen face tracks obscured in every frame (between the once-a-second samples
// a track's box covers both neighbouring samples, and it is held for a second before its first and
// after its last), then re-encoded by VideoWriter as a fresh H.264 MP4. Nothing but pixels is
// copied: no location, creation date, camera or other metadata atoms, and no audio track.
// Internal to media; MediaEngine::RedactVideo() is the public door.
#pragma once

#include <span>
#include <vector>

#include "core/result.hpp"
#include "media/container.hpp"
#include "media/media_types.hpp"

namespace steward::media {

// The boxes to obscure at `time_seconds` for `hide` (sampled faces with time and track): between
// two samples of a track the box covers both; within a second before its first sample or after
// its last, the box covers that sample and where the track's speed takes it.
std::vector<Box> BoxesAt(std::span<const Face> hide, double time_seconds);

struct EncodedVideo {
    std::vector<std::uint8_t> bytes;  // an MP4 (H.264, or MPEG-4 part 2 if x264 is missing)
    int width = 0;
    int height = 0;
    int frames = 0;
};

// Re-encodes `bytes` (an accepted MP4/MOV container) with the faces of `hide` obscured, and the
// boxes of `everywhere` obscured in every frame.
// kInvalidInput for a video that cannot be decoded or is over `limits`;
// kUnavailable when no MP4 encoder is available. May throw cv::Exception (caller catches).
core::Result<EncodedVideo> RedactVideoFrames(Bytes bytes, std::span<const Face> hide,
                                             std::span<const Box> everywhere,
                                             const MediaLimits& limits);

}  // namespace steward::media
