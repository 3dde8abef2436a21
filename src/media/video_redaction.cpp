#include "media/video_redaction.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <opencv2/videoio.hpp>

#include "media/redaction.hpp"
#include "media/video_sampler.hpp"

namespace steward::media {
namespace {

// Samples are a second apart: a face may be on screen up to a second before its first sample
// and after its last.
constexpr double kHoldSeconds = 1.0;

core::Error Undecodable() {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The video could not be decoded; export it again as MP4 (H.264)."};
}

Box Cover(const Box& a, const Box& b) {
    if (a.width == 0 || a.height == 0) return b;
    const int x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const int x1 = std::max(a.x + a.width, b.x + b.width);
    const int y1 = std::max(a.y + a.height, b.y + b.height);
    return Box{x0, y0, x1 - x0, y1 - y0};
}

// Where the box of the track through samples `a` then `b` is at `time_seconds`, moving as it
// moved between them.
Box Moved(const Face& a, const Face& b, double time_seconds) {
    const double span = b.time_seconds - a.time_seconds;
    if (span <= 0) return b.box;
    const Face& from = time_seconds < a.time_seconds ? a : b;
    const double k = (time_seconds - from.time_seconds) / span;
    return Box{from.box.x + static_cast<int>(std::lround((b.box.x - a.box.x) * k)),
               from.box.y + static_cast<int>(std::lround((b.box.y - a.box.y) * k)),
               from.box.width, from.box.height};
}

// A private, empty output path ending ".mp4" (the ffmpeg backend picks the container by it).
class OutputFile {
  public:
    OutputFile() {
        std::string pattern = "/tmp/steward-redacted-XXXXXX.mp4";
        const int fd = mkstemps(pattern.data(), 4);
        if (fd < 0) return;
        close(fd);
        path_ = pattern;
    }
    ~OutputFile() {
        if (!path_.empty()) unlink(path_.c_str());
    }
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

// Opens an H.264 writer, or MPEG-4 part 2 when ffmpeg was built without x264.
bool OpenWriter(cv::VideoWriter& writer, const std::string& path, double fps, cv::Size size) {
    for (int fourcc : {cv::VideoWriter::fourcc('a', 'v', 'c', '1'),
                       cv::VideoWriter::fourcc('m', 'p', '4', 'v')}) {
        if (writer.open(path, cv::CAP_FFMPEG, fourcc, fps, size)) return true;
    }
    return false;
}

}  // namespace

std::vector<Box> BoxesAt(std::span<const Face> hide, double time_seconds) {
    std::map<int, std::vector<const Face*>> tracks;
    for (const Face& face : hide) tracks[face.track].push_back(&face);
    std::vector<Box> boxes;
    for (auto& [track, faces] : tracks) {
        std::sort(faces.begin(), faces.end(),
                  [](const Face* a, const Face* b) { return a->time_seconds < b->time_seconds; });
        Box box;
        for (std::size_t k = 0; k < faces.size(); ++k) {
            const Face& at = *faces[k];
            const bool next_later =
                k + 1 < faces.size() && faces[k + 1]->time_seconds >= time_seconds;
            if (std::abs(at.time_seconds - time_seconds) <= kHoldSeconds ||
                (at.time_seconds <= time_seconds && next_later)) {
                box = Cover(box, at.box);
            }
        }
        // Before the first sample and after the last, the person keeps moving: cover where the
        // track's speed (from its two nearest samples) takes the box too.
        if (box.width > 0 && faces.size() >= 2) {
            const bool before = time_seconds < faces.front()->time_seconds;
            const bool after = time_seconds > faces.back()->time_seconds;
            if (before || after) {
                const Face& a = before ? *faces[0] : *faces[faces.size() - 2];
                const Face& b = before ? *faces[1] : *faces.back();
                box = Cover(box, Moved(a, b, time_seconds));
            }
        }
        if (box.width > 0) boxes.push_back(box);
    }
    return boxes;
}

core::Result<EncodedVideo> RedactVideoFrames(Bytes bytes, std::span<const Face> hide,
                                             std::span<const Box> everywhere,
                                             const MediaLimits& limits) {
    TempFile input(bytes);
    OutputFile output;
    if (!input.ok() || output.path().empty()) {
        return core::Error{core::ErrorCode::kUnavailable, "The video could not be staged."};
    }
    cv::VideoCapture capture(input.path(), cv::CAP_FFMPEG);
    if (!capture.isOpened()) return Undecodable();
    const double fps = capture.get(cv::CAP_PROP_FPS);
    const double frames = capture.get(cv::CAP_PROP_FRAME_COUNT);
    if (!(fps > 0) || !(frames > 0)) return Undecodable();
    if (frames / fps > limits.max_video_seconds + 1) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The video is longer than 3 minutes; trim it before uploading."};
    }
    cv::VideoWriter writer;
    EncodedVideo out;
    cv::Mat frame;
    for (int index = 0; capture.read(frame) && !frame.empty(); ++index) {
        if (std::uint64_t(frame.cols) * std::uint64_t(frame.rows) > limits.max_video_pixels) {
            return Undecodable();
        }
        if (!writer.isOpened()) {
            if (!OpenWriter(writer, output.path(), fps, frame.size())) {
                return core::Error{core::ErrorCode::kUnavailable,
                                   "No MP4 encoder is available; install Debian's "
                                   "libavcodec59 with libx264."};
            }
            out.width = frame.cols;
            out.height = frame.rows;
        }
        if (frame.size() != cv::Size(out.width, out.height)) return Undecodable();
        std::vector<Box> boxes = BoxesAt(hide, index / fps);
        boxes.insert(boxes.end(), everywhere.begin(), everywhere.end());
        ObscureBoxes(frame, boxes);
        writer.write(frame);
        ++out.frames;
    }
    if (out.frames == 0) return Undecodable();
    writer.release();
    std::ifstream file(output.path(), std::ios::binary);
    out.bytes.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    if (out.bytes.empty()) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "The cleaned video could not be written."};
    }
    ScrubMovieMetadata(out.bytes);  // the muxer's own tags (encoder name) and dates
    return out;
}

}  // namespace steward::media
