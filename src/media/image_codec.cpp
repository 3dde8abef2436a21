#include "media/image_codec.hpp"

#include <exception>
#include <opencv2/imgcodecs.hpp>
#include <string>

namespace steward::media {
namespace {

core::Error Undecodable(MediaFormat format) {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The " + std::string(MediaFormatName(format)) +
                           " image could not be decoded; export it again from the camera or "
                           "photo app."};
}

}  // namespace

core::Result<cv::Mat> DecodeImage(Bytes bytes, Container& container, const MediaLimits& limits) {
    if (IsVideo(container.format)) {
        return core::Error{
            core::ErrorCode::kInvalidInput,
            "Cleaned copies of videos cannot be made yet; post photos, or blur the video "
            "before uploading."};
    }
    if (container.format == MediaFormat::kHeif) return DecodeHeif(bytes, container, limits);
    try {
        // The header size was checked against the limits; OpenCV's own pixel cap is a backstop.
        const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8UC1,
                          const_cast<std::uint8_t*>(bytes.data()));
        cv::Mat image = cv::imdecode(raw, cv::IMREAD_COLOR);  // applies EXIF orientation
        if (image.empty()) return Undecodable(container.format);
        if (std::uint64_t(image.cols) * std::uint64_t(image.rows) > limits.max_pixels) {
            return Undecodable(container.format);
        }
        return image;
    } catch (const std::exception&) {
        return Undecodable(container.format);
    }
}

core::Result<std::vector<std::uint8_t>> EncodeImage(const cv::Mat& bgr, MediaFormat format) {
    std::string extension;
    std::vector<int> params;
    switch (format) {
        case MediaFormat::kJpeg:
            extension = ".jpg";
            params = {cv::IMWRITE_JPEG_QUALITY, 90};
            break;
        case MediaFormat::kPng:
            extension = ".png";
            break;
        case MediaFormat::kWebp:
            extension = ".webp";
            params = {cv::IMWRITE_WEBP_QUALITY, 90};
            break;
        default:
            return core::Error{core::ErrorCode::kInvalidInput,
                               "Cleaned copies are written as JPEG, PNG or WebP; choose one of "
                               "those for the output."};
    }
    try {
        std::vector<std::uint8_t> out;
        if (!cv::imencode(extension, bgr, out, params)) {
            return core::Error{core::ErrorCode::kInternal, "The image could not be encoded."};
        }
        return out;
    } catch (const std::exception&) {
        return core::Error{core::ErrorCode::kInternal, "The image could not be encoded."};
    }
}

}  // namespace steward::media
