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
// (emoji), and runs of '?' or '!'; and rule features: what the phrase rules found in the comment
// short of a decision, "r:k:<kind>" (a lexicon kind hit: tone_sarcasm, hate_group, url, ...),
// "r:t:<class>" (a word class hit: part_violence, ...) and "r:p:<a>+<b>" (two of those together).
// A model with rule features depends on the lexicons: retrain it when they change.
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

// What the phrase rules found in one comment: bit i is RuleFeatureName(i) (screening/model/
// rule_features.hpp fills it from a scan; bits without a name are ignored). Bits 0-63: a lexicon
// kind hit; 64-127: a tag or word class hit.
struct RuleFeatures {
    std::array<std::uint64_t, 2> bits{};
    void Set(std::size_t i) { bits[i >> 6] |= std::uint64_t{1} << (i & 63); }
    bool Has(std::size_t i) const { return ((bits[i >> 6] >> (i & 63)) & 1u) != 0; }
    bool operator==(const RuleFeatures&) const = default;
};
inline constexpr std::size_t kRuleFeatureCount = 128;
inline constexpr std::size_t kRuleKindBase = 0, kRuleTagBase = 64;
// The feature name of bit i ("r:k:url"), or "" for a bit that is no feature.
std::string_view RuleFeatureName(std::size_t i);

// The categories a vote for which would change nothing once the rules set `rules` (bit (1u <<
// Category)): those set, insult and complaint under a severe category, complaint under spam.
std::uint32_t SettledCategories(std::uint32_t rules);

// The tokens of `normalized` (views into it), appended to `out` after clearing it.
void Tokenize(std::string_view normalized, std::vector<std::string_view>& out);
// The feature names of `normalized` and `rules`, with repeats, in scoring order (the trainer's view).
std::vector<std::string> FeatureNames(std::string_view normalized, const RuleFeatures& rules = {});

class CommentModel {
  public:
    CommentModel() = default;  // empty: votes for nothing

    // Parses a model file. Errors name `source` and the line.
    static core::Result<CommentModel> Parse(std::string_view text, std::string_view source);

    // Scores (log-odds) per kModelCategories index.
    std::array<double, kModelCategoryCount> Scores(std::string_view normalized, const RuleFeatures& rules = {}) const;
    // Bit (1u << Category) set for every category whose probability reaches its threshold.
    std::uint32_t Vote(std::string_view normalized, const RuleFeatures& rules = {}) const;
    // Bit (1u << Category) for every category the model may add (has a threshold for).
    std::uint32_t addable() const { return addable_; }
    // True if some rule feature ("r:...") weighs anything: otherwise Vote ignores its `rules`.
    bool uses_rule_features() const { return uses_rule_features_; }

    std::size_t feature_count() const { return rows_.size() / kModelCategoryCount; }
    bool empty() const { return enabled_ == 0; }

  private:
    struct Builder;
    const float* Row(std::uint64_t hash) const;    // filter, then table
    const float* Probe(std::uint64_t hash) const;  // table only
    // The comment's feature keys that pass the filter, at the front of `keys`; returns how many.
    std::size_t PassingKeys(std::string_view normalized, std::vector<std::uint64_t>& keys) const;
    void BuildVoteTable();

    // Vote's table when at most kVoteMax categories have thresholds: key and those categories'
    // weights in one slot (16 bytes for two categories, else 32), so a feature costs one cache line
    // (features weighing 0 for all left out).
    static constexpr std::size_t kVoteMax = 6;
    template <std::size_t N>
    struct VoteSlot {
        std::uint64_t key = 0;  // 0 = empty
        std::array<float, N> weights{};
    };
    template <std::size_t N>
    std::uint32_t VoteWith(const std::vector<VoteSlot<N>>& table, std::string_view normalized, const RuleFeatures& rules) const;
    template <std::size_t N>
    void FillVoteTable(std::vector<VoteSlot<N>>& table, std::size_t n);
    void Insert(std::uint64_t hash, std::size_t row);

    static constexpr std::uint64_t kFilterBits = 1u << 16;
    std::vector<std::uint64_t> filter_;  // a bit per (key >> 40) % kFilterBits present: 8 KB
    std::vector<std::uint64_t> keys_;    // open addressing, 0 = empty slot
    std::vector<std::uint32_t> slots_;   // row index per key
    std::vector<float> rows_;            // kModelCategoryCount weights per feature
    std::array<double, kModelCategoryCount> cut_{};  // log-odds threshold per category
    std::uint32_t enabled_ = 0;          // bit i: category i has a threshold
    std::uint32_t addable_ = 0;          // the same as bits (1u << Category)
    bool uses_rule_features_ = false;
    std::vector<float> rule_rows_;       // kModelCategoryCount weights per rule feature bit
    std::vector<float> rule_vote_;       // kVoteMax weights per rule feature bit (Vote's order)
    std::uint64_t mask_ = 0;
    std::vector<VoteSlot<2>> narrow_slots_;                  // up to two voting categories
    std::vector<VoteSlot<kVoteMax>> wide_slots_;             // three to six; both empty: Scores
    std::array<std::size_t, kVoteMax> vote_category_{};      // kModelCategories index per weight, or count
    std::uint64_t vote_mask_ = 0;
};

// The embedded data/models/comments.tsv, parsed once (an unparsable file votes for nothing; a
// test checks it parses).
const CommentModel& BuiltinCommentModel();
core::Result<CommentModel> ParseBuiltinCommentModel();
// The builtin model's vote, or 0 while switched off (the trainer reads the rules alone).
std::uint32_t BuiltinCommentModelVote(std::string_view normalized, const RuleFeatures& rules = {});
void EnableBuiltinCommentModel(bool on);
// True if a vote could change the verdict of a comment whose rules settled `settled`
// (SettledCategories): some category the builtin model may add is not settled, or rule features
// are being recorded. The classifier skips the model (and its features) otherwise.
bool BuiltinCommentModelWanted(std::uint32_t settled);
// True if BuiltinCommentModelVote reads its `rules` (the model has rule features, or they are
// being recorded): otherwise the classifier need not work them out.
bool BuiltinCommentModelUsesRuleFeatures();
// For the trainer, on this thread: while on, every BuiltinCommentModelVote keeps its rule features
// (even with the model switched off) for LastRuleFeatures.
void RecordRuleFeatures(bool on);
const RuleFeatures& LastRuleFeatures();

// The finding that explains a category the model added: rule id "model/<category>" (e.g.
// "model/complaint") and an empty span at 0 (no phrase decided it; a span over the whole comment
// would move when text is appended), so a reviewer sees no phrase rule fired.
Finding ModelFinding(Category category);
// Bits (1u << Category) of every category not in `categories` or explained by a finding of it:
// with the rest, a vote can only add model findings.
std::uint32_t ExplainedCategories(const std::vector<Category>& categories, const std::vector<Finding>& findings);
// Appends ModelFinding(c) for each category c of `categories` that `voted` holds and no finding
// in `findings` explains yet.
void AddModelFindings(std::uint32_t voted, const std::vector<Category>& categories, std::vector<Finding>& findings);

// The table key of a feature name ("u:tok", "b:tok tok", "bias"): unigram and bigram keys are mixed
// from per-token FNV-1a hashes, so scoring hashes each token's bytes once and builds no string.
std::uint64_t FeatureKey(std::string_view name);

}  // namespace steward::screening::model
