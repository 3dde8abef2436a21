// Posts JSONL (data/dev posts.jsonl): one draft post per line. Reads id, platform, media_kind,
// posted_on, caption and tagged_pupil_ids; every other field (including `expected`) is ignored.
// Entry points: ParsePostLine() and PostsJsonlReader (streaming over an istream).
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/posts/post_evaluation.hpp"
#include "domain/posts/post_types.hpp"

namespace steward::formats {

// Parses one line. Returns kInvalidInput with where = "<source> line N[, field F]" for bad JSON,
// a missing or mistyped field, an unknown platform or media kind, or a bad date.
core::Result<domain::PostDraft> ParsePostLine(std::string_view line, int line_number,
                                              std::string_view source = "posts.jsonl");

// Reads the label of a dev-set line (`expected.decision`, `expected.reasons`), for evaluation
// only; the check never reads it. Returns kInvalidInput if absent or malformed.
core::Result<domain::PostLabel> ParsePostLabel(std::string_view line, int line_number,
                                               std::string_view source = "posts.jsonl");

// Reads posts one line at a time, so that memory stays flat for any file size. Not thread-safe.
class PostsJsonlReader {
  public:
    // `in` must outlive the reader.
    explicit PostsJsonlReader(std::istream& in, std::string source = "posts.jsonl")
        : in_(in), source_(std::move(source)) {}

    // Returns the next post or the error for that line; nullopt at end of input. Blank lines
    // are skipped. After an error, the next call continues with the following line.
    std::optional<core::Result<domain::PostDraft>> Next();

    // The line number of the post most recently returned.
    int line() const { return line_; }

  private:
    std::istream& in_;
    std::string source_;
    std::string buffer_;
    int line_ = 0;
};

}  // namespace steward::formats
