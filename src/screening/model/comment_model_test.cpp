// Tests of the comment model's parser and scoring (hand-written model files).
#include "screening/model/comment_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace steward::screening::model {
namespace {

constexpr std::uint32_t Bit(Category c) { return 1u << static_cast<unsigned>(c); }

const char* kGood =
    "steward-comment-model 1\n"
    "# a comment line\n"
    "threshold\tthreat\t0.90\n"
    "threshold\tcomplaint\t0.50\n"
    "weight\tbias\tthreat\t-3\n"
    "weight\tbias\tcomplaint\t-1\n"
    "weight\tu:regret\tthreat\t2.5\n"
    "weight\tb:be sorry\tthreat\t3\n"
    "weight\tu:again\tcomplaint\t1.5\n"
    "weight\tu:again\tthreat\t-0.5\n";

std::string ErrorOf(std::string_view text) {
    auto parsed = CommentModel::Parse(text, "model.tsv");
    return parsed ? "" : parsed.error().ToString();
}

TEST(CommentModelTokens, SplitsWordsEmojiAndMarksAndTrimsApostrophes) {
    std::vector<std::string_view> tokens;
    Tokenize("'oh great' f*ck it\xF0\x9F\x99\x83 again?!! don't **", tokens);
    std::vector<std::string_view> want = {"oh", "great", "f*ck", "it", "\xF0\x9F\x99\x83", "again", "?", "don't"};
    EXPECT_EQ(tokens, want);
}

TEST(CommentModelTokens, FeatureNamesAreUnigramsAndBigramsWithEnds) {
    std::vector<std::string> want = {"bias", "u:not", "u:on", "b:^ not", "b:not on", "b:on $"};
    EXPECT_EQ(FeatureNames("not on."), want);
}

TEST(CommentModel, VotesForACategoryWhoseProbabilityReachesItsThreshold) {
    auto m = CommentModel::Parse(kGood, "model.tsv");
    ASSERT_TRUE(m.has_value()) << m.error().ToString();
    EXPECT_EQ(m->feature_count(), 4u);
    // threat: -3 + 2.5 + 3 = 2.5 -> p 0.92 >= 0.90.
    EXPECT_EQ(m->Vote("you'll regret it, you will be sorry"), Bit(Category::kThreat));
    // threat: -3 + 2.5 = -0.5 -> no; complaint: -1 + 1.5 = 0.5 -> p 0.62 >= 0.5.
    EXPECT_EQ(m->Vote("regret it again"), Bit(Category::kComplaint));
    EXPECT_EQ(m->Vote("lovely day"), 0u);
    EXPECT_DOUBLE_EQ(m->Scores("again")[6], 0.5);  // complaint is index 6
}

// Vote compares Scores' sums with the thresholds of the categories that have one, however many:
// the bits must be what the sums say, with a repeated feature counted once.
TEST(CommentModel, VoteAgreesWithScoresWithTwoOrMoreThresholdCategories) {
    const std::string three = std::string(kGood) + "threshold\tspam\t0.6\nweight\tu:buy\tspam\t0.3\n";
    const std::string four = three + "threshold\tinsult\t0.7\nweight\tu:now\tinsult\t0.9\n";
    for (const std::string& text : {std::string(kGood), three, four}) {
        auto m = CommentModel::Parse(text, "model.tsv");
        ASSERT_TRUE(m.has_value()) << m.error().ToString();
        for (std::string_view comment : {"regret regret again again", "be sorry be sorry", "buy buy buy now", "", "again?!"}) {
            const auto z = m->Scores(comment);
            std::uint32_t want = 0;
            if (z[3] >= std::log(0.9 / 0.1)) want |= Bit(Category::kThreat);
            if (z[6] >= 0.0) want |= Bit(Category::kComplaint);
            if (text != kGood && z[5] >= std::log(0.6 / 0.4)) want |= Bit(Category::kSpam);
            if (text == four && z[0] >= std::log(0.7 / 0.3)) want |= Bit(Category::kInsult);
            EXPECT_EQ(m->Vote(comment), want) << comment;
        }
        EXPECT_DOUBLE_EQ(m->Scores("regret regret")[3], -0.5);  // the unigram counts once
    }
}

// Scores hashes tokens while it scans them; it must see exactly Tokenize's tokens (FeatureNames).
TEST(CommentModel, ScoresCountEachOfFeatureNamesOnce) {
    const std::vector<std::string> names = {"bias", "u:don't", "u:*'*", "b:^ *'*", "u:f*ck", "u:?", "b:? $",
                                            "u:\xF0\x9F\x99\x83", "b:it \xF0\x9F\x99\x83", "u:oh", "b:oh oh", "b:*'* oh"};
    std::string text = "steward-comment-model 1\nthreshold\tcomplaint\t0.5\n";
    for (std::size_t i = 0; i < names.size(); ++i) text += "weight\t" + names[i] + "\tcomplaint\t" + std::to_string(1 << i) + "\n";
    auto m = CommentModel::Parse(text, "model.tsv");
    ASSERT_TRUE(m.has_value()) << m.error().ToString();
    for (std::string_view comment : {"*'* oh oh don't ''f*ck'' it\xF0\x9F\x99\x83 ?!", "'' ** '*' a'' ?", "oh", "don't?!!", "'"}) {
        std::vector<std::string> seen = FeatureNames(comment);
        std::sort(seen.begin(), seen.end());
        seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        double want = 0;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (std::binary_search(seen.begin(), seen.end(), names[i])) want += 1 << i;
        }
        EXPECT_EQ(m->Scores(comment)[6], want) << comment;
    }
}

TEST(CommentModel, EmptyModelVotesForNothing) {
    CommentModel m;
    EXPECT_TRUE(m.empty());
    EXPECT_EQ(m.Vote("anything at all"), 0u);
    auto parsed = CommentModel::Parse("steward-comment-model 1\nweight\tu:x\thate\t9\n", "m");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->Vote("x"), 0u);  // weights but no threshold: never votes
}

TEST(CommentModel, RejectsMalformedFilesWithTheLine) {
    EXPECT_EQ(ErrorOf(""), "model.tsv line 1: the file is empty; expected 'steward-comment-model 1'");
    EXPECT_NE(ErrorOf("steward-lexicon 1\n").find("line 1: the first line must be"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nthreshold\tthreat\n").find("line 2: a threshold line has 3"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nthreshold\tok\t0.5\n").find("line 2: unknown category 'ok'"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nthreshold\thate\t1.5\n").find("between 0 and 1"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nthreshold\thate\t0.5\nthreshold\thate\t0.6\n").find("line 3: a second threshold"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nweight\tu:x\thate\tnan\n").find("line 2: the weight is not a finite number"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nweight\tu:x\thate\t1e999\n").find("not a finite number"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nweight\t\thate\t1\n").find("feature name is empty"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nbias\t1\n").find("line 2: unknown line kind 'bias'"), std::string::npos);
    EXPECT_NE(ErrorOf("steward-comment-model 1\nweight\tu:x\thate\t1\nweight\tu:y\thate\t1\nweight\tu:x\tspam\t1\n")
                  .find("line 4: this feature appeared on earlier lines"),
              std::string::npos);
}

TEST(CommentModel, AcceptsCrLfAndBlankLines) {
    auto m = CommentModel::Parse("steward-comment-model 1\r\n\r\nthreshold\tspam\t0.5\r\nweight\tu:win\tspam\t1\r\n", "m");
    ASSERT_TRUE(m.has_value()) << m.error().ToString();
    EXPECT_EQ(m->Vote("win"), Bit(Category::kSpam));
}

TEST(BuiltinCommentModel, TheEmbeddedFileParsesAndIsTheRepositorysFile) {
    auto parsed = ParseBuiltinCommentModel();
    ASSERT_TRUE(parsed.has_value()) << parsed.error().ToString();
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/data/models/comments.tsv", std::ios::binary);
    std::stringstream file;
    file << in.rdbuf();
    auto from_file = CommentModel::Parse(file.str(), "comments.tsv");
    ASSERT_TRUE(from_file.has_value());
    EXPECT_EQ(parsed->feature_count(), from_file->feature_count());
}

}  // namespace
}  // namespace steward::screening::model
