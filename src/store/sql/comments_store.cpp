// SQL of the comments room: comments, comment_actions and webhook_deliveries (migration 0005).
#include "store/sql/comments_store.hpp"

#include <string>

#include "policy/role.hpp"

namespace steward::store::sql {
namespace {

using domain::Comment;

constexpr std::string_view kColumns =
    "id, school_id, account_id, platform, platform_comment_id, platform_post_id,"
    " author_platform_id, author_handle, author_name, text, link, source, received_at,"
    " categories, action, findings, due_at, warn_at, state, visibility, first_response_at,"
    " case_id, urgent, created_at, warned_at, escalated_at, escalated_to";

core::TimePoint Time(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }
int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }

std::string JoinCategories(const std::vector<std::string>& categories) {
    std::string joined;
    for (const std::string& category : categories) {
        if (!joined.empty()) joined += ',';
        joined += category;
    }
    return joined;
}

std::vector<std::string> SplitCategories(const std::string& text) {
    std::vector<std::string> categories;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        if (comma > start) categories.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return categories;
}

// A role is stored as its canonical key; '' for none.
std::string RoleText(policy::Role role) {
    return role == policy::Role::kNone ? std::string() : std::string(policy::RoleKey(role));
}

policy::Role RoleFrom(const std::string& text) {
    return text.empty() ? policy::Role::kNone
                        : policy::ParseRole(text).value_or(policy::Role::kNone);
}

Comment CommentFrom(const Row& row) {
    Comment comment;
    comment.id = row.Text(0);
    comment.school_id = row.Text(1);
    comment.account_id = row.Text(2);
    comment.platform = domain::ParsePlatform(row.Text(3)).value_or(domain::Platform::kWebsite);
    comment.platform_comment_id = row.Text(4);
    comment.platform_post_id = row.Text(5);
    comment.author_platform_id = row.Text(6);
    comment.author_handle = row.Text(7);
    comment.author_name = row.Text(8);
    comment.text = row.Text(9);
    comment.link = row.Text(10);
    comment.source = domain::ParseCommentSource(row.Text(11)).value_or(domain::CommentSource::kApi);
    comment.received_at = Time(row.Int(12));
    comment.categories = SplitCategories(row.Text(13));
    comment.action = row.Text(14);
    comment.findings_json = row.Text(15);
    comment.due_at = Time(row.Int(16));
    comment.warn_at = Time(row.Int(17));
    comment.state = domain::ParseCommentState(row.Text(18)).value_or(domain::CommentState::kOpen);
    comment.visibility = domain::ParseCommentVisibility(row.Text(19))
                             .value_or(domain::CommentVisibility::kVisible);
    if (!row.IsNull(20)) comment.first_response_at = Time(row.Int(20));
    comment.case_id = row.Text(21);
    comment.urgent = row.Int(22) != 0;
    comment.created_at = Time(row.Int(23));
    if (!row.IsNull(24)) comment.warned_at = Time(row.Int(24));
    if (!row.IsNull(25)) comment.escalated_at = Time(row.Int(25));
    comment.escalated_to = RoleFrom(row.Text(26));
    return comment;
}

Value OptionalTime(const std::optional<core::TimePoint>& at) {
    return at ? Int(Seconds(*at)) : Value();
}

std::string Placeholder(std::size_t number) { return "$" + std::to_string(number); }

}  // namespace

core::Result<std::vector<Comment>> SqlCommentStore::Query(std::string_view where,
                                                         const std::vector<Value>& params) {
    std::string sql = "SELECT " + std::string(kColumns) + " FROM comments " + std::string(where);
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    std::vector<Comment> comments;
    comments.reserve(rows->size());
    for (const Row& row : *rows) comments.push_back(CommentFrom(row));
    return comments;
}

core::Status SqlCommentStore::InsertComment(const Comment& c) {
    auto inserted = connection_.Exec(
        "INSERT INTO comments (" + std::string(kColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,"
            " $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)",
        {Text(c.id), Text(c.school_id), Text(c.account_id), Text(domain::PlatformName(c.platform)),
         Text(c.platform_comment_id), Text(c.platform_post_id), Text(c.author_platform_id),
         Text(c.author_handle), Text(c.author_name), Text(c.text), Text(c.link),
         Text(domain::CommentSourceName(c.source)), Int(Seconds(c.received_at)),
         Text(JoinCategories(c.categories)), Text(c.action), Text(c.findings_json),
         Int(Seconds(c.due_at)), Int(Seconds(c.warn_at)), Text(domain::CommentStateName(c.state)),
         Text(domain::CommentVisibilityName(c.visibility)), OptionalTime(c.first_response_at),
         Text(c.case_id), Int(c.urgent ? 1 : 0), Int(Seconds(c.created_at)),
         OptionalTime(c.warned_at), OptionalTime(c.escalated_at), Text(RoleText(c.escalated_to))});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Result<std::optional<Comment>> SqlCommentStore::FindByPlatformId(
    domain::Platform platform, std::string_view platform_comment_id) {
    auto found = Query("WHERE platform = $1 AND platform_comment_id = $2",
                       {Text(domain::PlatformName(platform)), Text(platform_comment_id)});
    if (!found) return found.error();
    if (found->empty()) return std::optional<Comment>();
    return std::optional<Comment>(std::move(found->front()));
}

core::Result<std::optional<Comment>> SqlCommentStore::GetComment(std::string_view school_id,
                                                                 std::string_view comment_id) {
    auto found = Query("WHERE school_id = $1 AND id = $2", {Text(school_id), Text(comment_id)});
    if (!found) return found.error();
    if (found->empty()) return std::optional<Comment>();
    return std::optional<Comment>(std::move(found->front()));
}

core::Status SqlCommentStore::UpdateComment(const Comment& c) {
    auto updated = connection_.Exec(
        "UPDATE comments SET state = $1, visibility = $2, first_response_at = $3, case_id = $4,"
        " urgent = $5 WHERE id = $6 AND school_id = $7 RETURNING id",
        {Text(domain::CommentStateName(c.state)), Text(domain::CommentVisibilityName(c.visibility)),
         OptionalTime(c.first_response_at), Text(c.case_id), Int(c.urgent ? 1 : 0), Text(c.id),
         Text(c.school_id)});
    if (!updated) return updated.error();
    if (updated->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "There is no such comment.", c.id};
    }
    return core::OkStatus();
}

core::Status SqlCommentStore::InsertAction(const domain::CommentAction& a) {
    auto inserted = connection_.Exec(
        "INSERT INTO comment_actions (id, comment_id, school_id, action, reason, text, actor, at,"
        " platform_status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        {Text(a.id), Text(a.comment_id), Text(a.school_id), Text(domain::ModerationKindName(a.kind)),
         Text(a.reason), Text(a.text), Text(a.actor), Int(Seconds(a.at)),
         Text(domain::PlatformStatusName(a.platform_status))});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Result<std::vector<domain::CommentAction>> SqlCommentStore::ListActions(
    std::string_view comment_id) {
    auto rows = connection_.Exec(
        "SELECT id, comment_id, school_id, action, reason, text, actor, at, platform_status"
        " FROM comment_actions WHERE comment_id = $1 ORDER BY at, id",
        {Text(comment_id)});
    if (!rows) return rows.error();
    std::vector<domain::CommentAction> actions;
    for (const Row& row : *rows) {
        domain::CommentAction action;
        action.id = row.Text(0);
        action.comment_id = row.Text(1);
        action.school_id = row.Text(2);
        action.kind = domain::ParseModerationKind(row.Text(3)).value_or(domain::ModerationKind::kReply);
        action.reason = row.Text(4);
        action.text = row.Text(5);
        action.actor = row.Text(6);
        action.at = Time(row.Int(7));
        action.platform_status = domain::ParsePlatformStatus(row.Text(8))
                                     .value_or(domain::PlatformStatus::kNotNeeded);
        actions.push_back(std::move(action));
    }
    return actions;
}

core::Result<domain::QueuePage> SqlCommentStore::ListQueue(const domain::QueueFilter& filter,
                                                           core::TimePoint now) {
    std::string where = "WHERE school_id = $1";
    std::vector<Value> params = {Text(filter.school_id)};
    if (!filter.account_id.empty()) {
        params.push_back(Text(filter.account_id));
        where += " AND account_id = " + Placeholder(params.size());
    }
    if (filter.state) {
        params.push_back(Text(domain::CommentStateName(*filter.state)));
        where += " AND state = " + Placeholder(params.size());
    }
    if (filter.due != domain::DueFilter::kAny) {
        params.push_back(Int(Seconds(now)));
        const std::string at = Placeholder(params.size());
        where += " AND first_response_at IS NULL AND ";
        where += filter.due == domain::DueFilter::kOverdue
                     ? "due_at < " + at
                     : "warn_at <= " + at + " AND due_at >= " + at;
    }
    domain::QueuePage page;
    auto count = connection_.Exec("SELECT COUNT(*) FROM comments " + where, params);
    if (!count) return count.error();
    page.total = count->empty() ? 0 : (*count)[0].Int(0);
    params.push_back(Int(filter.limit));
    params.push_back(Int(filter.offset));
    auto comments = Query(where + " ORDER BY urgent DESC, due_at, id LIMIT " +
                              Placeholder(params.size() - 1) + " OFFSET " +
                              Placeholder(params.size()),
                          params);
    if (!comments) return comments.error();
    page.comments = std::move(*comments);
    return page;
}

core::Result<std::vector<Comment>> SqlCommentStore::ListFlagged(
    std::string_view school_id, const std::vector<std::string>& categories, core::TimePoint from,
    core::TimePoint to) {
    if (categories.empty()) return std::vector<Comment>();
    std::vector<Value> params = {Text(school_id), Int(Seconds(from)), Int(Seconds(to))};
    std::string any;
    for (const std::string& category : categories) {
        params.push_back(Text("%," + category + ",%"));
        if (!any.empty()) any += " OR ";
        any += "(',' || categories || ',') LIKE " + Placeholder(params.size());
    }
    return Query("WHERE school_id = $1 AND received_at >= $2 AND received_at < $3 AND (" + any +
                     ") ORDER BY received_at DESC, id",
                 params);
}

core::Result<std::vector<domain::ResponseTiming>> SqlCommentStore::ListTimings(
    std::string_view school_id, std::string_view account_id, core::TimePoint from,
    core::TimePoint to) {
    std::string sql =
        "SELECT received_at, due_at, first_response_at FROM comments WHERE school_id = $1"
        " AND received_at >= $2 AND received_at < $3";
    std::vector<Value> params = {Text(school_id), Int(Seconds(from)), Int(Seconds(to))};
    if (!account_id.empty()) {
        sql += " AND account_id = $4";
        params.push_back(Text(account_id));
    }
    auto rows = connection_.Exec(sql + " ORDER BY received_at", params);
    if (!rows) return rows.error();
    std::vector<domain::ResponseTiming> timings;
    timings.reserve(rows->size());
    for (const Row& row : *rows) {
        domain::ResponseTiming timing{Time(row.Int(0)), Time(row.Int(1)), std::nullopt};
        if (!row.IsNull(2)) timing.first_response_at = Time(row.Int(2));
        timings.push_back(timing);
    }
    return timings;
}

core::Result<std::vector<Comment>> SqlCommentStore::ListPendingAlerts(core::TimePoint now,
                                                                      int limit) {
    // Two index range scans (the partial indexes of migration 0009), merged.
    return Query(
        "WHERE id IN (SELECT id FROM comments WHERE first_response_at IS NULL AND warned_at IS"
        " NULL AND state = 'open' AND warn_at <= $1 UNION SELECT id FROM comments WHERE"
        " first_response_at IS NULL AND escalated_at IS NULL AND state = 'open' AND due_at < $1)"
        " ORDER BY warn_at, id LIMIT $2",
        {Int(Seconds(now)), Int(limit)});
}

core::Result<bool> SqlCommentStore::ClaimWarning(std::string_view comment_id, core::TimePoint at) {
    auto claimed = connection_.Exec(
        "UPDATE comments SET warned_at = $1 WHERE id = $2 AND warned_at IS NULL AND"
        " first_response_at IS NULL AND state = 'open' RETURNING id",
        {Int(Seconds(at)), Text(comment_id)});
    if (!claimed) return claimed.error();
    return !claimed->empty();
}

core::Result<bool> SqlCommentStore::ClaimEscalation(std::string_view comment_id,
                                                    policy::Role role, core::TimePoint at) {
    auto claimed = connection_.Exec(
        "UPDATE comments SET escalated_at = $1, escalated_to = $2 WHERE id = $3 AND"
        " escalated_at IS NULL AND first_response_at IS NULL AND state = 'open' RETURNING id",
        {Int(Seconds(at)), Text(RoleText(role)), Text(comment_id)});
    if (!claimed) return claimed.error();
    return !claimed->empty();
}

core::Status SqlCommentStore::InsertAlert(const domain::CommentAlert& a) {
    auto inserted = connection_.Exec(
        "INSERT INTO comment_alerts (id, school_id, comment_id, kind, person_id, role, due_at,"
        " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {Text(a.id), Text(a.school_id), Text(a.comment_id), Text(policy::EnumName(a.kind)),
         Text(a.person_id), Text(RoleText(a.role)), Int(Seconds(a.due_at)),
         Int(Seconds(a.created_at))});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Result<std::vector<domain::CommentAlert>> SqlCommentStore::ListAlerts(
    std::string_view school_id, std::string_view person_id, const std::vector<policy::Role>& roles,
    bool unanswered_only, int limit) {
    std::vector<Value> params = {Text(school_id), Text(person_id)};
    std::string recipients = "(a.person_id <> '' AND a.person_id = $2)";
    for (const policy::Role role : roles) {
        if (role == policy::Role::kNone) continue;
        params.push_back(Text(RoleText(role)));
        recipients += " OR a.role = " + Placeholder(params.size());
    }
    params.push_back(Int(limit));
    std::string sql =
        "SELECT a.id, a.school_id, a.comment_id, a.kind, a.person_id, a.role, a.due_at,"
        " a.created_at FROM comment_alerts a JOIN comments c ON c.id = a.comment_id"
        " WHERE a.school_id = $1 AND (" + recipients + ")";
    if (unanswered_only) sql += " AND c.first_response_at IS NULL AND c.state = 'open'";
    sql += " ORDER BY a.created_at DESC, a.id LIMIT " + Placeholder(params.size());
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    std::vector<domain::CommentAlert> alerts;
    alerts.reserve(rows->size());
    for (const Row& row : *rows) {
        domain::CommentAlert alert;
        alert.id = row.Text(0);
        alert.school_id = row.Text(1);
        alert.comment_id = row.Text(2);
        alert.kind = policy::ParseEnum<domain::AlertKind>(row.Text(3))
                         .value_or(domain::AlertKind::kDueSoon);
        alert.person_id = row.Text(4);
        alert.role = RoleFrom(row.Text(5));
        alert.due_at = Time(row.Int(6));
        alert.created_at = Time(row.Int(7));
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

core::Result<std::vector<Comment>> SqlCommentStore::ListNamingPupilsOr(
    std::string_view school_id, const std::vector<std::string>& comment_ids) {
    std::vector<Value> params = {Text(school_id), Text("%\"pd/pupil_full_name\"%")};
    std::string listed;
    for (const std::string& id : comment_ids) {
        params.push_back(Text(id));
        listed += (listed.empty() ? "" : ", ") + Placeholder(params.size());
    }
    std::string where = "WHERE school_id = $1 AND (findings LIKE $2";
    if (!listed.empty()) where += " OR id IN (" + listed + ")";
    return Query(where + ") ORDER BY received_at, id", params);
}

core::Status SqlCommentStore::RecordDelivery(std::string_view body_sha256, std::string_view source,
                                             core::TimePoint at, int comments) {
    auto inserted = connection_.Exec(
        "INSERT INTO webhook_deliveries (body_sha256, source, received_at, comments)"
        " VALUES ($1, $2, $3, $4)",
        {Text(body_sha256), Text(source), Int(Seconds(at)), Int(comments)});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

}  // namespace steward::store::sql
