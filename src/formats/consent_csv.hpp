// Consent import in the exchange format (data/dev consent.csv): pupil_id, academic_year,
// platform, image, video, name, given_by, recorded_on, withdrawn_on. Entry point: ParseConsentCsv().
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/access/pupil.hpp"
#include "domain/consent/consent_types.hpp"

namespace steward::formats {

struct ConsentCsvOptions {
    // When non-empty, every pupil_id must be on this roster.
    std::span<const domain::Pupil> roster;
    // When set, recorded_on and withdrawn_on may not be after this date.
    std::optional<domain::Date> today;
    // When true (the register import), a second row for the same pupil, year and platform is an
    // error; when false (a check run), later rows are amendments that supersede earlier ones.
    bool one_decision_per_year = true;
    // When set, called for each row that is otherwise valid; a non-empty answer is that row's
    // problem (the register import checks rows against the register this way).
    std::function<std::string(const domain::ConsentRecord&)> row_check;
};

// Parses a whole consent file, all or nothing. Returns kInvalidInput naming every bad row by line:
// unknown pupil, bad academic year, unknown platform, bad flags or giver, bad or future dates, a
// withdrawal before its consent, or a second decision for the same pupil, year and platform.
core::Result<std::vector<domain::ConsentRecord>> ParseConsentCsv(
    std::string_view text, const ConsentCsvOptions& options = {},
    std::string_view source = "consent.csv");

}  // namespace steward::formats
