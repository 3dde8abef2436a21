// RowProblems: collects every bad row of an all-or-nothing import so that one error reports them
// all ("roster.csv lines 4, 9: line 4: first name is empty; line 9: ...").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace steward::formats {

class RowProblems {
  public:
    explicit RowProblems(std::string_view source) : source_(source) {}

    // Records one problem on `line`. Messages name the column and the rule, never the value.
    void Add(int line, std::string message);
    bool empty() const { return problems_.empty(); }

    // Returns one kInvalidInput error listing every problem (at most 50 spelled out).
    core::Error ToError() const;

  private:
    struct Problem {
        int line;
        std::string message;
    };
    std::string source_;
    std::vector<Problem> problems_;
};

// Parses true/false, yes/no, y/n, 1/0 in any case; empty means `empty_value`.
std::optional<bool> ParseFlag(std::string_view text, bool empty_value);

}  // namespace steward::formats
