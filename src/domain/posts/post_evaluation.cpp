// Evaluation arithmetic; the labels come from the caller (formats reads them).
#include "domain/posts/post_evaluation.hpp"

#include <algorithm>
#include <cstdio>

namespace steward::domain {
namespace {

std::string Join(const std::vector<PostReason>& reasons) {
    std::string out;
    for (PostReason reason : reasons) {
        if (!out.empty()) out += ',';
        out += PostReasonCode(reason);
    }
    return out.empty() ? "-" : out;
}

bool Has(const std::vector<PostReason>& reasons, PostReason reason) {
    return std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
}

}  // namespace

void PostEvaluation::Add(const PostCheckResult& actual, const PostLabel& expected) {
    ++posts_;
    const bool decision_ok = actual.decision == expected.decision;
    if (decision_ok) ++decisions_right_;
    bool reasons_ok = true;
    for (std::size_t index = 0; index < counts_.size(); ++index) {
        const PostReason reason = AllPostReasons()[index];
        const bool predicted = Has(actual.reasons, reason);
        const bool labelled = Has(expected.reasons, reason);
        if (predicted && labelled) ++counts_[index].true_positive;
        if (predicted && !labelled) ++counts_[index].false_positive;
        if (!predicted && labelled) ++counts_[index].false_negative;
        if (predicted != labelled) reasons_ok = false;
    }
    if (reasons_ok) ++reasons_exact_;
    if (!decision_ok || !reasons_ok) {
        mismatches_.push_back(actual.post_id + ": expected " +
                              std::string(PostDecisionName(expected.decision)) + " [" +
                              Join(expected.reasons) + "], got " +
                              std::string(PostDecisionName(actual.decision)) + " [" +
                              Join(actual.reasons) + "]");
    }
}

double PostEvaluation::DecisionAccuracy() const {
    return posts_ == 0 ? 1.0 : static_cast<double>(decisions_right_) / static_cast<double>(posts_);
}

double PostEvaluation::ExactReasonsRate() const {
    return posts_ == 0 ? 1.0 : static_cast<double>(reasons_exact_) / static_cast<double>(posts_);
}

double PostEvaluation::Precision(PostReason reason) const {
    const Counts& c = counts_[static_cast<std::size_t>(reason)];
    const int predicted = c.true_positive + c.false_positive;
    return predicted == 0 ? 1.0 : static_cast<double>(c.true_positive) / predicted;
}

double PostEvaluation::Recall(PostReason reason) const {
    const Counts& c = counts_[static_cast<std::size_t>(reason)];
    const int labelled = c.true_positive + c.false_negative;
    return labelled == 0 ? 1.0 : static_cast<double>(c.true_positive) / labelled;
}

std::string PostEvaluation::Report() const {
    char line[160];
    std::string out;
    std::snprintf(line, sizeof line, "posts: %zu\ndecision accuracy: %.4f (%zu/%zu)\n", posts_,
                  DecisionAccuracy(), decisions_right_, posts_);
    out += line;
    std::snprintf(line, sizeof line, "exact reason sets: %.4f (%zu/%zu)\n", ExactReasonsRate(),
                  reasons_exact_, posts_);
    out += line;
    out += "reason                  precision  recall   tp  fp  fn\n";
    for (std::size_t index = 0; index < counts_.size(); ++index) {
        const PostReason reason = AllPostReasons()[index];
        const Counts& c = counts_[index];
        std::snprintf(line, sizeof line, "%-22s  %9.3f  %6.3f  %3d %3d %3d\n",
                      std::string(PostReasonCode(reason)).c_str(), Precision(reason), Recall(reason),
                      c.true_positive, c.false_positive, c.false_negative);
        out += line;
    }
    out += "mismatches: " + std::to_string(mismatches_.size()) + "\n";
    for (const std::string& mismatch : mismatches_) out += "  " + mismatch + "\n";
    return out;
}

}  // namespace steward::domain
