// Rendering of comments, actions and the log.
#include "api/handlers/comments_json.hpp"

#include <chrono>
#include <cstdio>

namespace steward::api {
namespace {

namespace json = boost::json;

// What the moderator is asked to do, from the screening action.
std::string_view RouteOf(const domain::Comment& comment) {
    if (comment.action == "dsl") return "dsl";
    if (comment.action == "remove_and_escalate") return "remove_and_escalate";
    if (comment.action == "complaints") return "complaints_procedure";
    if (comment.action == "reply_within_24h") return "reply";
    return "review";
}

json::array FlaggedBecause(const domain::Comment& comment) {
    json::array reasons;
    boost::system::error_code ec;
    json::value findings = json::parse(comment.findings_json, ec);
    if (ec || !findings.is_array()) return reasons;
    for (json::value& finding : findings.get_array()) {
        json::object* object = finding.if_object();
        if (object == nullptr) continue;
        const json::array* span = object->contains("span") ? object->at("span").if_array() : nullptr;
        if (span != nullptr && span->size() == 2 && (*span)[0].is_int64() && (*span)[1].is_int64()) {
            const auto begin = static_cast<std::size_t>((*span)[0].get_int64());
            const auto end = static_cast<std::size_t>((*span)[1].get_int64());
            if (begin <= end && end <= comment.text.size()) {
                (*object)["text"] = comment.text.substr(begin, end - begin);
            }
        }
        reasons.push_back(std::move(finding));
    }
    return reasons;
}

json::value OptionalTime(const std::optional<core::TimePoint>& at) {
    return at ? json::value(IsoTime(*at)) : json::value(nullptr);
}

std::string CsvField(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    // A leading =, +, - or @ would run as a formula in a spreadsheet.
    if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
        out.insert(1, "'");
    }
    return out + "\"";
}

}  // namespace

std::string IsoTime(core::TimePoint at) {
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{at - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

json::object CommentJson(const domain::Comment& comment, core::TimePoint now) {
    json::array categories;
    for (const std::string& category : comment.categories) categories.emplace_back(category);
    const bool unanswered = !comment.first_response_at && comment.state == domain::CommentState::kOpen;
    return json::object{
        {"id", comment.id},
        {"account_id", comment.account_id},
        {"platform", domain::PlatformName(comment.platform)},
        {"platform_comment_id", comment.platform_comment_id},
        {"platform_post_id", comment.platform_post_id},
        {"author_handle", comment.author_handle},
        {"author_name", comment.author_name},
        {"text", comment.text},
        {"link", comment.link},
        {"source", domain::CommentSourceName(comment.source)},
        {"received_at", IsoTime(comment.received_at)},
        {"categories", std::move(categories)},
        {"action", comment.action},
        {"route", RouteOf(comment)},
        {"flagged_because", FlaggedBecause(comment)},
        {"due_at", IsoTime(comment.due_at)},
        {"warn_at", IsoTime(comment.warn_at)},
        {"overdue", unanswered && comment.due_at < now},
        {"due_soon", unanswered && comment.warn_at <= now && now <= comment.due_at},
        {"state", domain::CommentStateName(comment.state)},
        {"visibility", domain::CommentVisibilityName(comment.visibility)},
        {"first_response_at", comment.first_response_at
                                  ? json::value(IsoTime(*comment.first_response_at))
                                  : json::value(nullptr)},
        {"case_id", comment.case_id.empty() ? json::value(nullptr) : json::value(comment.case_id)},
        {"urgent", comment.urgent},
        {"warned_at", OptionalTime(comment.warned_at)},
        {"escalated_at", OptionalTime(comment.escalated_at)},
        {"escalated_to", comment.escalated_to == policy::Role::kNone
                             ? json::value(nullptr)
                             : json::value(policy::RoleKey(comment.escalated_to))}};
}

json::object AlertJson(const domain::CommentAlert& alert) {
    return json::object{
        {"id", alert.id},
        {"kind", policy::EnumName(alert.kind)},
        {"comment_id", alert.comment_id},
        {"person_id", alert.person_id.empty() ? json::value(nullptr) : json::value(alert.person_id)},
        {"role", alert.role == policy::Role::kNone ? json::value(nullptr)
                                                   : json::value(policy::RoleKey(alert.role))},
        {"due_at", IsoTime(alert.due_at)},
        {"created_at", IsoTime(alert.created_at)}};
}

json::object ActionJson(const domain::CommentAction& action) {
    return json::object{{"id", action.id},
                        {"comment_id", action.comment_id},
                        {"action", domain::ModerationKindName(action.kind)},
                        {"reason", action.reason},
                        {"text", action.text},
                        {"actor", action.actor},
                        {"at", IsoTime(action.at)},
                        {"platform_status", domain::PlatformStatusName(action.platform_status)}};
}

std::string LogCsv(const std::vector<domain::LogEntry>& entries) {
    std::string csv =
        "received_at,account_id,platform,author_handle,author_name,text,categories,actions,"
        "visibility,case_id\r\n";
    for (const domain::LogEntry& entry : entries) {
        const domain::Comment& c = entry.comment;
        std::string categories;
        for (const std::string& category : c.categories) {
            categories += (categories.empty() ? "" : " ") + category;
        }
        std::string actions;
        for (const domain::CommentAction& action : entry.actions) {
            if (!actions.empty()) actions += " | ";
            actions += std::string(domain::ModerationKindName(action.kind)) + " by " +
                       action.actor + " at " + IsoTime(action.at) + ": " + action.reason;
        }
        csv += CsvField(IsoTime(c.received_at)) + "," + CsvField(c.account_id) + "," +
               CsvField(domain::PlatformName(c.platform)) + "," + CsvField(c.author_handle) +
               "," + CsvField(c.author_name) + "," + CsvField(c.text) + "," +
               CsvField(categories) + "," + CsvField(actions) + "," +
               CsvField(domain::CommentVisibilityName(c.visibility)) + "," + CsvField(c.case_id) +
               "\r\n";
    }
    return csv;
}

}  // namespace steward::api
