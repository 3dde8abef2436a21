// Consent CSV: each row checked on its own, then across rows (one decision per pupil, year and
// platform), before anything is returned.
#include "formats/consent_csv.hpp"

#include <map>
#include <tuple>
#include <unordered_set>

#include "formats/csv_reader.hpp"
#include "formats/row_problems.hpp"

namespace steward::formats {
namespace {

struct ConsentColumns {
    int pupil = -1, year = -1, platform = -1, image = -1, video = -1, name = -1;
    int given_by = -1, recorded_on = -1, withdrawn_on = -1;
};

ConsentColumns FindConsentColumns(const std::vector<std::string>& header) {
    ConsentColumns c;
    c.pupil = FindColumn(header, {"pupil_id", "pupil id", "upn", "adno"});
    c.year = FindColumn(header, {"academic_year", "academic year", "year"});
    c.platform = FindColumn(header, {"platform"});
    c.image = FindColumn(header, {"image", "images", "photo"});
    c.video = FindColumn(header, {"video", "videos"});
    c.name = FindColumn(header, {"name", "names"});
    c.given_by = FindColumn(header, {"given_by", "given by"});
    c.recorded_on = FindColumn(header, {"recorded_on", "recorded on", "received_on"});
    c.withdrawn_on = FindColumn(header, {"withdrawn_on", "withdrawn on"});
    return c;
}

std::string Field(const CsvRecord& record, int column) {
    if (column < 0 || column >= static_cast<int>(record.fields.size())) return {};
    return std::string(Trim(record.fields[column]));
}

bool ParseRow(const CsvRecord& row, const ConsentColumns& c, const ConsentCsvOptions& options,
              const std::unordered_set<std::string>& roster, RowProblems& problems,
              domain::ConsentRecord& out) {
    bool ok = true;
    auto fail = [&](std::string message) {
        problems.Add(row.line, std::move(message));
        ok = false;
    };
    out.pupil_id = Field(row, c.pupil);
    if (out.pupil_id.empty()) fail("pupil_id is empty");
    else if (!roster.empty() && !roster.count(out.pupil_id)) fail("pupil_id is not on the roster");
    auto year = domain::ParseAcademicYear(Field(row, c.year));
    if (!year) fail("academic_year is not like 2026/27");
    else out.academic_year = *year;
    auto platform = domain::ParsePlatform(Field(row, c.platform));
    if (!platform) fail("platform is not one of facebook, instagram, x, youtube, website, tiktok");
    else out.platform = *platform;
    auto image = ParseFlag(Field(row, c.image), false);
    auto video = ParseFlag(Field(row, c.video), false);
    auto name = ParseFlag(Field(row, c.name), false);
    if (!image || !video || !name) fail("image, video and name must each be true or false");
    out.image = image.value_or(false);
    out.video = video.value_or(false);
    out.name = name.value_or(false);
    auto giver = domain::ParseConsentGiver(Field(row, c.given_by));
    if (!giver) fail("given_by is not parent or pupil");
    else out.given_by = *giver;
    auto recorded = domain::ParseIsoDate(Field(row, c.recorded_on));
    if (!recorded) fail("recorded_on is not a date; use YYYY-MM-DD");
    else out.recorded_on = *recorded;
    out.withdrawn_on.reset();
    if (const std::string text = Field(row, c.withdrawn_on); !text.empty()) {
        out.withdrawn_on = domain::ParseIsoDate(text);
        if (!out.withdrawn_on) fail("withdrawn_on is not a date; use YYYY-MM-DD");
    }
    if (recorded && out.withdrawn_on && *out.withdrawn_on < *recorded) {
        fail("withdrawn_on is before recorded_on");
    }
    if (options.today && recorded && *recorded > *options.today) fail("recorded_on is in the future");
    if (options.today && out.withdrawn_on && *out.withdrawn_on > *options.today) {
        fail("withdrawn_on is in the future");
    }
    return ok;
}

}  // namespace

core::Result<std::vector<domain::ConsentRecord>> ParseConsentCsv(std::string_view text,
                                                                  const ConsentCsvOptions& options,
                                                                  std::string_view source) {
    auto records = ParseCsv(text, source);
    if (!records) return records.error();
    if (records->empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "The consent file is empty; add a header row.",
                           std::string(source)};
    }
    const ConsentColumns columns = FindConsentColumns(records->front().fields);
    if (columns.pupil < 0 || columns.year < 0 || columns.platform < 0 || columns.image < 0 ||
        columns.video < 0 || columns.name < 0 || columns.given_by < 0 || columns.recorded_on < 0) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The header needs pupil_id, academic_year, platform, image, video, name, "
                           "given_by and recorded_on columns.",
                           std::string(source) + " line 1"};
    }
    std::unordered_set<std::string> roster;
    for (const domain::Pupil& pupil : options.roster) roster.insert(pupil.id);
    RowProblems problems(source);
    std::map<std::tuple<std::string, int, int>, int> decisions;  // (pupil, year, platform) -> line
    std::vector<domain::ConsentRecord> out;
    for (std::size_t index = 1; index < records->size(); ++index) {
        const CsvRecord& row = (*records)[index];
        domain::ConsentRecord record;
        if (!ParseRow(row, columns, options, roster, problems, record)) continue;
        if (options.row_check) {
            if (std::string problem = options.row_check(record); !problem.empty()) {
                problems.Add(row.line, std::move(problem));
                continue;
            }
        }
        auto key = std::make_tuple(record.pupil_id, record.academic_year.start_year,
                                   static_cast<int>(record.platform));
        auto [it, inserted] = decisions.emplace(key, row.line);
        if (!inserted && options.one_decision_per_year) {
            problems.Add(row.line, "a decision for this pupil, year and platform is already on line " +
                                       std::to_string(it->second));
            continue;
        }
        out.push_back(std::move(record));
    }
    if (!problems.empty()) return problems.ToError();
    return out;
}

}  // namespace steward::formats
