// JSON conversions of the posts room.
#include "api/handlers/posts_json.hpp"


#include "api/handlers/school_access.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;

json::array Ids(const std::vector<std::string>& ids) {
    json::array out;
    for (const auto& id : ids) out.push_back(json::value(id));
    return out;
}

std::int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }

}  // namespace

json::object PostJson(const domain::Post& post) {
    return json::object{{"id", post.id},
                        {"school_id", post.school_id},
                        {"account_id", post.account_id},
                        {"platform", domain::PlatformName(post.platform)},
                        {"media_kind", domain::MediaKindName(post.media_kind)},
                        {"media_id", post.media_id},
                        {"media_ids", Ids(post.media_ids)},
                        {"caption", post.caption},
                        {"posting_date", post.posting_date.ToIso()},
                        {"controversial", post.controversial},
                        {"tagged_pupil_ids", Ids(post.tagged_pupil_ids)},
                        {"named_pupil_ids", Ids(post.named_pupil_ids)},
                        {"state", domain::PostStateName(post.state)},
                        {"version", post.version},
                        {"author_id", post.author_id},
                        {"created_at", Seconds(post.created_at)},
                        {"updated_at", Seconds(post.updated_at)},
                        {"approved_by", post.approved_by},
                        {"approved_at", Seconds(post.approved_at)},
                        {"published_by", post.published_by},
                        {"published_at", Seconds(post.published_at)},
                        {"live_url", post.live_url},
                        {"taken_down_by", post.taken_down_by},
                        {"taken_down_at", Seconds(post.taken_down_at)}};
}

json::object CheckJson(const domain::PostCheckRecord& check) {
    json::array reasons;
    for (domain::PostReason reason : check.result.reasons) {
        reasons.push_back(json::value(domain::PostReasonCode(reason)));
    }
    json::array details;
    for (const domain::PostFinding& finding : check.result.findings) {
        json::object detail{{"reason", domain::PostReasonCode(finding.reason)},
                            {"message", finding.message}};
        if (!finding.pupil_id.empty()) detail["pupil_id"] = finding.pupil_id;
        if (finding.begin && finding.end) {
            detail["span"] = json::object{{"start", *finding.begin}, {"end", *finding.end}};
        }
        if (!finding.media_id.empty()) detail["media_id"] = finding.media_id;
        if (finding.face) detail["face"] = *finding.face;
        details.push_back(std::move(detail));
    }
    return json::object{{"decision", domain::PostDecisionName(check.result.decision)},
                        {"reasons", std::move(reasons)},
                        {"details", std::move(details)},
                        {"version", check.version},
                        {"checked_at", Seconds(check.checked_at)},
                        {"checked_by", check.checked_by}};
}

json::array HistoryJson(const std::vector<domain::PostEvent>& events) {
    json::array out;
    for (const auto& event : events) {
        out.push_back(json::object{{"seq", event.seq},
                                   {"at", Seconds(event.at)},
                                   {"actor", event.actor},
                                   {"actor_role", event.actor_role},
                                   {"action", event.action},
                                   {"from_state", event.from_state},
                                   {"to_state", event.to_state},
                                   {"comment", event.comment}});
    }
    return out;
}

core::Result<json::array> PostMediaJson(domain::Tx& tx, std::string_view school_id,
                                        const std::vector<std::string>& media_ids) {
    json::array out;
    for (const std::string& id : media_ids) {
        auto item = tx.Media().FindMedia(school_id, id);
        if (!item) return item.error();
        if (!*item) continue;
        const std::string preview = "/api/schools/" + std::string(school_id) + "/media/" + id +
                                    "/preview?version=";
        out.push_back(json::object{
            {"media_id", id},
            {"content_type", (*item)->content_type},
            {"width", (*item)->width},
            {"height", (*item)->height},
            {"faces", (*item)->faces.size()},
            {"redacted", (*item)->has_redacted},
            {"original", preview + "original"},
            {"redacted_preview",
             (*item)->has_redacted ? json::value(preview + "redacted") : json::value(nullptr)}});
    }
    return out;
}

json::object TakedownJson(const domain::TakedownTask& task) {
    return json::object{
        {"id", task.id},
        {"school_id", task.school_id},
        {"post_id", task.post_id},
        {"pupil_id", task.pupil_id},
        {"reason", task.reason},
        {"opened_at", Seconds(task.opened_at)},
        {"due_at", Seconds(task.due_at)},
        {"state", task.open ? "open" : "done"},
        {"outcome", task.outcome ? domain::TakedownOutcomeName(*task.outcome) : ""},
        {"note", task.note},
        {"closed_by", task.closed_by},
        {"closed_at", Seconds(task.closed_at)},
        {"assignees", Ids(task.assignees)}};
}

core::Result<domain::PostContent> PostContentFromBody(const json::object& body) {
    domain::PostContent content;
    auto account_id = StringField(body, "account_id");
    if (!account_id) return account_id.error();
    content.account_id = std::move(*account_id);
    auto media_kind = StringField(body, "media_kind");
    if (!media_kind) return media_kind.error();
    const auto kind = domain::ParseMediaKind(*media_kind);
    if (!kind) return Invalid("The media_kind must be image, video or none.", "media_kind");
    content.media_kind = *kind;
    auto caption = StringField(body, "caption", false);
    if (!caption) return caption.error();
    content.caption = std::move(*caption);
    auto media_id = StringField(body, "media_id", false);
    if (!media_id) return media_id.error();
    content.media_id = std::move(*media_id);
    if (const json::value* ids = body.if_contains("media_ids"); ids && !ids->is_null()) {
        if (!ids->is_array()) {
            return Invalid("The field media_ids must be a list of uploaded media ids.", "media_ids");
        }
        for (std::size_t k = 0; k < ids->as_array().size(); ++k) {
            const json::value& id = ids->as_array()[k];
            if (!id.is_string() || id.as_string().empty()) {
                return Invalid("Each media id must be the id of an upload (text).",
                               "media_ids[" + std::to_string(k) + "]");
            }
            content.media_ids.emplace_back(id.as_string());
        }
    }
    auto date = StringField(body, "posting_date");
    if (!date) return date.error();
    const auto parsed = domain::ParseIsoDate(*date);
    if (!parsed) return Invalid("The posting_date must be a date, YYYY-MM-DD.", "posting_date");
    content.posting_date = *parsed;
    if (const json::value* flag = body.if_contains("controversial"); flag && !flag->is_null()) {
        if (!flag->is_bool()) return Invalid("The field controversial must be true or false.", "controversial");
        content.controversial = flag->as_bool();
    }
    if (const json::value* tagged = body.if_contains("tagged_pupil_ids"); tagged && !tagged->is_null()) {
        if (!tagged->is_array()) {
            return Invalid("The field tagged_pupil_ids must be a list of pupil ids.", "tagged_pupil_ids");
        }
        for (const json::value& id : tagged->as_array()) {
            if (!id.is_string() || id.as_string().empty()) {
                return Invalid("The field tagged_pupil_ids must be a list of pupil ids.",
                               "tagged_pupil_ids");
            }
            content.tagged_pupil_ids.emplace_back(id.as_string());
        }
    }
    return content;
}

}  // namespace steward::api
