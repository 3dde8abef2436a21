// Short videos (MP4/MOV): samples one frame per second through OpenCV's ffmpeg backend, finds
// the faces in each sample and links them across samples into tracks, so staff tag a person once
// per video. Internal to media; MediaEngine::Inspect() is the public door.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "media/container.hpp"
#include "media/face_detector.hpp"

namespace steward::media {

struct VideoScan {
    int width = 0;
    int height = 0;
    double duration_seconds = 0;
    int frames_sampled = 0;
    std::vector<Face> faces;  // every sampled face, with time_seconds and track
};

// Longest video accepted, in seconds; longer ones are refused (kInvalidInput).
inline constexpr double kMaxVideoSeconds = 180;

// Decodes `bytes` (an accepted MP4/MOV container) from a private temporary file, samples a frame
// per second and detects faces. Returns kInvalidInput if the video cannot be decoded, is longer
// than kMaxVideoSeconds or has frames over `limits`. May throw cv::Exception (caller catches).
core::Result<VideoScan> ScanVideo(Bytes bytes, const FaceDetector& faces,
                                  const MediaLimits& limits);

// A private temporary copy of `bytes`, removed on destruction: OpenCV 4.6 reads video only from
// a path.
class TempFile {
  public:
    explicit TempFile(Bytes bytes);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    bool ok() const { return ok_; }
    const std::string& path() const { return path_; }

  private:
    std::string path_;
    bool ok_ = false;
};

// True if the container's bytes hold a QuickTime/MP4 location atom (©xyz or the ISO 6709 key).
bool VideoHasLocation(Bytes bytes);

}  // namespace steward::media
