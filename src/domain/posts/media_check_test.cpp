#include "domain/posts/media_check.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace steward::domain {
namespace {

using media::Box;

ConsentRecord Record(std::string pupil, bool image, std::optional<Date> withdrawn = {}) {
    ConsentRecord record;
    record.pupil_id = std::move(pupil);
    record.academic_year = AcademicYear{2025};
    record.platform = Platform::kFacebook;
    record.image = image;
    record.recorded_on = Date{2025, 9, 10};
    record.withdrawn_on = withdrawn;
    return record;
}

// A photo with three faces and a certificate line naming a pupil, with GPS in its EXIF.
media::InspectResult Photo() {
    media::InspectResult photo;
    photo.faces = {media::Face{Box{10, 10, 50, 50}, 0.9}, media::Face{Box{100, 10, 50, 50}, 0.8},
                   media::Face{Box{200, 10, 40, 40}, 0.7}};
    photo.text = {media::TextLine{"Awarded to Amara Okafor", Box{0, 300, 400, 40}, 0.9, {}}};
    photo.findings = {media::ImageFinding{0, 11, 23, "name", "name/full", 1.0, Box{150, 300, 250, 40}}};
    photo.metadata.gps_position = true;
    return photo;
}

class MediaCheckTest : public ::testing::Test {
  protected:
    MediaCheckResult Check(std::vector<FaceTag> tags, MediaCheckRules rules = {}) {
        tags_ = std::move(tags);
        MediaCheckInput input;
        input.inspection = &photo_;
        input.tags = tags_;
        input.consent = &register_;
        input.platform = Platform::kFacebook;
        input.posted_on = Date{2026, 3, 2};
        input.do_not_publish = do_not_publish_;
        return CheckMedia(input, rules);
    }

    media::InspectResult photo_ = Photo();
    ConsentRegister register_{{Record("P1", true), Record("P2", false),
                               Record("P3", true, Date{2026, 1, 5}), Record("P4", true)}};
    std::vector<std::string> do_not_publish_ = {"P4"};
    std::vector<FaceTag> tags_;
};

std::vector<PostReason> Reasons(const MediaCheckResult& result) {
    std::vector<PostReason> reasons;
    for (const auto& finding : result.findings) reasons.push_back(finding.reason);
    return reasons;
}

// Req: PST-12
TEST_F(MediaCheckTest, UntaggedFacesAreReportedWithTheirBoxesAndBlurredByDefault) {
    const auto result = Check({FaceTag{0, FaceTagKind::kAdult, ""}});
    ASSERT_EQ(Reasons(result),
              (std::vector<PostReason>{PostReason::kUntaggedFace, PostReason::kUntaggedFace,
                                       PostReason::kNameVisibleInImage,
                                       PostReason::kLocationMetadata}));
    EXPECT_EQ(result.findings[0].face, 1u);
    EXPECT_EQ(result.findings[0].box, (Box{100, 10, 50, 50}));
    EXPECT_EQ(result.findings[2].line, 0u);
    EXPECT_EQ(result.findings[2].box, (Box{150, 300, 250, 40}));
    EXPECT_EQ(result.findings[2].message.find("Amara"), std::string::npos);
    EXPECT_EQ(result.redact_faces, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(result.redact.size(), 3u);  // two faces and the name
    EXPECT_FALSE(result.blocks);
}

// Req: CON-02
TEST_F(MediaCheckTest, TaggedPupilWithoutImageConsentWithdrawnOrDoNotPublishIsBlurred) {
    for (const std::string pupil : {"P2", "P3", "P4", "P9"}) {
        const auto result = Check({FaceTag{0, FaceTagKind::kPupil, pupil},
                                   FaceTag{1, FaceTagKind::kNotAPupil, ""},
                                   FaceTag{2, FaceTagKind::kPupil, "P1"}});
        ASSERT_EQ(result.findings.front().reason, PostReason::kNoConsentMedia) << pupil;
        EXPECT_EQ(result.findings.front().pupil_id, pupil);
        EXPECT_EQ(result.redact_faces, (std::vector<std::size_t>{0})) << pupil;
    }
}

// A video: the faces are samples of tracks. Person 0 is seen at 0, 1 and 2 s, person 5 at 1 and
// 2 s. One tag covers a whole track; each finding names the track, never a sampled face.
// Req: PST-12
TEST_F(MediaCheckTest, VideoIsCheckedPerTrackAndOneTagCoversTheWholeTrack) {
    media::InspectResult video;
    for (int second = 0; second < 3; ++second) {
        video.faces.push_back(media::Face{Box{10 + second, 10, 50, 50}, 0.9,
                                          media::FaceDetectorKind::kFrontalHog,
                                          double(second), 0});
        if (second > 0) {
            video.faces.push_back(media::Face{Box{300, 10, 50, 50}, 0.8,
                                              media::FaceDetectorKind::kFrontalHog,
                                              double(second), 5});
        }
    }
    photo_ = video;
    MediaCheckInput input;
    register_ = ConsentRegister({Record("P1", true)});  // image consent only, no video
    auto check = [&](std::vector<FaceTag> tags) {
        tags_ = std::move(tags);
        input.inspection = &photo_;
        input.tags = tags_;
        input.consent = &register_;
        input.platform = Platform::kFacebook;
        input.posted_on = Date{2026, 3, 2};
        input.media_kind = MediaKind::kVideo;
        return CheckMedia(input, {});
    };
    const auto untagged = check({});
    ASSERT_EQ(Reasons(untagged), (std::vector<PostReason>{PostReason::kUntaggedFace,
                                                          PostReason::kUntaggedFace}));
    EXPECT_EQ(untagged.findings[0].face, 0u);
    EXPECT_EQ(untagged.findings[1].face, 5u);
    EXPECT_NE(untagged.findings[1].message.find("track 5"), std::string::npos);
    EXPECT_NE(untagged.findings[1].message.find("0:01-0:02"), std::string::npos);
    EXPECT_EQ(untagged.redact_faces, (std::vector<std::size_t>{0, 5}));

    const auto tagged = check({FaceTag{5, FaceTagKind::kAdult, ""},
                               FaceTag{0, FaceTagKind::kPupil, "P1"}});
    ASSERT_EQ(Reasons(tagged), std::vector<PostReason>{PostReason::kNoConsentMedia});
    EXPECT_EQ(tagged.findings[0].face, 0u);
    EXPECT_NE(tagged.findings[0].message.find("no consent for video"), std::string::npos);
    EXPECT_EQ(tagged.redact_faces, (std::vector<std::size_t>{0}));
}

TEST_F(MediaCheckTest, PackRequiringConsentBlocksUntilEveryFaceIsTagged) {
    MediaCheckRules rules;
    rules.untagged = UntaggedFaces::kBlock;
    const auto result = Check({FaceTag{0, FaceTagKind::kPupil, "P1"}}, rules);
    EXPECT_TRUE(result.blocks);
    EXPECT_TRUE(result.redact_faces.empty());

    PostCheckResult post;
    MergeMediaCheck(result, /*publishing_redacted=*/true, post);
    EXPECT_EQ(post.decision, PostDecision::kBlock);
    EXPECT_EQ(post.reasons, std::vector<PostReason>{PostReason::kUntaggedFace});
}

TEST_F(MediaCheckTest, RedactedVersionResolvesWhatItHidesAndOriginalNeedsChanges) {
    const auto result = Check({FaceTag{0, FaceTagKind::kPupil, "P2"}});
    PostCheckResult original;
    MergeMediaCheck(result, /*publishing_redacted=*/false, original);
    EXPECT_EQ(original.decision, PostDecision::kBlock);  // NO_CONSENT_MEDIA blocks
    EXPECT_EQ(original.reasons.front(), PostReason::kNoConsentMedia);

    PostCheckResult redacted;
    MergeMediaCheck(result, /*publishing_redacted=*/true, redacted);
    EXPECT_EQ(redacted.decision, PostDecision::kApprove);
    EXPECT_TRUE(redacted.reasons.empty());
}

// Req: PST-12
TEST_F(MediaCheckTest, EachPhotoOfAPostNamesItsFindingsAndABlockStaysABlock) {
    MediaCheckRules rules;
    rules.untagged = UntaggedFaces::kBlock;
    const auto untagged = Check({FaceTag{0, FaceTagKind::kAdult, ""}}, rules);
    const auto tagged = Check({FaceTag{0, FaceTagKind::kAdult, ""},
                               FaceTag{1, FaceTagKind::kAdult, ""},
                               FaceTag{2, FaceTagKind::kNotAPupil, ""}},
                              rules);
    PostCheckResult post;
    MergeMediaCheck(untagged, /*publishing_redacted=*/false, post, "md-1");
    MergeMediaCheck(tagged, /*publishing_redacted=*/false, post, "md-2");
    EXPECT_EQ(post.decision, PostDecision::kBlock) << "the second photo must not lift the first's";
    ASSERT_FALSE(post.findings.empty());
    const PostFinding& first = post.findings.front();
    EXPECT_EQ(first.reason, PostReason::kUntaggedFace);
    EXPECT_EQ(first.media_id, "md-1");
    EXPECT_EQ(first.face, std::optional<std::size_t>(1));
    const bool location_of_md2 =
        std::any_of(post.findings.begin(), post.findings.end(), [](const PostFinding& f) {
            return f.reason == PostReason::kLocationMetadata && f.media_id == "md-2" && !f.face;
        });
    EXPECT_TRUE(location_of_md2);
}

TEST(FaceTagTest, ParsesAdultNotAPupilAndPupilIdsAndRefusesEmpty) {
    EXPECT_EQ(ParseFaceTag(2, "adult")->kind, FaceTagKind::kAdult);
    EXPECT_EQ(ParseFaceTag(2, "not_a_pupil")->kind, FaceTagKind::kNotAPupil);
    const auto pupil = ParseFaceTag(2, "P17");
    ASSERT_TRUE(pupil);
    EXPECT_EQ(pupil->pupil_id, "P17");
    EXPECT_EQ(FaceTagText(*pupil), "P17");
    const auto empty = ParseFaceTag(2, "");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, core::ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace steward::domain
