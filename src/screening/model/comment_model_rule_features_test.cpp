// Tests of the comment model's rule features ("r:k:", "r:t:", "r:p:") and of the helpers the
// classifier uses to skip the model (hand-written model files).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "screening/model/comment_model.hpp"
#include "screening/model/comment_model_train.hpp"

namespace steward::screening::model {
namespace {

constexpr std::uint32_t Bit(Category c) { return 1u << static_cast<unsigned>(c); }

std::size_t BitOf(std::string_view name) {
    for (std::size_t i = 0; i < kRuleFeatureCount; ++i) {
        if (RuleFeatureName(i) == name) return i;
    }
    return kRuleFeatureCount;
}

TEST(CommentModelRuleFeatures, DecisionsAreNoFeatures) {
    // A kind that decides a category (hate, threat, spam...) would teach the model to repeat the rules.
    for (std::string_view decided : {"r:k:hate", "r:k:threat", "r:k:safeguarding", "r:k:spam", "r:k:complaint",
                                     "r:k:insult", "r:k:profanity", "r:k:sexual", "r:t:weapon", "r:t:grooming"}) {
        EXPECT_EQ(BitOf(decided), kRuleFeatureCount) << decided;
    }
    EXPECT_LT(BitOf("r:k:hate_group"), kRuleFeatureCount);
    EXPECT_LT(BitOf("r:t:part_violence"), kRuleFeatureCount);
    EXPECT_EQ(RuleFeatureName(kRuleFeatureCount), "");
}

TEST(CommentModelRuleFeatures, FeatureNamesAddEachRuleFeatureAndEachPairAfterTheWords) {
    RuleFeatures rules;
    rules.Set(BitOf("r:k:hate_group"));
    rules.Set(BitOf("r:k:negator"));
    rules.Set(BitOf("r:t:part_victim"));
    rules.Set(11);  // kind "threat": no name, ignored
    const std::vector<std::string> want = {"bias", "u:no", "b:^ no", "b:no $", "r:k:hate_group", "r:k:negator",
                                           "r:t:part_victim", "r:p:k:hate_group+k:negator", "r:p:k:hate_group+t:part_victim",
                                           "r:p:k:negator+t:part_victim"};
    EXPECT_EQ(FeatureNames("no", rules), want);
}

// Scores and Vote find rule features and pairs by bit, not by name: both must add exactly the
// weights of FeatureNames' rule features, whichever table Vote reads (up to six threshold
// categories: its own; seven: Scores').
TEST(CommentModelRuleFeatures, ScoresAndVoteAddTheWeightsOfFeatureNames) {
    const std::vector<std::string> names = {"r:k:hate_group", "r:k:negator", "r:t:part_victim", "r:p:k:hate_group+k:negator",
                                            "r:p:k:hate_group+t:part_victim", "r:p:k:negator+t:part_victim", "u:no"};
    const std::vector<std::string> cats = {"hate", "spam", "complaint", "insult", "sexual", "threat", "safeguarding"};
    for (std::size_t ncat : {std::size_t{1}, std::size_t{6}, std::size_t{7}}) {
        std::string text = "steward-comment-model 1\n";
        for (std::size_t c = 0; c < ncat; ++c) text += "threshold\t" + cats[c] + "\t0.5\n";
        text += "weight\tbias\thate\t-100\n";
        for (std::size_t i = 0; i < names.size(); ++i) text += "weight\t" + names[i] + "\thate\t" + std::to_string(1 << i) + "\n";
        auto m = CommentModel::Parse(text, "model.tsv");
        ASSERT_TRUE(m.has_value()) << m.error().ToString();
        for (std::size_t mask = 0; mask < 8; ++mask) {
            RuleFeatures rules;
            for (std::size_t k = 0; k < 3; ++k) {
                if ((mask >> k) & 1u) rules.Set(BitOf(names[k]));
            }
            double want = -100;
            for (const std::string& f : FeatureNames("no", rules)) {
                auto it = std::find(names.begin(), names.end(), f);
                if (it != names.end()) want += 1 << (it - names.begin());
            }
            EXPECT_EQ(m->Scores("no", rules)[1], want) << ncat << " " << mask;  // hate is index 1
            EXPECT_EQ(m->Vote("no", rules) & Bit(Category::kHate), want >= 0 ? Bit(Category::kHate) : 0u) << ncat << " " << mask;
        }
    }
}

TEST(CommentModelRuleFeatures, AnUnknownPairOrRuleNameIsAnOrdinaryFeatureThatNeverFires) {
    auto m = CommentModel::Parse("steward-comment-model 1\nthreshold\thate\t0.5\nweight\tr:p:k:nonsense+k:negator\thate\t5\n"
                                 "weight\tr:k:threat\thate\t5\nweight\tbias\thate\t-1\n", "m");
    ASSERT_TRUE(m.has_value()) << m.error().ToString();
    RuleFeatures all;
    all.bits = {~std::uint64_t{0}, ~std::uint64_t{0}};
    EXPECT_EQ(m->Vote("no", all), 0u);
}

TEST(CommentModelSkip, SettledCategoriesAreSetOrDroppedByTheRules) {
    EXPECT_EQ(SettledCategories(0), 0u);
    EXPECT_EQ(SettledCategories(Bit(Category::kSpam)), Bit(Category::kSpam) | Bit(Category::kComplaint));
    EXPECT_EQ(SettledCategories(Bit(Category::kThreat)),
              Bit(Category::kThreat) | Bit(Category::kInsult) | Bit(Category::kComplaint));
    EXPECT_EQ(SettledCategories(Bit(Category::kInsult)), Bit(Category::kInsult));
}

TEST(CommentModelSkip, ExplainedCategoriesAreThoseWithAFindingOrNotListed) {
    Finding spam;
    spam.category = Category::kSpam;
    const std::uint32_t got = ExplainedCategories({Category::kSpam, Category::kHate}, {spam});
    EXPECT_TRUE(got & Bit(Category::kSpam));
    EXPECT_FALSE(got & Bit(Category::kHate));          // listed, no finding: a vote would add model/hate
    EXPECT_TRUE(got & Bit(Category::kComplaint));      // not listed
}

TEST(CommentModelSkip, TheBuiltinModelIsWantedOnlyForACategoryNotSettled) {
    EnableBuiltinCommentModel(true);
    const std::uint32_t addable = BuiltinCommentModel().addable();
    ASSERT_NE(addable, 0u);
    EXPECT_TRUE(BuiltinCommentModelWanted(0));
    EXPECT_FALSE(BuiltinCommentModelWanted(addable));
    EXPECT_FALSE(BuiltinCommentModelWanted(~0u));
    EnableBuiltinCommentModel(false);
    EXPECT_FALSE(BuiltinCommentModelWanted(0));
    RecordRuleFeatures(true);  // the trainer records rule features with the model off
    EXPECT_TRUE(BuiltinCommentModelWanted(~0u));
    RuleFeatures rules;
    rules.Set(BitOf("r:k:negator"));
    EXPECT_EQ(BuiltinCommentModelVote("no", rules), 0u);
    EXPECT_EQ(LastRuleFeatures(), rules);
    RecordRuleFeatures(false);
    EXPECT_EQ(LastRuleFeatures(), RuleFeatures{});
    EnableBuiltinCommentModel(true);
}

// Made-up lines: "those people" lines are hate when a group word fired (rule feature hate_group).
std::vector<TrainingExample> GroupExamples() {
    RuleFeatures group;
    group.Set(BitOf("r:k:hate_group"));
    std::vector<TrainingExample> out;
    for (int i = 0; i < 60; ++i) {
        const ExampleRole role = i % 3 == 0 ? ExampleRole::kTune : ExampleRole::kTrain;
        const bool hate = i % 2 == 0;
        TrainingExample e{hate ? "those people again " + std::to_string(i % 4) : "the fair again " + std::to_string(i % 4),
                          Bit(hate ? Category::kHate : Category::kOk), Bit(Category::kOk), role, hate ? group : RuleFeatures{}};
        out.push_back(e);
    }
    return out;
}

TEST(CommentModelTrainer, RuleFeaturesWeighOnlyForTheCategoriesAskedAndNeverByDefault) {
    TrainOptions options;
    options.severe_allowed = Bit(Category::kHate);
    const std::string words_only = TrainCommentModel(GroupExamples(), options).file;
    EXPECT_NE(words_only.find("threshold\thate\t"), std::string::npos) << words_only;
    EXPECT_EQ(words_only.find("\tr:"), std::string::npos);  // default: no rule features
    options.rule_categories = Bit(Category::kHate);
    const std::string with_rules = TrainCommentModel(GroupExamples(), options).file;
    EXPECT_NE(with_rules.find("weight\tr:k:hate_group\thate\t"), std::string::npos) << with_rules;
    EXPECT_EQ(TrainCommentModel(GroupExamples(), options).file, with_rules);  // deterministic
    auto m = CommentModel::Parse(with_rules, "trained");
    ASSERT_TRUE(m.has_value()) << m.error().ToString();
    EXPECT_TRUE(m->uses_rule_features());
    RuleFeatures group;
    group.Set(BitOf("r:k:hate_group"));
    EXPECT_GT(m->Scores("those people", group)[1], m->Scores("those people")[1]);
}

}  // namespace
}  // namespace steward::screening::model
