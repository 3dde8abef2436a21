// Comments CSV rows -> IncomingComment, and the timestamps both the CSV and the JSON endpoint use.
#include "formats/comments_csv.hpp"

#include <charconv>

#include "core/uk_time.hpp"
#include "formats/csv_reader.hpp"
#include "formats/row_problems.hpp"

namespace steward::formats {
namespace {

constexpr std::size_t kMaxCsvTextBytes = 16 * 1024;  // domain::kMaxCommentTextBytes

bool ReadNumber(std::string_view text, std::size_t at, std::size_t length, int& out) {
    if (at + length > text.size()) return false;
    const char* begin = text.data() + at;
    auto [end, ec] = std::from_chars(begin, begin + length, out);
    return ec == std::errc() && end == begin + length;
}

core::Error BadTime(std::string_view where) {
    return core::Error{core::ErrorCode::kInvalidInput,
                       "The time is not in the form 2026-11-21T10:00:00Z (or a London time "
                       "2026-11-21 10:00).",
                       std::string(where)};
}

}  // namespace

core::Result<core::TimePoint> ParseCommentTime(std::string_view text, std::string_view where) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (text.size() < 16 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ') ||
        text[13] != ':' || !ReadNumber(text, 0, 4, year) || !ReadNumber(text, 5, 2, month) ||
        !ReadNumber(text, 8, 2, day) || !ReadNumber(text, 11, 2, hour) ||
        !ReadNumber(text, 14, 2, minute)) {
        return BadTime(where);
    }
    std::size_t at = 16;
    if (at < text.size() && text[at] == ':') {
        if (!ReadNumber(text, at + 1, 2, second)) return BadTime(where);
        at += 3;
    }
    const std::chrono::year_month_day date{std::chrono::year(year),
                                           std::chrono::month(static_cast<unsigned>(month)),
                                           std::chrono::day(static_cast<unsigned>(day))};
    if (!date.ok() || hour > 23 || minute > 59 || second > 59) return BadTime(where);
    const auto clock = std::chrono::hours(hour) + std::chrono::minutes(minute) +
                       std::chrono::seconds(second);
    const std::string_view zone = text.substr(at);
    if (zone.empty()) {
        const core::LocalTime local{std::chrono::local_days(date).time_since_epoch() + clock};
        return core::TimeZone::London().ToUtc(local);
    }
    core::TimePoint utc{std::chrono::sys_days(date).time_since_epoch() + clock};
    if (zone == "Z") return utc;
    int offset_hours = 0, offset_minutes = 0;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
        !ReadNumber(zone, 1, 2, offset_hours) || !ReadNumber(zone, 4, 2, offset_minutes) ||
        offset_hours > 14 || offset_minutes > 59) {
        return BadTime(where);
    }
    const auto offset = std::chrono::hours(offset_hours) + std::chrono::minutes(offset_minutes);
    return zone[0] == '+' ? utc - offset : utc + offset;
}

core::Result<std::vector<domain::IncomingComment>> ParseCommentsCsv(std::string_view text,
                                                                    std::string_view school_id,
                                                                    std::string_view account_id,
                                                                    std::string_view source) {
    auto records = ParseCsv(text, source);
    if (!records) return records.error();
    const std::string file(source);
    if (records->empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "The file is empty.", file};
    }
    if (records->size() - 1 > kMaxCommentsCsvRows) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The file has more than 100000 comments; split it.", file};
    }
    const auto& header = (*records)[0].fields;
    const int id_column = FindColumn(header, {"comment_id", "platform_comment_id", "id"});
    const int text_column = FindColumn(header, {"text", "message", "comment"});
    const int time_column = FindColumn(header, {"received_at", "created_time", "time"});
    for (auto [column, name] : {std::pair{id_column, "comment_id"}, std::pair{text_column, "text"},
                                std::pair{time_column, "received_at"}}) {
        if (column < 0) {
            return core::Error{core::ErrorCode::kInvalidInput,
                               std::string("The header has no ") + name + " column.",
                               file + " line 1"};
        }
    }
    const int handle_column = FindColumn(header, {"author_handle", "username", "handle"});
    const int name_column = FindColumn(header, {"author_name", "name", "from"});
    const int post_column = FindColumn(header, {"post_id", "media_id"});
    const int link_column = FindColumn(header, {"link", "permalink", "url"});
    RowProblems problems(source);
    std::vector<domain::IncomingComment> comments;
    comments.reserve(records->size() - 1);
    for (std::size_t index = 1; index < records->size(); ++index) {
        const CsvRecord& record = (*records)[index];
        auto cell = [&](int column) -> std::string {
            if (column < 0 || static_cast<std::size_t>(column) >= record.fields.size()) return {};
            return std::string(Trim(record.fields[static_cast<std::size_t>(column)]));
        };
        domain::IncomingComment comment;
        comment.school_id = std::string(school_id);
        comment.account_id = std::string(account_id);
        comment.source = domain::CommentSource::kCsv;
        comment.platform_comment_id = cell(id_column);
        comment.text = cell(text_column);
        comment.author_handle = cell(handle_column);
        comment.author_name = cell(name_column);
        comment.platform_post_id = cell(post_column);
        comment.link = cell(link_column);
        const int line = record.line;
        if (comment.platform_comment_id.empty()) problems.Add(line, "comment_id is empty");
        if (comment.text.empty()) problems.Add(line, "text is empty");
        if (comment.text.size() > kMaxCsvTextBytes) {
            problems.Add(line, "text is longer than 16384 bytes");
        }
        auto received = ParseCommentTime(cell(time_column), "received_at");
        if (!received) {
            problems.Add(line, "received_at is not a time like 2026-11-21T10:00:00Z");
        } else {
            comment.received_at = *received;
        }
        comments.push_back(std::move(comment));
    }
    if (!problems.empty()) return problems.ToError();
    return comments;
}

}  // namespace steward::formats
