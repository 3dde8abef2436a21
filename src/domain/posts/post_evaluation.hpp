// PostEvaluation: compares the checker's results with labelled posts (testdata/dev posts.jsonl
// `expected`) and reports decision accuracy, per-reason precision/recall and every mismatch.
// Entry points: Add(), Report().
#pragma once

#include <string>
#include <vector>

#include "domain/posts/post_types.hpp"

namespace steward::domain {

// The labelled answer for one post.
struct PostLabel {
    PostDecision decision = PostDecision::kApprove;
    std::vector<PostReason> reasons;
};

class PostEvaluation {
  public:
    // Records one post's result against its label.
    void Add(const PostCheckResult& actual, const PostLabel& expected);

    std::size_t posts() const { return posts_; }
    double DecisionAccuracy() const;
    // Precision and recall of one reason code; 1.0 when undefined (no predictions / no labels).
    double Precision(PostReason reason) const;
    double Recall(PostReason reason) const;
    // Posts whose reasons (as a set) match exactly.
    double ExactReasonsRate() const;

    // A readable report: accuracy, a per-reason table, then one line per mismatch.
    std::string Report() const;

  private:
    struct Counts {
        int true_positive = 0;
        int false_positive = 0;
        int false_negative = 0;
    };
    std::size_t posts_ = 0;
    std::size_t decisions_right_ = 0;
    std::size_t reasons_exact_ = 0;
    std::vector<Counts> counts_ = std::vector<Counts>(AllPostReasons().size());  // by reason
    std::vector<std::string> mismatches_;
};

}  // namespace steward::domain
