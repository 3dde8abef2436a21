#include "media/video_sampler.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <opencv2/videoio.hpp>
#include <string>
#include <string_view>

namespace steward::media {
namespace {

core::Error Undecodable() {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The video could not be decoded; export it again as MP4 (H.264)."};
}

double Overlap(const Box& a, const Box& b) {
    const int x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
    const int x1 = std::min(a.x + a.width, b.x + b.width);
    const int y1 = std::min(a.y + a.height, b.y + b.height);
    if (x1 <= x0 || y1 <= y0) return 0;
    const double inter = double(x1 - x0) * (y1 - y0);
    return inter / (double(a.width) * a.height + double(b.width) * b.height - inter);
}

// Gives each face of `current` the track of the best-overlapping face of `previous` (IoU over
// 0.3, each previous face used once), or a new track.
void LinkTracks(const std::vector<Face>& previous, std::vector<Face>& current, int& next_track) {
    std::vector<bool> used(previous.size(), false);
    for (Face& face : current) {
        double best = 0.3;
        std::size_t match = previous.size();
        for (std::size_t k = 0; k < previous.size(); ++k) {
            const double overlap = Overlap(face.box, previous[k].box);
            if (!used[k] && overlap > best) {
                best = overlap;
                match = k;
            }
        }
        if (match < previous.size()) {
            used[match] = true;
            face.track = previous[match].track;
        } else {
            face.track = next_track++;
        }
    }
}

}  // namespace

TempFile::TempFile(Bytes bytes) {
    std::string pattern = "/tmp/steward-media-XXXXXX";
    const int fd = mkstemp(pattern.data());
    if (fd < 0) return;
    path_ = pattern;
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    close(fd);
    ok_ = written == bytes.size();
}

TempFile::~TempFile() {
    if (!path_.empty()) unlink(path_.c_str());
}

bool VideoHasLocation(Bytes bytes) {
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return text.find("\xA9xyz") != std::string_view::npos ||
           text.find("com.apple.quicktime.location.ISO6709") != std::string_view::npos;
}

core::Result<VideoScan> ScanVideo(Bytes bytes, const FaceDetector& faces,
                                  const MediaLimits& limits) {
    TempFile file(bytes);
    if (!file.ok()) {
        return core::Error{core::ErrorCode::kUnavailable, "The video could not be staged."};
    }
    cv::VideoCapture capture(file.path(), cv::CAP_FFMPEG);
    if (!capture.isOpened()) return Undecodable();
    VideoScan scan;
    const double fps = capture.get(cv::CAP_PROP_FPS);
    const double frames = capture.get(cv::CAP_PROP_FRAME_COUNT);
    if (!(fps > 0) || !(frames > 0)) return Undecodable();
    scan.duration_seconds = frames / fps;
    if (scan.duration_seconds > kMaxVideoSeconds) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The video is longer than 3 minutes; trim it before uploading."};
    }
    std::vector<Face> previous;
    int next_track = 0;
    const auto step = std::max(1, static_cast<int>(std::lround(fps)));  // one sample a second
    cv::Mat frame;
    for (int index = 0; index < static_cast<int>(frames); ++index) {
        if (!capture.grab()) break;
        if (index % step != 0) continue;
        if (!capture.retrieve(frame) || frame.empty()) break;
        if (std::uint64_t(frame.cols) * std::uint64_t(frame.rows) > limits.max_pixels) {
            return Undecodable();
        }
        scan.width = frame.cols;
        scan.height = frame.rows;
        std::vector<Face> found = faces.Detect(frame);
        for (Face& face : found) face.time_seconds = index / fps;
        LinkTracks(previous, found, next_track);
        scan.faces.insert(scan.faces.end(), found.begin(), found.end());
        previous = std::move(found);
        ++scan.frames_sampled;
    }
    if (scan.frames_sampled == 0) return Undecodable();
    return scan;
}

}  // namespace steward::media
