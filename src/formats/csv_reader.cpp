// RFC 4180 parsing as a small state machine over bytes; UTF-8 passes through untouched.
#include "formats/csv_reader.hpp"

#include <cctype>

namespace steward::formats {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

core::Error BadCsv(std::string_view source, int line, std::string message) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message),
                       std::string(source) + " line " + std::to_string(line)};
}

bool IsBlank(const CsvRecord& record) {
    return record.fields.size() == 1 && Trim(record.fields[0]).empty();
}

}  // namespace

std::string_view Trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

core::Result<std::vector<CsvRecord>> ParseCsv(std::string_view text, std::string_view source) {
    if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
    std::vector<CsvRecord> records;
    CsvRecord current{1, {std::string()}};
    int line = 1;
    bool in_quotes = false;
    bool field_was_quoted = false;
    int quote_line = 0;
    auto end_record = [&](int next_line) {
        if (!IsBlank(current)) records.push_back(std::move(current));
        current = CsvRecord{next_line, {std::string()}};
        field_was_quoted = false;
    };
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const char c = text[pos];
        std::string& field = current.fields.back();
        if (in_quotes) {
            if (c == '"') {
                if (pos + 1 < text.size() && text[pos + 1] == '"') {
                    field.push_back('"');
                    ++pos;
                } else {
                    in_quotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.empty() || field_was_quoted) {
                return BadCsv(source, line, "A quote mark appears inside an unquoted field; "
                                            "wrap the field in quotes and double any quote inside it.");
            }
            in_quotes = true;
            field_was_quoted = true;
            quote_line = line;
        } else if (c == ',') {
            current.fields.emplace_back();
            field_was_quoted = false;
        } else if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
            continue;  // CRLF: the '\n' ends the record
        } else if (c == '\n' || c == '\r') {
            ++line;
            end_record(line);
        } else if (field_was_quoted) {
            return BadCsv(source, line, "Text follows a closing quote mark; put the whole field "
                                        "inside the quotes.");
        } else {
            field.push_back(c);
        }
    }
    if (in_quotes) {
        return BadCsv(source, quote_line, "A quoted field is never closed; add the closing quote mark.");
    }
    end_record(line);
    return records;
}

int FindColumn(const std::vector<std::string>& header,
               const std::vector<std::string_view>& candidates) {
    auto same = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t k = 0; k < a.size(); ++k) {
            if (std::tolower(static_cast<unsigned char>(a[k])) !=
                std::tolower(static_cast<unsigned char>(b[k]))) {
                return false;
            }
        }
        return true;
    };
    for (std::string_view candidate : candidates) {
        for (std::size_t column = 0; column < header.size(); ++column) {
            if (same(Trim(header[column]), candidate)) return static_cast<int>(column);
        }
    }
    return -1;
}

}  // namespace steward::formats
