// Roster import: reads the exchange format (data/dev roster.csv) and common MIS exports (SIMS,
// Arbor, Bromcom headings such as "Legal Surname", "Preferred Forename", "UPN", "Adno").
// Entry point: ParseRosterCsv().
#pragma once

#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/access/pupil.hpp"

namespace steward::formats {

// Parses a whole roster, all or nothing. Returns kInvalidInput naming every bad row by line
// (empty id or names, duplicate ids, unknown year group, bad do-not-publish flag) or a missing
// column. Year groups are normalised to "N", "R", "1".."13" ("Year 7", "Y7", "Reception").
core::Result<std::vector<domain::Pupil>> ParseRosterCsv(std::string_view text,
                                                        std::string_view source = "roster.csv");

// Normalises a year group label ("Year 7" -> "7", "Reception" -> "R", Scottish "p3" -> "P3");
// nullopt if it is not N, R, 1-13, P1-P7 or S1-S6.
std::optional<std::string> NormalizeYearGroup(std::string_view text);

}  // namespace steward::formats
