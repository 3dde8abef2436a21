// A small learned model for comments: one logistic-regression weight vector per category over
// word unigrams and bigrams of the normalised text (the text the screener already scans). It adds
// categories the phrase rules missed when its probability reaches a per-category threshold chosen
// by cross-validation (comment_model_train.hpp). The model is a text file made by the project
// (data/models/comments.tsv, embedded at build time); format:
//
//   steward-comment-model 1
//   threshold<TAB>hate<TAB>0.93          a category the model may add, and its probability
//   weight<TAB>u:kill<TAB>threat<TAB>1.25  feature, category, weight ("bias" is always on)
//
// Features: "u:<token>" and "b:<token> <token>" (with "^" and "$" at the ends), tokens being runs of
// [a-z0-9'*] (apostrophes trimmed; a run of '*' alone is no token), runs of non-ASCII bytes
// (emoji), and runs of '?' or '!'.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "screening/findings.hpp"

namespace steward::screening::model {

// The categories a model may hold weights for (file names as CategoryName prints them).
inline constexpr std::array<Category, 8> kModelCategories = {
    Category::kInsult, Category::kHate, Category::kSexual, Category::kThreat,
    Category::kSafeguarding, Category::kSpam, Category::kComplaint, Category::kQuestion};
inline constexpr std::size_t kModelCategoryCount = kModelCategories.size();

// The tokens of `normalized` (views into it), appended to `out` after clearing it.
void Tokenize(std::string_view normalized, std::vector<std::string_view>& out);
// The feature names of `normalized`, with repeats, in scoring order (the trainer's view).
std::vector<std::string> FeatureNames(std::string_view normalized);

class CommentModel {
  public:
    CommentModel() = default;  // empty: votes for nothing

    // Parses a model file. Errors name `source` and the line.
    static core::Result<CommentModel> Parse(std::string_view text, std::string_view source);

    // Scores (log-odds) per kModelCategories index.
    std::array<double, kModelCategoryCount> Scores(std::string_view normalized) const;
    // Bit (1u << Category) set for every category whose probability reaches its threshold.
    std::uint32_t Vote(std::string_view normalized) const;

    std::size_t feature_count() const { return feature_count_; }
    bool empty() const { return enabled_ == 0; }

  private:
    struct Builder;
    // One table for Vote and Scores: a feature's key and its weight for every category in one
    // 40-byte slot, so a feature costs one cache line or two (features weighing 0 for all left out).
    struct Slot {
        std::uint64_t key = 0;  // 0 = empty
        std::array<float, kModelCategoryCount> weights{};
    };
    // The comment's feature keys that pass the filter, at the front of `keys`; returns how many.
    std::size_t PassingKeys(std::string_view normalized, std::vector<std::uint64_t>& keys) const;
    // The table slot of each distinct feature of the comment, in `found` after clearing it (a
    // feature counts once per comment, as in training).
    void FindSlots(std::string_view normalized, std::vector<const Slot*>& found) const;

    static constexpr std::uint64_t kFilterBits = 1u << 16;
    std::vector<std::uint64_t> filter_;  // a bit per (key >> 40) % kFilterBits present: 8 KB
    std::vector<Slot> slots_;            // open addressing, at most 2/3 full
    std::uint64_t mask_ = 0;
    std::size_t feature_count_ = 0;
    std::array<double, kModelCategoryCount> cut_{};  // log-odds threshold per category
    std::uint32_t enabled_ = 0;          // bit i: category i has a threshold
};

// The embedded data/models/comments.tsv, parsed once (an unparsable file votes for nothing; a
// test checks it parses).
const CommentModel& BuiltinCommentModel();
core::Result<CommentModel> ParseBuiltinCommentModel();
// The builtin model's vote, or 0 while switched off (the trainer reads the rules alone).
std::uint32_t BuiltinCommentModelVote(std::string_view normalized);
void EnableBuiltinCommentModel(bool on);

// The finding that explains a category the model added: rule id "model/<category>" (e.g.
// "model/complaint") and an empty span at 0 (no phrase decided it; a span over the whole comment
// would move when text is appended), so a reviewer sees no phrase rule fired.
Finding ModelFinding(Category category);
// Appends ModelFinding(c) for each category c of `categories` that `voted` holds and no finding
// in `findings` explains yet.
void AddModelFindings(std::uint32_t voted, const std::vector<Category>& categories, std::vector<Finding>& findings);

// The table key of a feature name ("u:tok", "b:tok tok", "bias"): unigram and bigram keys are mixed
// from per-token FNV-1a hashes, so scoring hashes each token's bytes once and builds no string.
std::uint64_t FeatureKey(std::string_view name);

}  // namespace steward::screening::model
