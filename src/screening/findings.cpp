// Names and ordering for findings.
#include "screening/findings.hpp"

#include <algorithm>
#include <tuple>

namespace steward::screening {

std::string_view CategoryName(Category category) {
    switch (category) {
        case Category::kOk: return "ok";
        case Category::kProfanity: return "profanity";
        case Category::kInsult: return "insult";
        case Category::kHate: return "hate";
        case Category::kSexual: return "sexual";
        case Category::kThreat: return "threat";
        case Category::kSafeguarding: return "safeguarding";
        case Category::kPersonalData: return "personal_data";
        case Category::kSpam: return "spam";
        case Category::kComplaint: return "complaint";
        case Category::kQuestion: return "question";
        case Category::kName: return "name";
        case Category::kTone: return "tone";
    }
    return "ok";
}

std::string_view SeverityName(Severity severity) {
    switch (severity) {
        case Severity::kLow: return "low";
        case Severity::kMedium: return "medium";
        case Severity::kHigh: return "high";
    }
    return "low";
}

void SortFindings(std::vector<Finding>& findings) {
    auto key = [](const Finding& f) {  // references: no copy of rule_id per comparison
        return std::tuple<std::size_t, std::size_t, int, const std::string&>(f.span.begin, f.span.end,
                                                                              static_cast<int>(f.category), f.rule_id);
    };
    auto less = [&](const Finding& a, const Finding& b) { return key(a) < key(b); };
    // Findings usually come in order already: if every one is strictly after the one before, the
    // order is the sorted one and there is nothing to remove.
    bool strictly_ordered = true;
    for (std::size_t i = 1; i < findings.size() && strictly_ordered; ++i) {
        strictly_ordered = less(findings[i - 1], findings[i]);
    }
    if (strictly_ordered) return;
    std::sort(findings.begin(), findings.end(), less);
    findings.erase(std::unique(findings.begin(), findings.end(),
                               [&](const Finding& a, const Finding& b) { return key(a) == key(b); }),
                   findings.end());
}

}  // namespace steward::screening
