#include "media/test_videos.hpp"

#include <unistd.h>

#include <cstdio>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "media/test_images.hpp"

namespace steward::media::testing {
namespace {

void PutBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
    for (int shift : {24, 16, 8, 0}) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

std::string TempPath(const std::string& suffix) {
    static int counter = 0;
    return "/tmp/steward-test-video-" + std::to_string(getpid()) + "-" + std::to_string(++counter) +
           suffix;
}

}  // namespace

TestVideo TwoPeopleVideo(cv::Size size, int seconds, double fps, int face_px) {
    TestVideo video;
    video.fps = fps;
    const cv::Mat photo = AstronautPhoto();
    const Box face = AstronautFace();
    const cv::Rect crop(face.x - 30, face.y - 40, face.width + 60, face.height + 80);
    const double scale = double(face_px) / face.width;
    cv::Mat person;
    cv::resize(photo(crop), person, cv::Size(), scale, scale, cv::INTER_AREA);
    const int frames = static_cast<int>(seconds * fps);
    const int top = (size.height - person.rows) / 2;
    const int face_dx = static_cast<int>(30 * scale), face_dy = static_cast<int>(40 * scale);
    const std::string path = TempPath(".mp4");
    cv::VideoWriter writer(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('m', 'p', '4', 'v'), fps,
                           size);
    for (int index = 0; index < frames; ++index) {
        cv::Mat canvas(size, CV_8UC3, cv::Scalar(150, 130, 110));
        const double t = index / fps;
        const int x0 = 10 + static_cast<int>(40 * t);
        const int x1 = size.width - person.cols - 10 - static_cast<int>(20 * t);
        person.copyTo(canvas(cv::Rect(x0, top, person.cols, person.rows)));
        person.copyTo(canvas(cv::Rect(x1, top, person.cols, person.rows)));
        video.faces.push_back({Box{x0 + face_dx, top + face_dy, face_px, face_px},
                               Box{x1 + face_dx, top + face_dy, face_px, face_px}});
        if (writer.isOpened()) writer.write(canvas);
        video.frames.push_back(std::move(canvas));
    }
    if (!writer.isOpened()) return video;
    writer.release();
    video.mp4 = ReadFileBytes(path);
    std::remove(path.c_str());
    return video;
}

std::vector<std::uint8_t> WithLocationAtom(std::vector<std::uint8_t> video) {
    const std::string position = "+51.5072-000.1276/";
    std::vector<std::uint8_t> xyz;
    PutBigEndian(xyz, static_cast<std::uint32_t>(12 + position.size()));
    for (unsigned char c : std::string("\xA9xyz")) xyz.push_back(c);
    PutBigEndian(xyz, static_cast<std::uint32_t>(position.size()) << 16);  // length, language
    xyz.insert(xyz.end(), position.begin(), position.end());
    PutBigEndian(video, static_cast<std::uint32_t>(8 + xyz.size()));
    for (char c : std::string("udta")) video.push_back(static_cast<std::uint8_t>(c));
    video.insert(video.end(), xyz.begin(), xyz.end());
    return video;
}

std::vector<cv::Mat> DecodeVideoFrames(const std::vector<std::uint8_t>& video) {
    const std::string path = TempPath(".mp4");
    {
        std::FILE* file = std::fopen(path.c_str(), "wb");
        if (file == nullptr) return {};
        std::fwrite(video.data(), 1, video.size(), file);
        std::fclose(file);
    }
    std::vector<cv::Mat> frames;
    {
        cv::VideoCapture capture(path, cv::CAP_FFMPEG);
        cv::Mat frame;
        while (capture.read(frame) && !frame.empty()) frames.push_back(frame.clone());
    }
    std::remove(path.c_str());
    return frames;
}

double MeanDifference(const cv::Mat& a, const cv::Mat& b, cv::Rect where) {
    where &= cv::Rect(0, 0, std::min(a.cols, b.cols), std::min(a.rows, b.rows));
    if (where.empty()) return 0;
    cv::Mat difference;
    cv::absdiff(a(where), b(where), difference);
    const cv::Scalar mean = cv::mean(difference);
    return (mean[0] + mean[1] + mean[2]) / 3;
}

}  // namespace steward::media::testing
