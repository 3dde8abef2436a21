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
    std::sort(findings.begin(), findings.end(),
              [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
    findings.erase(std::unique(findings.begin(), findings.end(),
                               [&](const Finding& a, const Finding& b) { return key(a) == key(b); }),
                   findings.end());
}

}  // namespace steward::screening
