// posts.jsonl: one JSON object per line; only the documented input fields are read.
#include "formats/posts_jsonl.hpp"

#include <boost/json.hpp>

#include "formats/json_fields.hpp"

namespace steward::formats {
namespace {

core::Error Bad(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

}  // namespace

core::Result<domain::PostDraft> ParsePostLine(std::string_view line, int line_number,
                                              std::string_view source) {
    const std::string where = std::string(source) + " line " + std::to_string(line_number);
    boost::system::error_code ec;
    boost::json::value root = boost::json::parse(line, ec);
    if (ec) return Bad("This line is not valid JSON.", where);
    if (!root.is_object()) return Bad("Each line must be one JSON object.", where);
    const auto& object = root.get_object();
    domain::PostDraft post;
    auto id = RequiredString(object, "id", where);
    if (!id) return id.error();
    post.id = std::move(*id);
    auto platform = RequiredString(object, "platform", where);
    if (!platform) return platform.error();
    auto parsed_platform = domain::ParsePlatform(*platform);
    if (!parsed_platform) {
        return Bad("platform must be facebook, instagram, x, youtube, website or tiktok.",
                   where + ", field platform");
    }
    post.platform = *parsed_platform;
    auto media = StringField(object, "media_kind", where);
    if (!media) return media.error();
    auto parsed_media = domain::ParseMediaKind(*media);
    if (!parsed_media) return Bad("media_kind must be image, video or none.", where + ", field media_kind");
    post.media_kind = *parsed_media;
    auto posted_on = RequiredString(object, "posted_on", where);
    if (!posted_on) return posted_on.error();
    auto date = domain::ParseIsoDate(*posted_on);
    if (!date) return Bad("posted_on is not a date; use YYYY-MM-DD.", where + ", field posted_on");
    post.posted_on = *date;
    auto caption = StringField(object, "caption", where);
    if (!caption) return caption.error();
    post.caption = std::move(*caption);
    auto tagged = StringList(object, "tagged_pupil_ids", where);
    if (!tagged) return tagged.error();
    post.tagged_pupil_ids = std::move(*tagged);
    return post;
}

core::Result<domain::PostLabel> ParsePostLabel(std::string_view line, int line_number,
                                               std::string_view source) {
    const std::string where = std::string(source) + " line " + std::to_string(line_number);
    boost::system::error_code ec;
    boost::json::value root = boost::json::parse(line, ec);
    const boost::json::object* expected = nullptr;
    if (!ec && root.is_object()) {
        const boost::json::value* value = root.get_object().if_contains("expected");
        if (value != nullptr && value->is_object()) expected = &value->get_object();
    }
    if (expected == nullptr) return Bad("This line has no \"expected\" label object.", where);
    auto decision = RequiredString(*expected, "decision", where);
    if (!decision) return decision.error();
    domain::PostLabel label;
    if (*decision == "block") {
        label.decision = domain::PostDecision::kBlock;
    } else if (*decision == "needs_changes") {
        label.decision = domain::PostDecision::kNeedsChanges;
    } else if (*decision != "approve") {
        return Bad("expected.decision must be approve, needs_changes or block.", where);
    }
    auto reasons = StringList(*expected, "reasons", where);
    if (!reasons) return reasons.error();
    for (const std::string& code : *reasons) {
        const std::optional<domain::PostReason> reason = domain::ParsePostReason(code);
        if (!reason) return Bad("expected.reasons has an unknown reason code.", where);
        label.reasons.push_back(*reason);
    }
    return label;
}

std::optional<core::Result<domain::PostDraft>> PostsJsonlReader::Next() {
    while (std::getline(in_, buffer_)) {
        ++line_;
        if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
        if (buffer_.find_first_not_of(" \t") == std::string::npos) continue;
        return ParsePostLine(buffer_, line_, source_);
    }
    return std::nullopt;
}

}  // namespace steward::formats
