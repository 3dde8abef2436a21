#include "media/face_detector.hpp"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/opencv/cv_image.h>

#include <algorithm>
#include <cmath>
#include <future>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace steward::media {
namespace {

// dlib's HOG window is 80x80: a face smaller than that on the scanned image is not found.
constexpr double kHogWindow = 80.0;
// haarcascade_frontalface_alt2 and haarcascade_profileface use 20x20 windows.
constexpr double kCascadeWindow = 20.0;
// Upsampling small images for HOG is worth it up to this many pixels (measured: about 190 ms
// per megapixel for the full pyramid on this machine).
constexpr double kMaxHogPixels = 2.5e6;

double Logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }

Box ScaleBox(const cv::Rect& rect, double scale, const cv::Size& bounds) {
    const cv::Rect scaled(static_cast<int>(std::lround(rect.x / scale)),
                          static_cast<int>(std::lround(rect.y / scale)),
                          static_cast<int>(std::lround(rect.width / scale)),
                          static_cast<int>(std::lround(rect.height / scale)));
    const cv::Rect clipped = scaled & cv::Rect(0, 0, bounds.width, bounds.height);
    return Box{clipped.x, clipped.y, clipped.width, clipped.height};
}

double Area(const Box& b) { return double(b.width) * b.height; }

double Intersection(const Box& a, const Box& b) {
    const int x0 = std::max(a.x, b.x);
    const int y0 = std::max(a.y, b.y);
    const int x1 = std::min(a.x + a.width, b.x + b.width);
    const int y1 = std::min(a.y + a.height, b.y + b.height);
    return x1 > x0 && y1 > y0 ? double(x1 - x0) * (y1 - y0) : 0.0;
}

}  // namespace

struct FaceDetector::Detectors {
    std::mutex hog_mutex;  // guards hog
    dlib::frontal_face_detector hog = dlib::get_frontal_face_detector();
    std::mutex cascade_mutex;  // guards frontal and profile
    cv::CascadeClassifier frontal;
    cv::CascadeClassifier profile;
};

std::vector<Face> SuppressOverlaps(std::vector<Face> faces) {
    std::stable_sort(faces.begin(), faces.end(),
                     [](const Face& a, const Face& b) { return a.confidence > b.confidence; });
    std::vector<Face> kept;
    for (const Face& face : faces) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Face& other) {
            const double inter = Intersection(face.box, other.box);
            const double uni = Area(face.box) + Area(other.box) - inter;
            const double smaller = std::min(Area(face.box), Area(other.box));
            return (uni > 0 && inter / uni > 0.3) || (smaller > 0 && inter / smaller > 0.6);
        });
        if (!overlaps && face.box.width > 0 && face.box.height > 0) kept.push_back(face);
    }
    return kept;
}

core::Result<std::unique_ptr<FaceDetector>> FaceDetector::Create(FaceDetectorOptions options) {
    auto detectors = std::make_unique<Detectors>();
    const std::string frontal = options.cascade_dir + "/haarcascade_frontalface_alt2.xml";
    const std::string profile = options.cascade_dir + "/haarcascade_profileface.xml";
    try {
        if (!detectors->frontal.load(frontal) || !detectors->profile.load(profile)) {
            return core::Error{core::ErrorCode::kUnavailable,
                               "OpenCV's face cascades are missing; install the opencv-data "
                               "package.",
                               options.cascade_dir};
        }
    } catch (const std::exception&) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "OpenCV's face cascades could not be "
                           "read; reinstall the opencv-data package.",
                           options.cascade_dir};
    }
    return std::unique_ptr<FaceDetector>(
        new FaceDetector(std::move(options), std::move(detectors)));
}

FaceDetector::FaceDetector(FaceDetectorOptions options, std::unique_ptr<Detectors> detectors)
    : options_(std::move(options)), detectors_(std::move(detectors)) {}

FaceDetector::~FaceDetector() = default;

std::vector<Face> FaceDetector::Detect(const cv::Mat& bgr) const {
    // No face of min_face_px fits (a 1x1 upload): nothing to find, and the scaled copies below
    // would be empty, which OpenCV refuses with an exception.
    if (std::min(bgr.cols, bgr.rows) < options_.min_face_px) return {};
    cv::Mat gray;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    // The two stages are independent; on two cores they overlap (measured in bench/media_bench).
    const double hog_scale = HogScale(gray.size());
    auto hog = std::async(std::launch::async, [&] { return DetectHog(gray, hog_scale); });
    std::vector<Face> small = DetectCascades(gray, kHogWindow / hog_scale);
    std::vector<Face> faces = hog.get();
    faces.insert(faces.end(), small.begin(), small.end());
    return SuppressOverlaps(std::move(faces));
}

double FaceDetector::HogScale(const cv::Size& size) const {
    const double long_side = std::max(size.width, size.height);
    double scale = std::min(1.0, options_.hog_max_side / long_side);
    if (scale == 1.0 && options_.min_face_px < kHogWindow) {
        // Small image: upsample so that min_face_px faces reach the HOG window, within a budget.
        const double wanted = kHogWindow / options_.min_face_px;
        const double budget = std::sqrt(kMaxHogPixels / (double(size.width) * size.height));
        scale = std::max(1.0, std::min(wanted, budget));
    }
    return scale;
}

std::vector<Face> FaceDetector::DetectHog(const cv::Mat& gray, double scale) const {
    cv::Mat scaled;
    cv::resize(gray, scaled, cv::Size(), scale, scale,
               scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    dlib::cv_image<unsigned char> image(cvIplImage(scaled));
    std::vector<dlib::rect_detection> found;
    {
        std::lock_guard lock(detectors_->hog_mutex);
        detectors_->hog(image, found, /*adjust_threshold=*/-0.2);
    }
    std::vector<Face> faces;
    for (const auto& hit : found) {
        const cv::Rect rect(static_cast<int>(hit.rect.left()), static_cast<int>(hit.rect.top()),
                            static_cast<int>(hit.rect.width()),
                            static_cast<int>(hit.rect.height()));
        faces.push_back(Face{ScaleBox(rect, scale, gray.size()),
                             Logistic(2.0 * hit.detection_confidence + 1.0),
                             FaceDetectorKind::kFrontalHog});
    }
    return faces;
}

std::vector<Face> FaceDetector::DetectCascades(const cv::Mat& gray, double hog_min_face) const {
    std::vector<Face> faces;
    // Frontal faces between min_face_px and a little over what HOG reaches.
    const double upper = hog_min_face * 1.2;
    if (upper <= options_.min_face_px) return faces;
    const double scale = std::min(1.0, kCascadeWindow / options_.min_face_px);
    cv::Mat scaled;
    cv::resize(gray, scaled, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::equalizeHist(scaled, scaled);
    const int min_side = static_cast<int>(kCascadeWindow);
    const int max_side = std::max(min_side + 1, static_cast<int>(upper * scale));
    std::vector<cv::Rect> rects;
    std::vector<int> votes;
    std::lock_guard lock(detectors_->cascade_mutex);
    detectors_->frontal.detectMultiScale(scaled, rects, votes, 1.1, 4, 0,
                                         cv::Size(min_side, min_side),
                                         cv::Size(max_side, max_side));
    for (std::size_t k = 0; k < rects.size(); ++k) {
        const double confidence = 0.45 + 0.4 * std::min(1.0, (votes[k] - 3) / 12.0);
        faces.push_back(Face{ScaleBox(rects[k], scale, gray.size()), confidence,
                             FaceDetectorKind::kFrontalCascade});
    }
    if (!options_.profiles) return faces;
    // Profiles at twice the smallest frontal size: the profile cascade on both mirror images at
    // the frontal scale doubled the face stage's time (measured on 12 MP: 0.8 s -> 1.6 s). Its
    // pyramid steps by 1.2, not 1.1: half the levels, 225 -> ~110 ms CPU on 12 MP.
    const double profile_scale = scale / 2;
    cv::Mat profile_image;
    cv::resize(scaled, profile_image, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    cv::Mat flipped;
    cv::flip(profile_image, flipped, 1);
    for (const cv::Mat* side : {&profile_image, &flipped}) {
        rects.clear();
        votes.clear();
        detectors_->profile.detectMultiScale(*side, rects, votes, 1.2, 5, 0,
                                             cv::Size(min_side, min_side));
        for (std::size_t k = 0; k < rects.size(); ++k) {
            cv::Rect rect = rects[k];
            if (side == &flipped) rect.x = flipped.cols - rect.x - rect.width;
            const double confidence = 0.4 + 0.4 * std::min(1.0, (votes[k] - 4) / 12.0);
            faces.push_back(Face{ScaleBox(rect, profile_scale, gray.size()), confidence,
                                 FaceDetectorKind::kProfileCascade});
        }
    }
    return faces;
}

}  // namespace steward::media
