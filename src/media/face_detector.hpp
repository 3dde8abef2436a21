// Finds faces with two real detectors shipped by Debian: dlib's HOG frontal face detector (no
// model download) on a downscaled copy for the large faces, and OpenCV's Haar cascades
// (opencv-data) at the scale that reaches `min_face_px` for the small faces of a class photo and
// for profiles. Boxes are merged with non-maximum suppression. Internal to media.
#pragma once

#include <memory>
#include <mutex>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "media/media_types.hpp"

namespace steward::media {

struct FaceDetectorOptions {
    std::string cascade_dir = "/usr/share/opencv4/haarcascades";
    int min_face_px = 40;     // smallest face side, in pixels of the original image
    // HOG runs on a copy whose longer side is at most this; faces below 80 px on that copy are
    // left to the frontal cascade, which covers them at no extra cost (bench/media_bench: 1600
    // -> 1000 cut the face stage by 90 ms CPU on 12 MP, same faces found, no false ones).
    int hog_max_side = 1000;
    bool profiles = true;     // also run the profile cascade (both directions)
};

class FaceDetector {
  public:
    // Loads the dlib detector and the cascades. Returns kUnavailable if a cascade file is missing
    // (install opencv-data).
    static core::Result<std::unique_ptr<FaceDetector>> Create(FaceDetectorOptions options);
    ~FaceDetector();

    // Returns the faces in `bgr`, highest confidence first. Thread-safe (detectors are used under
    // a mutex each); may throw cv::Exception or dlib errors, which MediaEngine catches.
    std::vector<Face> Detect(const cv::Mat& bgr) const;

  private:
    struct Detectors;
    explicit FaceDetector(FaceDetectorOptions options, std::unique_ptr<Detectors> detectors);
    double HogScale(const cv::Size& size) const;
    std::vector<Face> DetectHog(const cv::Mat& gray, double scale) const;
    std::vector<Face> DetectCascades(const cv::Mat& gray, double hog_min_face) const;

    FaceDetectorOptions options_;
    std::unique_ptr<Detectors> detectors_;
};

// Keeps the most confident of overlapping boxes (IoU over 0.3, or one mostly inside another).
std::vector<Face> SuppressOverlaps(std::vector<Face> faces);

}  // namespace steward::media
