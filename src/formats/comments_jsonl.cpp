// comments.jsonl reader and screening-result writer (Boost.JSON, non-throwing parse).
#include "formats/comments_jsonl.hpp"

#include <boost/json.hpp>

#include "formats/json_fields.hpp"

namespace steward::formats {
namespace {

core::Error Bad(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

core::Result<boost::json::object> ParseObject(std::string_view line, const std::string& where) {
    boost::system::error_code ec;
    boost::json::parse_options options;
    options.max_depth = 16;
    boost::json::value root = boost::json::parse(line, ec, {}, options);
    if (ec) return Bad("This line is not valid JSON.", where);
    if (!root.is_object()) return Bad("Each line must be one JSON object.", where);
    return std::move(root.get_object());
}

}  // namespace

core::Result<CommentRecord> ParseCommentLine(std::string_view line, int line_number,
                                             std::string_view source) {
    const std::string where = std::string(source) + " line " + std::to_string(line_number);
    auto object = ParseObject(line, where);
    if (!object) return object.error();
    CommentRecord record;
    const boost::json::value* id = object->if_contains("id");
    if (id == nullptr) {
        record.id_json = "null";
    } else if (id->is_string() || id->is_int64() || id->is_uint64()) {
        record.id_json = boost::json::serialize(*id);
    } else {
        return Bad("id must be a string or a whole number.", where + ", field id");
    }
    auto text = RequiredString(*object, "text", where);
    if (!text) return text.error();
    record.text = std::move(*text);
    return record;
}

core::Result<CommentLabel> ParseCommentLabel(std::string_view line, int line_number,
                                             std::string_view source) {
    const std::string where = std::string(source) + " line " + std::to_string(line_number);
    auto object = ParseObject(line, where);
    if (!object) return object.error();
    CommentLabel label;
    auto categories = StringList(*object, "expected_categories", where);
    if (!categories) return categories.error();
    label.categories = std::move(*categories);
    auto escalate = RequiredString(*object, "escalate", where);
    if (!escalate) return escalate.error();
    label.escalate = std::move(*escalate);
    return label;
}

std::optional<core::Result<CommentRecord>> CommentsJsonlReader::Next() {
    while (true) {
        buffer_.clear();
        // Read by chunks so that an over-long line is refused without holding all of it.
        bool too_long = false;
        bool got_any = false;
        char c;
        while (in_.get(c)) {
            got_any = true;
            if (c == '\n') break;
            if (buffer_.size() < kMaxCommentLineBytes) buffer_.push_back(c);
            else too_long = true;
        }
        if (!got_any) return std::nullopt;
        ++line_;
        if (too_long) {
            buffer_.clear();
            return core::Result<CommentRecord>(Bad("This line is longer than 4 MiB.",
                                                   source_ + " line " + std::to_string(line_)));
        }
        if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
        if (buffer_.find_first_not_of(" \t") == std::string::npos) continue;
        return ParseCommentLine(buffer_, line_, source_);
    }
}

void WriteCommentVerdict(std::ostream& out, const CommentRecord& comment,
                         const screening::CommentVerdict& verdict) {
    boost::json::array categories;
    for (screening::Category c : verdict.categories) categories.emplace_back(screening::CategoryName(c));
    boost::json::array findings;
    for (const screening::Finding& f : verdict.findings) {
        boost::json::object item;
        item["span"] = boost::json::array{f.span.begin, f.span.end};
        item["category"] = screening::CategoryName(f.category);
        item["rule_id"] = f.rule_id;
        item["severity"] = screening::SeverityName(f.severity);
        item["confidence"] = f.confidence;
        item["text"] = f.matched;
        findings.emplace_back(std::move(item));
    }
    out << "{\"id\":" << comment.id_json << ",\"categories\":" << boost::json::serialize(categories)
        << ",\"action\":\"" << screening::ActionName(verdict.action)
        << "\",\"findings\":" << boost::json::serialize(findings) << "}\n";
}

void WriteCommentError(std::ostream& out, int line_number, const core::Error& error) {
    boost::json::object object;
    object["line"] = line_number;
    object["error"] = error.message;
    out << boost::json::serialize(object) << "\n";
}

}  // namespace steward::formats
