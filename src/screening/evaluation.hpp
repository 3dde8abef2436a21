// Accuracy of comment screening against labelled data: per-category precision, recall and F1,
// exact-set accuracy and action accuracy. Pure computation (no I/O); used by
// `steward screen comments --evaluate` and bench/screening_eval.cpp.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "screening/screener.hpp"

namespace steward::screening {

class CommentEvaluation {
  public:
    // `expected` are label names ("ok", "personal_data"); `expected_action` e.g. "dsl".
    void Add(const CommentVerdict& predicted, const std::vector<std::string>& expected,
             const std::string& expected_action);

    struct Counts {
        int tp = 0, fp = 0, fn = 0;
        double Precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
        double Recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
        double F1() const {
            double p = Precision(), r = Recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    };
    const std::map<std::string, Counts>& per_category() const { return per_category_; }
    int total() const { return total_; }
    double ActionAccuracy() const { return total_ == 0 ? 0 : static_cast<double>(action_ok_) / total_; }
    double ExactSetAccuracy() const { return total_ == 0 ? 0 : static_cast<double>(exact_) / total_; }
    double MacroF1() const;

    // A plain-text table: category, support, precision, recall, F1; then the summary lines.
    std::string Report() const;

  private:
    std::map<std::string, Counts> per_category_;
    int total_ = 0;
    int action_ok_ = 0;
    int exact_ = 0;
};

}  // namespace steward::screening
