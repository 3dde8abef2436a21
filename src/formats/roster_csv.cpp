// Roster CSV: header aliases first, then every row validated before anything is returned.
#include "formats/roster_csv.hpp"

#include <cctype>
#include <unordered_map>

#include "formats/csv_reader.hpp"
#include "formats/row_problems.hpp"

namespace steward::formats {
namespace {

struct RosterColumns {
    int id = -1;
    int first = -1;
    int last = -1;
    int preferred = -1;
    int year = -1;
    int do_not_publish = -1;
};

RosterColumns FindRosterColumns(const std::vector<std::string>& header) {
    RosterColumns columns;
    columns.id = FindColumn(header, {"pupil_id", "pupil id", "upn", "adno", "admission number",
                                     "mis id", "student id", "id"});
    columns.first = FindColumn(header, {"first_name", "legal forename", "forename", "first name",
                                        "given name", "firstname"});
    columns.last = FindColumn(header, {"last_name", "legal surname", "surname", "last name",
                                       "family name", "lastname"});
    columns.preferred = FindColumn(header, {"preferred_name", "preferred forename",
                                            "preferred name", "known as", "chosen name"});
    columns.year = FindColumn(header, {"year_group", "year group", "year", "nc year",
                                       "curriculum year", "national curriculum year"});
    columns.do_not_publish = FindColumn(header, {"do_not_publish", "do not publish", "dnp",
                                                 "no publicity", "media opt out"});
    return columns;
}

std::string Field(const CsvRecord& record, int column) {
    if (column < 0 || column >= static_cast<int>(record.fields.size())) return {};
    return std::string(Trim(record.fields[column]));
}

}  // namespace

std::optional<std::string> NormalizeYearGroup(std::string_view text) {
    std::string lower(Trim(text));
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "r" || lower == "rec" || lower == "reception" || lower == "yr" || lower == "y0" ||
        lower == "0") {
        return "R";
    }
    if (lower == "n" || lower == "nur" || lower == "nursery") return "N";
    // Scottish stages: P1-P7 (primary) and S1-S6 (secondary) are kept as written.
    if (lower.size() == 2 && (lower[0] == 'p' || lower[0] == 's') &&
        ((lower[0] == 'p' && lower[1] >= '1' && lower[1] <= '7') ||
         (lower[0] == 's' && lower[1] >= '1' && lower[1] <= '6'))) {
        return std::string(1, static_cast<char>(lower[0] - 'a' + 'A')) + lower[1];
    }
    for (std::string_view prefix : {"year ", "year", "yr ", "yr", "y"}) {
        if (lower.rfind(prefix, 0) == 0 && lower.size() > prefix.size()) {
            lower = lower.substr(prefix.size());
            break;
        }
    }
    if (lower.empty() || lower.size() > 2) return std::nullopt;
    for (char c : lower) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    }
    const int year = std::stoi(lower);
    if (year < 1 || year > 13) return std::nullopt;
    return std::to_string(year);
}

core::Result<std::vector<domain::Pupil>> ParseRosterCsv(std::string_view text,
                                                        std::string_view source) {
    auto records = ParseCsv(text, source);
    if (!records) return records.error();
    if (records->empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "The roster is empty; add a header row.",
                           std::string(source)};
    }
    const RosterColumns columns = FindRosterColumns(records->front().fields);
    if (columns.id < 0 || columns.first < 0 || columns.last < 0 || columns.year < 0) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The header needs a pupil id (pupil_id, UPN or Adno), first name, last "
                           "name and year group column.",
                           std::string(source) + " line 1"};
    }
    RowProblems problems(source);
    std::unordered_map<std::string, int> seen;
    std::vector<domain::Pupil> pupils;
    for (std::size_t index = 1; index < records->size(); ++index) {
        const CsvRecord& row = (*records)[index];
        domain::Pupil pupil{Field(row, columns.id),       Field(row, columns.first),
                            Field(row, columns.last),     Field(row, columns.preferred),
                            Field(row, columns.year),     false};
        if (pupil.id.empty()) problems.Add(row.line, "pupil id is empty");
        if (pupil.first_name.empty()) problems.Add(row.line, "first name is empty");
        if (pupil.last_name.empty()) problems.Add(row.line, "last name is empty");
        auto year = NormalizeYearGroup(pupil.year_group);
        if (!year) {
            problems.Add(row.line, "year group is not N, R or 1-13");
        } else {
            pupil.year_group = *year;
        }
        auto flag = ParseFlag(Field(row, columns.do_not_publish), false);
        if (!flag) problems.Add(row.line, "do_not_publish is not true or false");
        pupil.do_not_publish = flag.value_or(false);
        if (!pupil.id.empty()) {
            auto [it, inserted] = seen.emplace(pupil.id, row.line);
            if (!inserted) {
                problems.Add(row.line, "pupil id repeats line " + std::to_string(it->second));
            }
        }
        pupils.push_back(std::move(pupil));
    }
    if (!problems.empty()) return problems.ToError();
    return pupils;
}

}  // namespace steward::formats
