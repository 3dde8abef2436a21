// CommentEvaluation: counts per category and per action.
#include "screening/evaluation.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace steward::screening {

void CommentEvaluation::Add(const CommentVerdict& predicted, const std::vector<std::string>& expected,
                            const std::string& expected_action) {
    std::set<std::string> got;
    for (Category c : predicted.categories) got.insert(std::string(CategoryName(c)));
    std::set<std::string> want(expected.begin(), expected.end());
    for (const std::string& c : got) {
        if (want.count(c)) ++per_category_[c].tp;
        else ++per_category_[c].fp;
    }
    for (const std::string& c : want) {
        if (!got.count(c)) ++per_category_[c].fn;
    }
    ++total_;
    if (ActionName(predicted.action) == expected_action) ++action_ok_;
    if (got == want) ++exact_;
}

double CommentEvaluation::MacroF1() const {
    if (per_category_.empty()) return 0;
    double sum = 0;
    for (const auto& [name, counts] : per_category_) sum += counts.F1();
    return sum / static_cast<double>(per_category_.size());
}

std::string CommentEvaluation::Report() const {
    std::string out = "category        support  precision  recall     f1\n";
    char line[160];
    for (const auto& [name, c] : per_category_) {
        std::snprintf(line, sizeof line, "%-15s %7d  %9.3f  %6.3f  %5.3f\n", name.c_str(), c.tp + c.fn,
                      c.Precision(), c.Recall(), c.F1());
        out += line;
    }
    std::snprintf(line, sizeof line,
                  "comments %d  macro_f1 %.3f  exact_set_accuracy %.3f  action_accuracy %.3f\n", total_,
                  MacroF1(), ExactSetAccuracy(), ActionAccuracy());
    out += line;
    return out;
}

}  // namespace steward::screening
