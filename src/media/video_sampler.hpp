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

// The last place a track was seen: its box and the sample (0, 1, 2 ... one a second).
struct TrackEnd {
    int track = 0;
    Box box;
    int sample = 0;
};

// Gives each face of `current` (found in sample `sample`) the track of the best match in `active`
// (IoU over 0.3, else the same size with centres less than a face width apart; each track used
// once), or a new track from `next_track`. A track stays in `active` one sample after its face
// was last seen, so a missed detection does not split a person in two.
void LinkTracks(std::vector<TrackEnd>& active, std::vector<Face>& current, int sample,
                int& next_track);

// Decodes `bytes` (an accepted MP4/MOV container) from a private temporary file, samples a frame
// per second and detects faces. Returns kInvalidInput if the video cannot be decoded, is longer
// than `limits` allow (with a second's grace over the header's length) or has larger frames.
// May throw cv::Exception (caller catches).
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
