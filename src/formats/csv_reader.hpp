// CsvReader: an RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF, UTF-8 BOM, newlines
// inside quotes) that every CSV import (roster, consent) builds on. Entry point: ParseCsv().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace steward::formats {

// One record of a CSV file. `line` is the 1-based line on which the record starts.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

// Parses the whole of `text` into records (the header, if any, is record 0). Blank lines are
// skipped. Returns kInvalidInput, with `where` = "<source> line N", for an unterminated quoted
// field or a stray quote inside an unquoted field. `source` names the file in messages.
core::Result<std::vector<CsvRecord>> ParseCsv(std::string_view text, std::string_view source);

// Maps header cells to column indexes after trimming and case-insensitive comparison, so that
// "Legal Surname" and "legal surname" meet. Returns the index of the first heading in
// `candidates` that is present, or -1.
int FindColumn(const std::vector<std::string>& header, const std::vector<std::string_view>& candidates);

// Returns `text` without leading and trailing spaces and tabs.
std::string_view Trim(std::string_view text);

}  // namespace steward::formats
