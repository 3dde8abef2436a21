// Pixels in and out: decodes an accepted container to an EXIF-oriented BGR image, within the
// limits, and encodes pixels to a fresh file that carries no metadata at all. Internal to media
// (exposes cv::Mat); callers outside use MediaEngine.
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <vector>

#include "core/result.hpp"
#include "media/container.hpp"

namespace steward::media {

// Decodes `bytes`, already walked into `container` (whose metadata flags HEIF decoding fills in
// from libheif). Returns kInvalidInput if the pixels cannot be decoded or exceed `limits`.
// Catches every OpenCV and libheif failure.
core::Result<cv::Mat> DecodeImage(Bytes bytes, Container& container, const MediaLimits& limits);

// Encodes 8-bit BGR pixels as `format` (JPEG quality 90, PNG, or lossless-ish WebP quality 90);
// HEIF and video are not output formats (kInvalidInput). The output holds no EXIF, XMP, ICC or
// comment: OpenCV writes none unless asked.
core::Result<std::vector<std::uint8_t>> EncodeImage(const cv::Mat& bgr, MediaFormat format);

// HEIF decode through libheif (heif_codec.cpp); checks the size from the header before decoding.
core::Result<cv::Mat> DecodeHeif(Bytes bytes, Container& container, const MediaLimits& limits);

}  // namespace steward::media
