#include "media/video_sampler.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
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

core::Error TooLong() {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The video is longer than its header says or than 3 minutes; trim it "
                       "before uploading."};
}

double Overlap(const Box& a, const Box& b) {
    const int x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
    const int x1 = std::min(a.x + a.width, b.x + b.width);
    const int y1 = std::min(a.y + a.height, b.y + b.height);
    if (x1 <= x0 || y1 <= y0) return 0;
    const double inter = double(x1 - x0) * (y1 - y0);
    return inter / (double(a.width) * a.height + double(b.width) * b.height - inter);
}

bool Near(const Box& a, const Box& b) {
    // Faces a second apart may have moved further than they overlap: the same size (within
    // 1.5x) and centres less than a face width apart count too.
    const double side_a = std::max(a.width, a.height), side_b = std::max(b.width, b.height);
    if (side_a <= 0 || side_b <= 0 || std::max(side_a, side_b) > 1.5 * std::min(side_a, side_b)) {
        return false;
    }
    const double dx = (a.x + a.width / 2.0) - (b.x + b.width / 2.0);
    const double dy = (a.y + a.height / 2.0) - (b.y + b.height / 2.0);
    return std::hypot(dx, dy) < std::max(side_a, side_b);
}

}  // namespace

void LinkTracks(std::vector<TrackEnd>& active, std::vector<Face>& current, int sample,
                int& next_track) {
    std::vector<bool> used(active.size(), false);
    for (Face& face : current) {
        double best = 0;
        std::size_t match = active.size();
        for (std::size_t k = 0; k < active.size(); ++k) {
            if (used[k]) continue;
            const double overlap = Overlap(face.box, active[k].box);
            // Overlap wins; a near face scores just above the IoU threshold of 0.3.
            const double score = overlap > 0.3 ? overlap : Near(face.box, active[k].box) ? 0.31 : 0;
            if (score > best) {
                best = score;
                match = k;
            }
        }
        if (match < active.size()) {
            used[match] = true;
            face.track = active[match].track;
        } else {
            face.track = next_track++;
        }
    }
    // Keep a track alive across one sample its face was missed in (a blink, a turned head).
    std::vector<TrackEnd> kept;
    for (std::size_t k = 0; k < active.size(); ++k) {
        if (!used[k] && sample - active[k].sample <= 1) kept.push_back(active[k]);
    }
    for (const Face& face : current) kept.push_back(TrackEnd{face.track, face.box, sample});
    active = std::move(kept);
}


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
    if (scan.duration_seconds > limits.max_video_seconds + 1) return TooLong();
    std::vector<TrackEnd> active;
    int next_track = 0;
    const auto step = std::max(1, static_cast<int>(std::lround(fps)));  // one sample a second
    cv::Mat frame;
    for (int index = 0; index < static_cast<int>(frames); ++index) {
        if (!capture.grab()) break;
        if (index % step != 0) continue;
        if (!capture.retrieve(frame) || frame.empty()) break;
        if (std::uint64_t(frame.cols) * std::uint64_t(frame.rows) > limits.max_video_pixels) {
            return Undecodable();
        }
        scan.width = frame.cols;
        scan.height = frame.rows;
        std::vector<Face> found = faces.Detect(frame);
        for (Face& face : found) face.time_seconds = index / fps;
        LinkTracks(active, found, scan.frames_sampled, next_track);
        scan.faces.insert(scan.faces.end(), found.begin(), found.end());
        ++scan.frames_sampled;
    }
    if (scan.frames_sampled == 0) return Undecodable();
    return scan;
}

}  // namespace steward::media
