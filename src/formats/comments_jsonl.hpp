// Comments JSONL (data/dev comments.jsonl): one incoming comment per line, `id` and `text` read;
// and the screening output, one JSON line per input line, in input order. Streaming both ways so
// memory stays flat for any file size. Entry points: CommentsJsonlReader, WriteCommentVerdict,
// WriteCommentError, ParseCommentLabel (evaluation only).
#pragma once

#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "screening/screener.hpp"

namespace steward::formats {

struct CommentRecord {
    std::string id_json;  // the id exactly as JSON ("\"c0001\"" or 17), echoed in the output
    std::string text;
};

// The dev-set label of a line (`expected_categories`, `escalate`); never an input to screening.
struct CommentLabel {
    std::vector<std::string> categories;
    std::string escalate;
};

// Longest line accepted (bytes); a longer line is an error line and the run continues.
inline constexpr std::size_t kMaxCommentLineBytes = 4u << 20;

// Parses one line. kInvalidInput with where = "<source> line N[, field F]" for bad JSON, a
// non-object, a missing or non-string text, or an id that is not a string or number.
core::Result<CommentRecord> ParseCommentLine(std::string_view line, int line_number,
                                             std::string_view source = "comments.jsonl");
core::Result<CommentLabel> ParseCommentLabel(std::string_view line, int line_number,
                                             std::string_view source = "comments.jsonl");

// Reads comments one line at a time. Blank lines are skipped (no output line for them).
class CommentsJsonlReader {
  public:
    explicit CommentsJsonlReader(std::istream& in, std::string source = "comments.jsonl")
        : in_(in), source_(std::move(source)) {}

    // The next comment or the error for that line; nullopt at end of input.
    std::optional<core::Result<CommentRecord>> Next();
    // The raw text of the line most recently returned (for reading its label).
    const std::string& raw_line() const { return buffer_; }
    int line() const { return line_; }

  private:
    std::istream& in_;
    std::string source_;
    std::string buffer_;
    int line_ = 0;
};

// {"id":…,"categories":[…],"action":"…","findings":[{"span":[b,e],"category":…,"rule_id":…,
// "severity":…,"confidence":…,"text":…}]} and a newline.
void WriteCommentVerdict(std::ostream& out, const CommentRecord& comment,
                         const screening::CommentVerdict& verdict);
// {"line":N,"error":"…"} and a newline.
void WriteCommentError(std::ostream& out, int line_number, const core::Error& error);

}  // namespace steward::formats
