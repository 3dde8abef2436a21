// The trainer (comment_model_train.hpp) on small hand-made example sets.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "screening/model/comment_model_train.hpp"

namespace steward::screening::model {
namespace {

constexpr std::uint32_t Bit(Category c) { return 1u << static_cast<unsigned>(c); }

// Spam lines that all name one pupil, and ok lines that name no one: learnt, the name would be a
// sign of spam. A name in excluded_tokens is in no feature, nor its possessive or plural.
std::vector<TrainingExample> NameCorrelatedWithSpam() {
    std::vector<TrainingExample> out;
    const char* spam[] = {"buy cheap followers jayden", "jayden's crypto tips dm now", "win cash with jayden today",
                          "jaydens giveaway click here", "jayden cheap phones dm me", "easy money ask jayden"};
    const char* ok[] = {"lovely concert tonight", "well done to the netball team", "great sports day everyone",
                        "thanks for the trip letter", "the choir was brilliant", "happy half term all"};
    for (int round = 0; round < 3; ++round) {
        for (const char* t : spam) out.push_back({t, Bit(Category::kSpam), Bit(Category::kOk), ExampleRole::kTune});
        for (const char* t : ok) out.push_back({t, Bit(Category::kOk), Bit(Category::kOk), ExampleRole::kTune});
    }
    return out;
}

bool FileHasFeatureWith(const std::string& file, const std::string& word) {
    std::size_t at = 0;
    while ((at = file.find("\nweight\t", at)) != std::string::npos) {
        at += 8;
        const std::string feature = file.substr(at, file.find('\t', at) - at);
        if (feature.find(word) != std::string::npos) return true;
    }
    return false;
}

TEST(CommentModelTrain, ExcludedNameWordsAreInNoFeature) {
    TrainOptions options;
    options.innocent_train = false;
    const std::string learnt = TrainCommentModel(NameCorrelatedWithSpam(), options).file;
    ASSERT_NE(learnt.find("threshold\tspam\t"), std::string::npos) << learnt.substr(0, 300);
    EXPECT_TRUE(FileHasFeatureWith(learnt, "jayden"));
    options.excluded_tokens = {"jayden"};
    const std::string without = TrainCommentModel(NameCorrelatedWithSpam(), options).file;
    EXPECT_FALSE(FileHasFeatureWith(without, "jayden")) << without;
    EXPECT_TRUE(FileHasFeatureWith(without, "cheap"));  // the words that say spam stay
}

}  // namespace
}  // namespace steward::screening::model
