#include "domain/posts/post_evaluation.hpp"

#include <gtest/gtest.h>

namespace steward::domain {
namespace {

PostCheckResult Result(std::string id, PostDecision decision, std::vector<PostReason> reasons) {
    PostCheckResult result;
    result.post_id = std::move(id);
    result.decision = decision;
    result.reasons = std::move(reasons);
    return result;
}

TEST(PostReasonsTest, AllReasonsListsEveryCodeInOrderMediaReasonsToo) {
    const std::vector<PostReason>& all = AllPostReasons();
    ASSERT_EQ(all.size(), 14u);
    EXPECT_EQ(all.front(), PostReason::kNoConsentMedia);
    EXPECT_EQ(all.back(), PostReason::kLocationMetadata);
    for (std::size_t index = 0; index < all.size(); ++index) {
        EXPECT_EQ(static_cast<std::size_t>(all[index]), index);
        EXPECT_EQ(ParsePostReason(PostReasonCode(all[index])), all[index]);
    }
}

// The evaluation counted only the first ten reasons: a missed media reason looked exact.
TEST(PostEvaluationTest, AMissedMediaReasonCountsAsAMismatch) {
    PostEvaluation evaluation;
    evaluation.Add(Result("p1", PostDecision::kNeedsChanges, {}),
                   PostLabel{PostDecision::kNeedsChanges, {PostReason::kUntaggedFace}});
    evaluation.Add(Result("p2", PostDecision::kNeedsChanges, {PostReason::kLocationMetadata}),
                   PostLabel{PostDecision::kNeedsChanges, {PostReason::kLocationMetadata}});
    EXPECT_DOUBLE_EQ(evaluation.ExactReasonsRate(), 0.5);
    EXPECT_DOUBLE_EQ(evaluation.Recall(PostReason::kUntaggedFace), 0.0);
    EXPECT_DOUBLE_EQ(evaluation.Precision(PostReason::kLocationMetadata), 1.0);
    const std::string report = evaluation.Report();
    EXPECT_NE(report.find("UNTAGGED_FACE"), std::string::npos);
    EXPECT_NE(report.find("LOCATION_METADATA"), std::string::npos);
    EXPECT_NE(report.find("mismatches: 1"), std::string::npos);
}

}  // namespace
}  // namespace steward::domain
