#include "media/redaction.hpp"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace steward::media {
namespace {

constexpr double kMargin = 0.15;
constexpr int kBlocksAcross = 8;

}  // namespace

Box Widen(const Box& box, double margin, const cv::Size& size) {
    const int dx = static_cast<int>(std::ceil(box.width * margin));
    const int dy = static_cast<int>(std::ceil(box.height * margin));
    const cv::Rect widened(box.x - dx, box.y - dy, box.width + 2 * dx, box.height + 2 * dy);
    const cv::Rect clipped = widened & cv::Rect(0, 0, size.width, size.height);
    return Box{clipped.x, clipped.y, clipped.width, clipped.height};
}

void ObscureBoxes(cv::Mat& bgr, std::span<const Box> boxes) {
    for (const Box& box : boxes) {
        const Box area = Widen(box, kMargin, bgr.size());
        if (area.width <= 0 || area.height <= 0) continue;
        cv::Mat region = bgr(cv::Rect(area.x, area.y, area.width, area.height));
        // Pixelate: average down to ~8 blocks on the longer side, then scale back without
        // smoothing. The block count, not the box size, bounds what survives.
        const double block =
            std::max(1.0, std::max(area.width, area.height) / double(kBlocksAcross));
        const int small_w = std::max(1, static_cast<int>(std::lround(area.width / block)));
        const int small_h = std::max(1, static_cast<int>(std::lround(area.height / block)));
        cv::Mat small;
        cv::resize(region, small, cv::Size(small_w, small_h), 0, 0, cv::INTER_AREA);
        cv::Mat blocks;
        cv::resize(small, blocks, region.size(), 0, 0, cv::INTER_NEAREST);
        // Blur the block edges so the mosaic itself carries no outline of the features.
        const int kernel = static_cast<int>(block) | 1;
        cv::GaussianBlur(blocks, region, cv::Size(kernel, kernel), 0, 0, cv::BORDER_REPLICATE);
    }
}

}  // namespace steward::media
