// `steward media inspect` and `steward media redact` on a video the test makes itself (two copies
// of the astronaut's face walking across, with a phone's location atom), run as a person runs
// them: the built executable, its JSON on stdout and its exit code. Needs the steward target.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "media/container.hpp"
#include "media/test_images.hpp"
#include "media/test_videos.hpp"

namespace steward::media::testing {
namespace {

namespace json = boost::json;

const std::string kSteward = std::string(STEWARD_BINARY_DIR) + "/src/cli/steward";

struct CliRun {
    int exit_code = -1;
    std::string output;  // stdout and stderr
};

CliRun Steward(const std::string& args) {
    CliRun run;
    std::FILE* pipe = popen((kSteward + " " + args + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return run;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    return run;
}

void WriteFile(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

class MediaCliTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        video_ = new TestVideo(TwoPeopleVideo(cv::Size(480, 272), 3, 10));
    }
    static void TearDownTestSuite() { delete video_; }

    void SetUp() override {
        ASSERT_TRUE(std::filesystem::exists(kSteward)) << "build the steward target first";
        ASSERT_FALSE(video_->mp4.empty()) << "no MP4 writer in OpenCV's ffmpeg backend";
        dir_ = ::testing::TempDir() + "media_cli_test_" + std::to_string(getpid()) + "/";
        std::filesystem::create_directories(dir_);
        input_ = dir_ + "walkers.bin";  // judged by content, not by name
        WriteFile(input_, WithLocationAtom(video_->mp4));
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    static cv::Rect Rect(const Box& b) { return cv::Rect(b.x, b.y, b.width, b.height); }

    static TestVideo* video_;
    std::string dir_;
    std::string input_;
};
TestVideo* MediaCliTest::video_ = nullptr;

TEST_F(MediaCliTest, InspectPrintsFacesWithTrackAndTimeAndTheTracks) {
    const CliRun run = Steward("media inspect " + input_);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const json::object out = json::parse(run.output).as_object();
    EXPECT_EQ(out.at("format").as_string(), "mp4");
    EXPECT_EQ(out.at("frames_sampled").as_int64(), 3);
    EXPECT_TRUE(out.at("metadata").at("gps_position").as_bool());
    ASSERT_FALSE(out.at("faces").as_array().empty());
    for (const auto& face : out.at("faces").as_array()) {
        EXPECT_TRUE(face.as_object().contains("track"));
        EXPECT_TRUE(face.as_object().contains("time_seconds"));
    }
    const auto& tracks = out.at("tracks").as_array();
    ASSERT_EQ(tracks.size(), 2u) << run.output;  // two people, each one track
    for (const auto& track : tracks) {
        EXPECT_EQ(track.at("samples").as_int64(), 3);
        EXPECT_NEAR(track.at("first_seconds").to_number<double>(), 0.0, 0.01);
        EXPECT_NEAR(track.at("last_seconds").to_number<double>(), 2.0, 0.01);
    }
}

// Req: PST-09
TEST_F(MediaCliTest, RedactBlursEveryTrackedFaceAndWritesAnMp4WithoutMetadata) {
    const std::string out = dir_ + "clean.mp4";
    const CliRun run = Steward("media redact " + input_ + " --out " + out);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const json::object summary = json::parse(run.output).as_object();
    EXPECT_EQ(summary.at("format").as_string(), "mp4");
    EXPECT_EQ(summary.at("blurred_tracks").as_int64(), 2);
    const std::vector<std::uint8_t> bytes = ReadFileBytes(out);
    auto container = ReadContainer(bytes, MediaLimits{});
    ASSERT_TRUE(container) << container.error().message;
    EXPECT_FALSE(container->location);
    const std::string text(bytes.begin(), bytes.end());
    EXPECT_EQ(text.find("+51.5072"), std::string::npos);
    EXPECT_EQ(text.find("udta"), std::string::npos);
    const std::vector<cv::Mat> frames = DecodeVideoFrames(bytes);
    ASSERT_EQ(frames.size(), video_->frames.size());
    for (std::size_t index : {0u, 14u, 29u}) {
        for (const Box& face : video_->faces[index]) {
            EXPECT_GT(MeanDifference(video_->frames[index], frames[index], Rect(face)), 12.0)
                << "frame " << index;
        }
        const cv::Rect floor(0, 250, 480, 22);  // the plain background below both people
        EXPECT_LT(MeanDifference(video_->frames[index], frames[index], floor), 6.0);
    }
}

TEST_F(MediaCliTest, RedactBlursGivenBoxesInEveryFrameAndRefusesAPhotoName) {
    const std::string out = dir_ + "boxes.mp4";
    const CliRun run = Steward("media redact " + input_ + " --out " + out + " --blur 0,0,240,272");
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const std::vector<cv::Mat> frames = DecodeVideoFrames(ReadFileBytes(out));
    ASSERT_EQ(frames.size(), video_->frames.size());
    for (std::size_t index : {0u, 29u}) {
        const auto& faces = video_->faces[index];
        EXPECT_GT(MeanDifference(video_->frames[index], frames[index], Rect(faces[0])), 12.0);
        EXPECT_LT(MeanDifference(video_->frames[index], frames[index], Rect(faces[1])), 8.0);
    }
    const CliRun photo_name = Steward("media redact " + input_ + " --out " + dir_ + "clean.jpg");
    EXPECT_EQ(photo_name.exit_code, 1) << photo_name.output;
    EXPECT_NE(photo_name.output.find(".mp4"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir_ + "clean.jpg"));

    std::vector<std::uint8_t> cut = video_->mp4;
    cut.resize(cut.size() / 2);
    WriteFile(dir_ + "cut.mp4", cut);
    const CliRun truncated = Steward("media inspect " + dir_ + "cut.mp4");
    EXPECT_EQ(truncated.exit_code, 1) << truncated.output;
    EXPECT_NE(truncated.output.find("truncated"), std::string::npos) << truncated.output;
}

}  // namespace
}  // namespace steward::media::testing
