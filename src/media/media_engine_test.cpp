#include "media/media_engine.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include "media/container.hpp"
#include "media/redaction.hpp"
#include "media/test_images.hpp"

namespace steward::media {
namespace {

// Finds one fixed full name, standing in for the screening engine's names finder.
class FixedNameScreener : public TextScreener {
  public:
    explicit FixedNameScreener(std::string name) : name_(std::move(name)) {}
    std::vector<ScreenedSpan> Screen(std::string_view text) const override {
        std::vector<ScreenedSpan> spans;
        const auto at = text.find(name_);
        if (at != std::string_view::npos) {
            spans.push_back(ScreenedSpan{at, at + name_.size(), "name", "name/full", 1.0});
        }
        return spans;
    }

  private:
    std::string name_;
};

double Overlap(const Box& a, const Box& b) {
    const int x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
    const int x1 = std::min(a.x + a.width, b.x + b.width);
    const int y1 = std::min(a.y + a.height, b.y + b.height);
    if (x1 <= x0 || y1 <= y0) return 0;
    const double inter = double(x1 - x0) * (y1 - y0);
    return inter / (double(a.width) * a.height + double(b.width) * b.height - inter);
}

// Returns a span over "Amara Okafor" and one past the end of the line (a screener bug).
class SpanScreener : public TextScreener {
  public:
    std::vector<ScreenedSpan> Screen(std::string_view text) const override {
        return {ScreenedSpan{11, 23, "name", "name/full", 1.0},
                ScreenedSpan{20, text.size() + 5, "name", "name/full", 1.0}};
    }
};

TEST(PlaceFindingsTest, BoxIsUnionOfTouchedWordsAndSpansOutsideTheLineAreDropped) {
    TextLine line;
    line.text = "Awarded to Amara Okafor";
    line.box = Box{0, 0, 500, 40};
    line.words = {OcrWord{Box{0, 0, 150, 40}, 0, 7}, OcrWord{Box{160, 0, 40, 40}, 8, 10},
                  OcrWord{Box{210, 2, 120, 38}, 11, 16}, OcrWord{Box{340, 0, 150, 40}, 17, 23}};
    const auto findings = PlaceFindings({line}, SpanScreener());
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].box, (Box{210, 0, 280, 40}));
    EXPECT_EQ(findings[0].category, "name");
}

class MediaEngineTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto engine = MediaEngine::Create(MediaConfig{});
        ASSERT_TRUE(engine) << engine.error().message;
        engine_ = std::move(*engine).release();
    }
    static void TearDownTestSuite() { delete engine_; }
    static MediaEngine* engine_;
};
MediaEngine* MediaEngineTest::engine_ = nullptr;

// Req: PST-12
TEST_F(MediaEngineTest, FindsEveryFaceOfComposedGroupPhoto) {
    std::vector<Box> placed;
    const cv::Mat group =
        testing::ComposeGroupPhoto(cv::Size(960, 560), {150, 110, 90, 70, 56, 48}, &placed);
    ASSERT_EQ(placed.size(), 6u);
    auto result = engine_->Inspect(testing::Encode(group, ".jpg"));
    ASSERT_TRUE(result) << result.error().message;
    for (const Box& want : placed) {
        const bool found =
            std::any_of(result->faces.begin(), result->faces.end(),
                        [&](const Face& face) { return Overlap(face.box, want) > 0.25; });
        EXPECT_TRUE(found) << "face of " << want.width << " px at " << want.x << "," << want.y;
    }
    EXPECT_LE(result->faces.size(), placed.size() + 2) << "too many false faces";
}

// Req: PST-09
TEST_F(MediaEngineTest, ReadsPupilNameOnCertificateAtSeveralSizesAndAngles) {
    const FixedNameScreener screener("Amara Okafor");
    for (auto [font_px, angle] : {std::pair{44, 0.0}, std::pair{30, 4.0}, std::pair{64, -3.0}}) {
        const cv::Mat certificate =
            testing::RenderCertificate(cv::Size(1200, 850),
                                       {"Certificate of Achievement", "Awarded to", "Amara Okafor",
                                        "for outstanding effort in Science"},
                                       font_px, angle);
        auto result = engine_->Inspect(testing::Encode(certificate, ".png"), &screener);
        ASSERT_TRUE(result) << result.error().message;
        ASSERT_EQ(result->findings.size(), 1u) << "font " << font_px << " angle " << angle;
        const ImageFinding& finding = result->findings[0];
        EXPECT_EQ(finding.category, "name");
        EXPECT_GT(finding.box.width, font_px * 4);
        EXPECT_EQ(
            result->text[finding.line].text.substr(finding.begin, finding.end - finding.begin),
            "Amara Okafor");
    }
}

TEST_F(MediaEngineTest, ReportsGpsAndRemovesEveryMetadataFromOutput) {
    const auto original = testing::JpegWithGpsExif(testing::AstronautPhoto());
    auto result = engine_->Inspect(original);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(result->metadata.gps_position);
    EXPECT_TRUE(result->metadata.camera_serial);
    EXPECT_EQ(result->metadata.camera_model, "Canon EOS R6");
    const auto removals = DescribeRemovals(result->metadata);
    EXPECT_NE(std::find(removals.begin(), removals.end(), "GPS position of the photo removed"),
              removals.end());

    auto cleaned = engine_->Redact(original, {});
    ASSERT_TRUE(cleaned) << cleaned.error().message;
    auto container = ReadContainer(cleaned->bytes, MediaLimits{});
    ASSERT_TRUE(container) << container.error().message;
    EXPECT_TRUE(container->exif.empty());
    EXPECT_FALSE(container->xmp || container->icc_profile || container->comment);
    const std::string text(cleaned->bytes.begin(), cleaned->bytes.end());
    EXPECT_EQ(text.find("Exif"), std::string::npos);
    EXPECT_EQ(text.find("Canon"), std::string::npos);
    auto again = engine_->Inspect(cleaned->bytes);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->metadata.gps_position);
}

TEST_F(MediaEngineTest, HeicIsDecodedItsGpsReportedAndTheCleanCopyIsJpeg) {
    const auto heic = testing::HeicWithGpsExif(testing::AstronautPhoto());
    ASSERT_FALSE(heic.empty()) << "libheif has no HEVC encoder";
    auto result = engine_->Inspect(heic);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->format, MediaFormat::kHeif);
    EXPECT_EQ(result->width, 512);
    EXPECT_TRUE(result->metadata.gps_position);
    EXPECT_FALSE(result->faces.empty());
    auto cleaned = engine_->Redact(heic, {});
    ASSERT_TRUE(cleaned) << cleaned.error().message;
    EXPECT_EQ(cleaned->format, MediaFormat::kJpeg);
    auto again = engine_->Inspect(cleaned->bytes);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->metadata.exif);
}

// Req: PST-12
TEST_F(MediaEngineTest, RedactionChangesOnlyTheBoxesAndHidesTheFace) {
    const auto original = testing::Encode(testing::AstronautPhoto(), ".png");
    auto before = engine_->Inspect(original);
    ASSERT_TRUE(before);
    ASSERT_FALSE(before->faces.empty());
    const Box face = before->faces[0].box;
    const std::vector<Box> boxes = {face};
    auto redacted = engine_->Redact(original, boxes, MediaFormat::kPng);
    ASSERT_TRUE(redacted) << redacted.error().message;

    const cv::Mat a = cv::imdecode(original, cv::IMREAD_COLOR);
    const cv::Mat b = cv::imdecode(redacted->bytes, cv::IMREAD_COLOR);
    ASSERT_EQ(a.size(), b.size());
    const Box area = Widen(face, 0.15, a.size());
    const cv::Rect inside(area.x, area.y, area.width, area.height);
    cv::Mat outside_mask(a.size(), CV_8UC1, cv::Scalar(255));
    outside_mask(inside).setTo(0);
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    EXPECT_EQ(cv::mean(difference, outside_mask), cv::Scalar(0, 0, 0, 0));
    EXPECT_GT(cv::mean(difference(inside))[0] + cv::mean(difference(inside))[1], 10.0);

    auto after = engine_->Inspect(redacted->bytes);
    ASSERT_TRUE(after);
    for (const Face& found : after->faces) {
        EXPECT_LT(Overlap(found.box, face), 0.25) << "the blurred face is still detected";
    }
}

TEST_F(MediaEngineTest, RefusesBadUploadsWithReasons) {
    EXPECT_FALSE(engine_->Inspect({}));
    const std::string text = "Awarded to Amara Okafor";  // a text file named certificate.jpg
    auto named_jpg = engine_->Inspect(
        std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
    ASSERT_FALSE(named_jpg);
    EXPECT_EQ(named_jpg.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(named_jpg.error().message.find("Amara"), std::string::npos);
    auto jpeg = testing::Encode(testing::AstronautPhoto(), ".jpg");
    jpeg.resize(jpeg.size() * 2 / 3);
    EXPECT_FALSE(engine_->Inspect(jpeg));
    EXPECT_FALSE(engine_->Redact(jpeg, {}));
}

TEST_F(MediaEngineTest, VideoIsSampledOncePerSecondAndOneFaceIsOneTrack) {
    const std::string path = ::testing::TempDir() + "media_engine_test.mp4";
    {
        cv::VideoWriter writer(path, cv::CAP_FFMPEG, cv::VideoWriter::fourcc('m', 'p', '4', 'v'),
                               10, cv::Size(640, 512));
        ASSERT_TRUE(writer.isOpened()) << "no MP4 writer in OpenCV's ffmpeg backend";
        const cv::Mat photo = testing::AstronautPhoto();
        for (int frame = 0; frame < 30; ++frame) {
            cv::Mat canvas(512, 640, CV_8UC3, cv::Scalar(120, 120, 120));
            photo.copyTo(canvas(cv::Rect(frame * 2, 0, 512, 512)));  // a slow pan
            writer.write(canvas);
        }
    }
    const auto video = testing::ReadFileBytes(path);
    std::remove(path.c_str());
    auto result = engine_->Inspect(video);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->format, MediaFormat::kMp4);
    EXPECT_EQ(result->frames_sampled, 3);
    EXPECT_NEAR(result->duration_seconds, 3.0, 0.2);
    std::vector<int> hog_tracks;  // each frontal face, found in every sample, keeps its track
    for (const Face& face : result->faces) {
        if (face.detector == FaceDetectorKind::kFrontalHog) hog_tracks.push_back(face.track);
    }
    ASSERT_FALSE(hog_tracks.empty());
    EXPECT_EQ(hog_tracks.size() % 3, 0u);
    for (int track : hog_tracks) {
        EXPECT_EQ(std::count(hog_tracks.begin(), hog_tracks.end(), track), 3) << "track " << track;
    }
    auto redacted = engine_->Redact(video, {});
    ASSERT_FALSE(redacted);
    EXPECT_NE(redacted.error().message.find("videos"), std::string::npos);
}

// A 1x1 or 30x30 photo is valid: nothing to find in it, and no detector may fail on it.
TEST_F(MediaEngineTest, TinyImagesHaveNoFacesOrTextAndAreNotAnError) {
    for (int side : {1, 7, 30}) {
        const cv::Mat tiny(side, side, CV_8UC3, cv::Scalar(40, 120, 200));
        for (const char* extension : {".png", ".jpg"}) {
            auto result = engine_->Inspect(testing::Encode(tiny, extension));
            ASSERT_TRUE(result) << side << extension << ": " << result.error().message;
            EXPECT_TRUE(result->faces.empty());
            EXPECT_TRUE(result->text.empty());
            EXPECT_TRUE(engine_->Redact(testing::Encode(tiny, extension), {}));
        }
    }
}

TEST_F(MediaEngineTest, PngSavedWithJpegNameIsInspectedAsPng) {
    auto result = engine_->Inspect(testing::Encode(testing::AstronautPhoto(), ".png"));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->format, MediaFormat::kPng);
    EXPECT_EQ(result->width, 512);
}

}  // namespace
}  // namespace steward::media
