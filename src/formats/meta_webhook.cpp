// Meta webhook JSON -> IncomingComment, with Boost.JSON's non-throwing API only.
#include "formats/meta_webhook.hpp"

#include <boost/json.hpp>
#include <charconv>

namespace steward::formats {
namespace {

namespace json = boost::json;
using domain::IncomingComment;
using domain::Platform;

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

// Meta sends ids as strings, some older payloads as numbers.
std::string IdText(const json::value* value) {
    if (value == nullptr) return {};
    if (value->is_string()) return std::string(value->get_string());
    if (value->is_int64()) return std::to_string(value->get_int64());
    if (value->is_uint64()) return std::to_string(value->get_uint64());
    return {};
}

std::string StringAt(const json::object& object, std::string_view key) {
    const json::value* value = object.if_contains(key);
    return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

const json::object* ObjectAt(const json::object& object, std::string_view key) {
    const json::value* value = object.if_contains(key);
    return value != nullptr ? value->if_object() : nullptr;
}

// Unix seconds (or milliseconds, which some Meta products send) as a number or digit string.
std::optional<core::TimePoint> TimeAt(const json::object& object, std::string_view key) {
    const json::value* value = object.if_contains(key);
    if (value == nullptr) return std::nullopt;
    int64_t number = 0;
    if (value->is_int64()) {
        number = value->get_int64();
    } else if (value->is_uint64() && value->get_uint64() < (1ull << 62)) {
        number = static_cast<int64_t>(value->get_uint64());
    } else if (value->is_string()) {
        const std::string_view text = value->get_string();
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (number <= 0) return std::nullopt;
    if (number > 100'000'000'000) number /= 1000;  // milliseconds
    if (number > 32'503'680'000) return std::nullopt;  // after the year 3000
    return core::TimePoint(std::chrono::seconds(number));
}

// A Facebook feed change: {"item":"comment","verb":"add","comment_id","post_id","from":{id,name},
// "message","created_time"}. Returns nullopt for changes that are not a new or edited comment.
core::Result<std::optional<IncomingComment>> FeedComment(const json::object& value,
                                                         const std::string& where) {
    if (StringAt(value, "item") != "comment") return std::optional<IncomingComment>();
    const std::string verb = StringAt(value, "verb");
    if (verb != "add" && verb != "edited") return std::optional<IncomingComment>();
    IncomingComment comment;
    comment.platform = Platform::kFacebook;
    comment.platform_comment_id = IdText(value.if_contains("comment_id"));
    comment.platform_post_id = IdText(value.if_contains("post_id"));
    comment.text = StringAt(value, "message");
    if (const json::object* from = ObjectAt(value, "from")) {
        comment.author_platform_id = IdText(from->if_contains("id"));
        comment.author_name = StringAt(*from, "name");
    }
    if (auto created = TimeAt(value, "created_time")) comment.received_at = *created;
    if (comment.platform_comment_id.empty()) return Invalid("A comment has no comment_id.", where);
    return std::optional<IncomingComment>(std::move(comment));
}

// An Instagram comment: {"id","text","from":{id,username},"media":{id,...}}.
core::Result<std::optional<IncomingComment>> InstagramComment(const json::object& value,
                                                              const std::string& where) {
    IncomingComment comment;
    comment.platform = Platform::kInstagram;
    comment.platform_comment_id = IdText(value.if_contains("id"));
    comment.text = StringAt(value, "text");
    if (const json::object* from = ObjectAt(value, "from")) {
        comment.author_platform_id = IdText(from->if_contains("id"));
        comment.author_handle = StringAt(*from, "username");
    }
    if (const json::object* media = ObjectAt(value, "media")) {
        comment.platform_post_id = IdText(media->if_contains("id"));
    }
    if (comment.platform_comment_id.empty()) return Invalid("A comment has no id.", where);
    return std::optional<IncomingComment>(std::move(comment));
}

struct EntryContext {
    bool instagram = false;
    std::string account_external_id;
    core::TimePoint time{};
};

core::Status ReadChange(const json::object& change, const EntryContext& entry,
                        const std::string& where, MetaDelivery& delivery) {
    const std::string field = StringAt(change, "field");
    const json::object* value = ObjectAt(change, "value");
    const bool wanted = entry.instagram ? (field == "comments" || field == "live_comments")
                                        : field == "feed";
    if (!wanted || value == nullptr) {
        ++delivery.skipped_changes;
        return core::OkStatus();
    }
    auto comment = entry.instagram ? InstagramComment(*value, where) : FeedComment(*value, where);
    if (!comment) return comment.error();
    if (!*comment) {
        ++delivery.skipped_changes;
        return core::OkStatus();
    }
    IncomingComment& incoming = **comment;
    incoming.account_external_id = entry.account_external_id;
    incoming.source = domain::CommentSource::kWebhook;
    if (incoming.received_at.time_since_epoch().count() == 0) incoming.received_at = entry.time;
    delivery.comments.push_back(std::move(incoming));
    return core::OkStatus();
}

core::Status ReadEntry(const json::object& entry, bool instagram, const std::string& where,
                       MetaDelivery& delivery, std::size_t& changes_seen) {
    EntryContext context{instagram, IdText(entry.if_contains("id")), {}};
    if (context.account_external_id.empty()) return Invalid("An entry has no id.", where);
    auto time = TimeAt(entry, "time");
    if (!time) return Invalid("An entry has no valid time.", where);
    context.time = *time;
    if (delivery.oldest_entry_time.time_since_epoch().count() == 0 ||
        *time < delivery.oldest_entry_time) {
        delivery.oldest_entry_time = *time;
    }
    if (const json::value* changes = entry.if_contains("changes")) {
        if (!changes->is_array()) return Invalid("changes must be a list.", where);
        std::size_t index = 0;
        for (const json::value& change : changes->get_array()) {
            const std::string at = where + ", change " + std::to_string(index++);
            if (++changes_seen > kMaxWebhookChanges) return Invalid("Too many changes.", at);
            if (!change.is_object()) return Invalid("A change must be an object.", at);
            if (auto read = ReadChange(change.get_object(), context, at, delivery); !read) {
                return read;
            }
        }
        return core::OkStatus();
    }
    if (entry.contains("field")) {  // Business Login for Instagram: the change is the entry
        ++changes_seen;
        return ReadChange(entry, context, where, delivery);
    }
    ++delivery.skipped_changes;  // messaging and other entry kinds
    return core::OkStatus();
}

}  // namespace

core::Result<MetaDelivery> ParseMetaWebhook(std::string_view body) {
    const std::string where = "webhook body";
    json::parse_options options;
    options.max_depth = 32;
    boost::system::error_code ec;
    json::value root = json::parse(body, ec, {}, options);
    if (ec) return Invalid("The body is not valid JSON.", where);
    const json::object* object = root.if_object();
    if (object == nullptr) return Invalid("The body must be a JSON object.", where);
    const std::string kind = StringAt(*object, "object");
    if (kind != "page" && kind != "instagram") {
        return Invalid("Only page and instagram deliveries are accepted.", where + ", field object");
    }
    const json::value* entries = object->if_contains("entry");
    if (entries == nullptr || !entries->is_array()) {
        return Invalid("The delivery has no entry list.", where + ", field entry");
    }
    if (entries->get_array().size() > kMaxWebhookEntries) {
        return Invalid("The delivery has too many entries.", where + ", field entry");
    }
    MetaDelivery delivery;
    std::size_t changes_seen = 0;
    std::size_t index = 0;
    for (const json::value& entry : entries->get_array()) {
        const std::string at = where + ", entry " + std::to_string(index++);
        if (!entry.is_object()) return Invalid("An entry must be an object.", at);
        auto read = ReadEntry(entry.get_object(), kind == "instagram", at, delivery, changes_seen);
        if (!read) return read.error();
    }
    return delivery;
}

}  // namespace steward::formats
