// Report forms for each concern type (INC-01; DM-6 for inappropriate content, the others inferred
// from INC-03..INC-15): which fields each form has, which are required, which take a choice.
// Entry points: ValidateReportForm(), FormFor().
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/cases/case_types.hpp"

namespace steward::domain {

struct FormField {
    std::string_view name;
    bool required = false;
    std::vector<std::string_view> choices;  // empty: free text (at most kMaxFieldBytes)
    bool is_datetime = false;               // YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]
};

inline constexpr std::size_t kMaxFieldBytes = 5000;
inline constexpr std::size_t kMaxSummaryBytes = 300;

// Returns the form of `type`: every field it has, in display order.
const std::vector<FormField>& FormFor(ConcernType type);

// Checks `fields` against the form of `type`: unknown field names, missing required fields,
// values outside a field's choices, bad dates, over-long text. With `require_fields` false (a
// case the system opens from a comment) only the values given are checked.
// Returns kInvalidInput naming the field in `where` ("fields.where_seen") and the rule.
core::Status ValidateReportForm(ConcernType type, const std::map<std::string, std::string>& fields,
                                bool require_fields);

}  // namespace steward::domain
