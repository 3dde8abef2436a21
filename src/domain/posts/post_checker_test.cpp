#include "domain/posts/post_checker.hpp"

#include <gtest/gtest.h>

namespace steward::domain {
namespace {

ConsentRecord Consent(std::string pupil, Platform platform, bool image, bool video, bool name) {
    ConsentRecord record;
    record.pupil_id = std::move(pupil);
    record.academic_year = AcademicYear{2026};
    record.platform = platform;
    record.image = image;
    record.video = video;
    record.name = name;
    record.recorded_on = Date{2026, 9, 10};
    return record;
}

class PostCheckerTest : public ::testing::Test {
  protected:
    std::vector<Pupil> roster_ = {
        {"P1", "Amara", "Okafor", "", "7", false},
        {"P2", "Rhys", "Evans", "", "7", false},
        {"P3", "Ben", "Hall", "", "7", true},
        {"P4", "Hope", "Lee", "", "3", false},
    };
    std::vector<ConsentRecord> records_ = {
        Consent("P1", Platform::kFacebook, true, false, true),
        Consent("P2", Platform::kFacebook, true, true, false),
        Consent("P3", Platform::kFacebook, true, true, true),
        Consent("P4", Platform::kFacebook, true, true, true),
    };

    PostCheckResult Check(MediaKind kind, std::string caption, std::vector<std::string> tagged,
                          PostRules rules = {}) {
        PostChecker checker(roster_, ConsentRegister(records_, rules.consent), SchoolProfile{},
                            rules, nullptr);
        PostDraft post{"p", Platform::kFacebook, kind, Date{2026, 10, 1}, std::move(caption),
                       std::move(tagged)};
        auto result = checker.Check(post);
        EXPECT_TRUE(result);
        return result ? *result : PostCheckResult{};
    }
    using Reasons = std::vector<PostReason>;
};

// Req: PST-06
TEST_F(PostCheckerTest, MediaKindWithoutConsentBlocks) {
    auto result = Check(MediaKind::kVideo, "Sports day", {"P1", "P2"});
    EXPECT_EQ(result.decision, PostDecision::kBlock);
    EXPECT_EQ(result.reasons, Reasons{PostReason::kNoConsentMedia});
    ASSERT_EQ(result.findings.size(), 1u);
    EXPECT_EQ(result.findings[0].pupil_id, "P1");
    EXPECT_EQ(result.findings[0].message.find("Amara"), std::string::npos);
}

// Req: PST-08
TEST_F(PostCheckerTest, DoNotPublishOverridesConsentEvenInTextOnlyPosts) {
    EXPECT_EQ(Check(MediaKind::kImage, "Sports day", {"P3"}).reasons, Reasons{PostReason::kDoNotPublish});
    auto named = Check(MediaKind::kNone, "Well done Ben!", {"P3"});
    EXPECT_EQ(named.reasons, Reasons{PostReason::kDoNotPublish});
    EXPECT_EQ(Check(MediaKind::kNone, "Well done!", {"P3"}).decision, PostDecision::kApprove);
}

// Req: PST-07
TEST_F(PostCheckerTest, NamesNeedNameConsentAndFullNamesNeverGoWithMedia) {
    auto result = Check(MediaKind::kImage, "Well done Rhys and Amara Okafor!", {"P1", "P2"});
    EXPECT_EQ(result.decision, PostDecision::kNeedsChanges);
    EXPECT_EQ(result.reasons, (Reasons{PostReason::kFullNameWithMedia, PostReason::kNameWithoutConsent}));
    EXPECT_EQ(Check(MediaKind::kNone, "Well done Amara Okafor!", {"P1"}).decision, PostDecision::kApprove);
}

// Req: PST-07
TEST_F(PostCheckerTest, PolicyThatNeverNamesPupilsFlagsAnyName) {
    PostRules rules;
    rules.pupil_name_rule = PupilNameRule::kNever;
    auto result = Check(MediaKind::kNone, "Well done Amara!", {"P1"}, rules);
    EXPECT_EQ(result.reasons, Reasons{PostReason::kNameWithoutConsent});
}

// Req: PST-07
TEST_F(PostCheckerTest, NoFullNameWithMediaPolicyAllowsFirstNamesWithoutNameConsent) {
    PostRules rules;
    rules.pupil_name_rule = PupilNameRule::kNoFullNameWithMedia;
    rules.consent.dimensions = {.platform = false, .media_kind = true, .name = false};
    EXPECT_EQ(Check(MediaKind::kImage, "Go Rhys!", {"P2"}, rules).decision, PostDecision::kApprove);
    EXPECT_EQ(Check(MediaKind::kImage, "Go Rhys Evans!", {"P2"}, rules).reasons,
              Reasons{PostReason::kFullNameWithMedia});
}

// Req: CON-10
TEST_F(PostCheckerTest, WithoutADoNotPublishListOnlyConsentDecides) {
    PostRules rules;
    rules.do_not_publish_list = false;
    EXPECT_EQ(Check(MediaKind::kImage, "Sports day", {"P3"}, rules).decision, PostDecision::kApprove);
}

// Req: PST-11
TEST_F(PostCheckerTest, NameThatIsAWordIsNotAMention) {
    records_[3].name = false;
    EXPECT_EQ(Check(MediaKind::kImage, "We hope you enjoyed it", {"P4"}).decision, PostDecision::kApprove);
    EXPECT_EQ(Check(MediaKind::kImage, "Well done Hope!", {"P4"}).reasons,
              Reasons{PostReason::kNameWithoutConsent});
}

TEST_F(PostCheckerTest, UnknownTaggedPupilIsAnError) {
    PostChecker checker(roster_, ConsentRegister(records_), SchoolProfile{}, PostRules{}, nullptr);
    PostDraft post{"p", Platform::kFacebook, MediaKind::kImage, Date{2026, 10, 1}, "Hi", {"P9"}};
    auto result = checker.Check(post);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, core::ErrorCode::kInvalidInput);
}

TEST(PostReasonOrderTest, FinalizeSortsReasonsAndDecides) {
    PostCheckResult result;
    result.findings.push_back({PostReason::kPersonalData, "", {}, {}, "a"});
    result.findings.push_back({PostReason::kNoConsentMedia, "P1", {}, {}, "b"});
    Finalize(result);
    EXPECT_EQ(result.reasons, (std::vector<PostReason>{PostReason::kNoConsentMedia, PostReason::kPersonalData}));
    EXPECT_EQ(result.decision, PostDecision::kBlock);
}

}  // namespace
}  // namespace steward::domain
