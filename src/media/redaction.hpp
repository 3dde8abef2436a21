// Obscures boxes of an image beyond recognition: each box, widened by a margin, is pixelated to
// about 8 blocks across and then blurred, so neither a face nor a written name can be recovered.
// Internal to media; MediaEngine::Redact() is the public door.
#pragma once

#include <opencv2/core.hpp>
#include <span>

#include "media/media_types.hpp"

namespace steward::media {

// Widens `box` by `margin` (a fraction of its size) on each side and clips it to `size`.
Box Widen(const Box& box, double margin, const cv::Size& size);

// Obscures every box (widened by 15%) of `bgr` in place; pixels outside the widened boxes are
// untouched. Boxes outside the image are ignored.
void ObscureBoxes(cv::Mat& bgr, std::span<const Box> boxes);

}  // namespace steward::media
