// The publishable copy of a video the test makes itself (the astronaut panning across 3 seconds,
// with a QuickTime location atom appended): faces tracked by Inspect are obscured in every frame,
// the rest of the picture is kept, and the MP4 is re-encoded without the location.
#include "media/video_redaction.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "media/media_engine.hpp"
#include "media/test_images.hpp"
#include "media/video_sampler.hpp"

namespace steward::media {
namespace {

constexpr int kFrames = 30;
constexpr double kFps = 10;

cv::Mat Frame(const cv::Mat& photo, int index) {
    cv::Mat canvas(512, 640, CV_8UC3, cv::Scalar(120, 120, 120));
    photo.copyTo(canvas(cv::Rect(index * 2, 0, 512, 512)));  // a slow pan to the right
    return canvas;
}

void PutBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
    for (int shift : {24, 16, 8, 0}) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

// The panning astronaut as an MP4, with a top-level udta box holding a ©xyz position (what a
// phone writes) appended.
std::vector<std::uint8_t> PanningVideoWithLocation() {
    const std::string path = ::testing::TempDir() + "video_redaction_test.mp4";
    {
        cv::VideoWriter writer(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('m', 'p', '4', 'v'),
                               kFps, cv::Size(640, 512));
        EXPECT_TRUE(writer.isOpened()) << "no MP4 writer in OpenCV's ffmpeg backend";
        const cv::Mat photo = testing::AstronautPhoto();
        for (int frame = 0; frame < kFrames; ++frame) writer.write(Frame(photo, frame));
    }
    std::vector<std::uint8_t> video = testing::ReadFileBytes(path);
    std::remove(path.c_str());
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

std::vector<cv::Mat> DecodeFrames(const std::vector<std::uint8_t>& video) {
    TempFile file(video);
    cv::VideoCapture capture(file.path(), cv::CAP_FFMPEG);
    std::vector<cv::Mat> frames;
    cv::Mat frame;
    while (capture.read(frame) && !frame.empty()) frames.push_back(frame.clone());
    return frames;
}

double MeanDifference(const cv::Mat& a, const cv::Mat& b, const cv::Rect& where) {
    cv::Mat difference;
    cv::absdiff(a(where), b(where), difference);
    const cv::Scalar mean = cv::mean(difference);
    return (mean[0] + mean[1] + mean[2]) / 3;
}

TEST(VideoRedactionTest, BoxesCoverBothNeighbouringSamplesAndAreHeldASecond) {
    const std::vector<Face> hide = {Face{Box{0, 0, 10, 10}, 1, {}, 0.0, 4},
                                    Face{Box{20, 0, 10, 10}, 1, {}, 1.0, 4}};
    const auto between = BoxesAt(hide, 0.5);
    ASSERT_EQ(between.size(), 1u);
    EXPECT_EQ(between[0].x, 0);
    EXPECT_EQ(between[0].width, 30);
    const auto held = BoxesAt(hide, 1.9);
    ASSERT_EQ(held.size(), 1u);
    EXPECT_EQ(held[0].x, 20);
    EXPECT_EQ(held[0].width, 28) << "the box moves on at the track's speed (20 px/s) after 1 s";
    const auto early = BoxesAt(hide, -0.5);  // before the first sample, moving back
    ASSERT_EQ(early.size(), 1u);
    EXPECT_EQ(early[0].x, -10);
    EXPECT_TRUE(BoxesAt(hide, 2.5).empty());
}

// Req: PST-09
TEST(VideoRedactionTest, TrackedFacesAreObscuredInEveryFrameAndTheLocationIsGone) {
    auto engine = MediaEngine::Create(MediaConfig{});
    ASSERT_TRUE(engine) << engine.error().message;
    const std::vector<std::uint8_t> source = PanningVideoWithLocation();
    auto inspected = (*engine)->Inspect(source);
    ASSERT_TRUE(inspected) << inspected.error().message;
    ASSERT_TRUE(inspected->metadata.gps_position) << "the test's location atom was not seen";
    std::vector<Face> hide;
    for (const Face& face : inspected->faces) {
        if (face.detector == FaceDetectorKind::kFrontalHog) hide.push_back(face);
    }
    ASSERT_GE(hide.size(), 3u) << "the astronaut's face in each of the three samples";

    auto redacted = (*engine)->RedactVideo(source, hide);
    ASSERT_TRUE(redacted) << redacted.error().message;
    EXPECT_EQ(redacted->format, MediaFormat::kMp4);
    EXPECT_FALSE(VideoHasLocation(redacted->bytes));
    const std::string_view text(reinterpret_cast<const char*>(redacted->bytes.data()),
                                redacted->bytes.size());
    EXPECT_EQ(text.find("+51.5072"), std::string_view::npos);
    auto again = (*engine)->Inspect(redacted->bytes);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_FALSE(again->metadata.gps_position);
    for (const Face& face : again->faces) {
        EXPECT_NE(face.detector, FaceDetectorKind::kFrontalHog)
            << "a frontal face survived at " << face.time_seconds << " s";
    }

    const std::vector<cv::Mat> after = DecodeFrames(redacted->bytes);
    ASSERT_EQ(static_cast<int>(after.size()), kFrames);
    const cv::Mat photo = testing::AstronautPhoto();
    const Box face = hide.front().box;  // at 0 s; the pan moves it 2 px a frame
    for (int index : {0, 5, 14, 15, 25, 29}) {
        const cv::Mat before = Frame(photo, index);
        const cv::Rect moved(face.x + index * 2, face.y, face.width, face.height);
        EXPECT_GT(MeanDifference(before, after[index], moved & cv::Rect(0, 0, 640, 512)), 12.0)
            << "frame " << index;
        // The astronaut's suit, far below the face, is kept (lossy codec aside).
        const cv::Rect suit(index * 2 + 40, 440, 120, 60);
        EXPECT_LT(MeanDifference(before, after[index], suit), 8.0) << "frame " << index;
    }
    auto photo_bytes = testing::Encode(photo, ".jpg");
    EXPECT_FALSE((*engine)->RedactVideo(photo_bytes, hide));
}

}  // namespace
}  // namespace steward::media
