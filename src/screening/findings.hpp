// What the screening engine reports: one Finding per thing it found in a text, with the span in the
// ORIGINAL text's bytes, so that a moderator (or a caption editor) can highlight exactly why.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steward::screening {

// Half-open byte range [begin, end) into the original (un-normalised) UTF-8 text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
};

// Comment categories (testdata/dev/README.md) plus the post-only kinds kName and kTone.
enum class Category {
    kOk,
    kProfanity,
    kInsult,
    kHate,
    kSexual,
    kThreat,
    kSafeguarding,
    kPersonalData,
    kSpam,
    kComplaint,
    kQuestion,
    kName,  // a roster pupil's name (used by the posts checks)
    kTone,  // a word that moved the tone score
};

enum class Severity { kLow, kMedium, kHigh };

struct Finding {
    Span span;                  // original byte offsets
    Category category = Category::kOk;
    std::string rule_id;        // e.g. "profanity/fuck", "pd/uk_mobile", "threat/burn_school"
    Severity severity = Severity::kLow;
    double confidence = 1.0;    // 0..1; names that are also words get < 1
    std::string matched;        // the original text of the span
};

// snake_case names used in JSON output: "personal_data", "high", ...
std::string_view CategoryName(Category category);
std::string_view SeverityName(Severity severity);

// Sorts by span begin, then end, then category; removes exact duplicates.
void SortFindings(std::vector<Finding>& findings);

}  // namespace steward::screening
