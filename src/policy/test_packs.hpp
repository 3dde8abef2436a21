// Test-only helpers: the smallest valid pack (required keys only) and a way to append lines to it
// at known line numbers, so each malformed-pack test can assert the line of its problem.
#pragma once

#include <string>
#include <vector>

#include "policy/policy_loader.hpp"

namespace steward::policy::testing {

// Required keys only; roles.present lists every role the schema defaults refer to.
inline constexpr char kMinimalPack[] = R"([meta]
schema_version = "1.0"
school_id = "minimal"
school_name = "Minimal Primary"
seed_file = "none.txt"
defaulted_keys = []

[roles]
named_in_policy = ["headteacher"]
present = ["governing_body", "chair_of_governors", "headteacher", "dpo", "dsl", "it_manager", "account_administrator"]

[policy]
title = "Social Media Policy"
version_record_style = "review_stamp"
)";
inline constexpr int kMinimalPackLines = 14;

// Returns the minimal pack with `lines` appended; the first appended line is kMinimalPackLines + 1.
inline std::string MinimalPackWith(const std::vector<std::string>& lines) {
    std::string text = kMinimalPack;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

// Returns the minimal pack with every line containing `needle` replaced by `replacement`
// (removed if `replacement` is null).
inline std::string MinimalPackReplacing(const std::string& needle, const char* replacement) {
    std::string text;
    std::string rest = kMinimalPack;
    std::size_t start = 0;
    while (start < rest.size()) {
        const std::size_t end = rest.find('\n', start);
        const std::string line = rest.substr(start, end - start);
        if (line.find(needle) == std::string::npos) {
            text += line + "\n";
        } else if (replacement != nullptr) {
            text += std::string(replacement) + "\n";
        }
        start = end + 1;
    }
    return text;
}

inline std::string MinimalPackWithout(const std::string& needle) {
    return MinimalPackReplacing(needle, nullptr);
}

// Checks `text` as "minimal.toml".
inline PolicyCheckReport Check(const std::string& text) {
    return CheckPolicyPack(text, "minimal.toml");
}

}  // namespace steward::policy::testing
