// SQL of posts, the pupils in them, their checks and their history.
#include "store/sql/posts_store.hpp"

#include <string>

namespace steward::store::sql {
namespace {

using domain::Post;

constexpr std::string_view kPostColumns =
    "id, school_id, account_id, platform, media_kind, media_id, caption, posting_date,"
    " controversial, state, version, author_id, created_at, updated_at, approved_by, approved_at,"
    " published_by, published_at, live_url, taken_down_by, taken_down_at";

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }
core::TimePoint At(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }

std::vector<Value> PostValues(const Post& post) {
    return {Text(post.id), Text(post.school_id), Text(post.account_id),
            Text(domain::PlatformName(post.platform)), Text(domain::MediaKindName(post.media_kind)),
            Text(post.media_id), Text(post.caption), Text(post.posting_date.ToIso()),
            Int(post.controversial ? 1 : 0), Text(domain::PostStateName(post.state)),
            Int(post.version), Text(post.author_id), Int(Seconds(post.created_at)),
            Int(Seconds(post.updated_at)), Text(post.approved_by), Int(Seconds(post.approved_at)),
            Text(post.published_by), Int(Seconds(post.published_at)), Text(post.live_url),
            Text(post.taken_down_by), Int(Seconds(post.taken_down_at))};
}

Post PostFrom(const Row& row) {
    Post post;
    post.id = row.Text(0);
    post.school_id = row.Text(1);
    post.account_id = row.Text(2);
    post.platform = domain::ParsePlatform(row.Text(3)).value_or(domain::Platform::kWebsite);
    post.media_kind = domain::ParseMediaKind(row.Text(4)).value_or(domain::MediaKind::kNone);
    post.media_id = row.Text(5);
    post.caption = row.Text(6);
    post.posting_date = domain::ParseIsoDate(row.Text(7)).value_or(domain::Date{});
    post.controversial = row.Int(8) != 0;
    post.state = domain::ParsePostState(row.Text(9)).value_or(domain::PostState::kDraft);
    post.version = static_cast<int>(row.Int(10));
    post.author_id = row.Text(11);
    post.created_at = At(row.Int(12));
    post.updated_at = At(row.Int(13));
    post.approved_by = row.Text(14);
    post.approved_at = At(row.Int(15));
    post.published_by = row.Text(16);
    post.published_at = At(row.Int(17));
    post.live_url = row.Text(18);
    post.taken_down_by = row.Text(19);
    post.taken_down_at = At(row.Int(20));
    return post;
}

// Findings are stored one per line: reason, pupil, begin, end, message, tab-separated, then
// media_id and face for a finding in a photo; tabs and newlines inside a message (there are none
// in ours) become spaces.
std::string EncodeFindings(const std::vector<domain::PostFinding>& findings) {
    std::string text;
    for (const auto& finding : findings) {
        std::string message = finding.message;
        for (char& c : message) c = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
        text += std::string(domain::PostReasonCode(finding.reason)) + '\t' + finding.pupil_id +
                '\t' + (finding.begin ? std::to_string(*finding.begin) : "") + '\t' +
                (finding.end ? std::to_string(*finding.end) : "") + '\t' + message;
        if (!finding.media_id.empty() || finding.face) {
            text += '\t' + finding.media_id + '\t' +
                    (finding.face ? std::to_string(*finding.face) : "");
        }
        text += '\n';
    }
    return text;
}

std::vector<std::string> Split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.emplace_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

std::vector<domain::PostFinding> DecodeFindings(std::string_view text) {
    std::vector<domain::PostFinding> findings;
    for (const std::string& line : Split(text, '\n')) {
        const auto fields = Split(line, '\t');
        if (fields.size() != 5 && fields.size() != 7) continue;
        const auto reason = domain::ParsePostReason(fields[0]);
        if (!reason) continue;  // a code from a newer Steward
        domain::PostFinding finding{*reason, fields[1], std::nullopt, std::nullopt, fields[4]};
        if (!fields[2].empty()) finding.begin = std::stoull(fields[2]);
        if (!fields[3].empty()) finding.end = std::stoull(fields[3]);
        if (fields.size() == 7) {
            finding.media_id = fields[5];
            if (!fields[6].empty()) finding.face = std::stoull(fields[6]);
        }
        findings.push_back(std::move(finding));
    }
    return findings;
}

// The next per-post sequence number of `table` (post_checks or post_events). One post is changed
// by one transaction at a time: SQLite's write lock, and on PostgreSQL the row lock FindPost takes
// in a read-write transaction (every change of a post reads it first).
core::Result<int64_t> NextSeq(Connection& connection, std::string_view table,
                              std::string_view post_id) {
    auto rows = connection.Exec(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM " + std::string(table) + " WHERE post_id = $1",
        {Text(post_id)});
    if (!rows) return rows.error();
    return rows->front().Int(0);
}

}  // namespace

core::Status SqlPostStore::WritePupils(const Post& post) {
    auto cleared = connection_.Exec("DELETE FROM post_pupils WHERE post_id = $1", {Text(post.id)});
    if (!cleared) return cleared.error();
    for (const auto& [ids, source] : {std::pair{&post.tagged_pupil_ids, "tagged"},
                                      std::pair{&post.named_pupil_ids, "named"}}) {
        for (const std::string& pupil_id : *ids) {
            auto inserted = connection_.Exec(
                "INSERT INTO post_pupils (post_id, school_id, pupil_id, source)"
                " VALUES ($1, $2, $3, $4)",
                {Text(post.id), Text(post.school_id), Text(pupil_id), Text(source)});
            if (!inserted) return inserted.error();
        }
    }
    return core::OkStatus();
}

core::Status SqlPostStore::InsertPost(const Post& post) {
    auto inserted = connection_.Exec(
        "INSERT INTO posts (" + std::string(kPostColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,"
            " $17, $18, $19, $20, $21)",
        PostValues(post));
    if (!inserted) return inserted.error();
    return WritePupils(post);
}

core::Status SqlPostStore::UpdatePost(const Post& post) {
    auto updated = connection_.Exec(
        "UPDATE posts SET account_id = $3, platform = $4, media_kind = $5, media_id = $6,"
        " caption = $7, posting_date = $8, controversial = $9, state = $10, version = $11,"
        " author_id = $12, created_at = $13, updated_at = $14, approved_by = $15,"
        " approved_at = $16, published_by = $17, published_at = $18, live_url = $19,"
        " taken_down_by = $20, taken_down_at = $21 WHERE id = $1 AND school_id = $2 RETURNING id",
        PostValues(post));
    if (!updated) return updated.error();
    if (updated->empty()) return core::Error{core::ErrorCode::kNotFound, "No post matches.", "post_id"};
    return WritePupils(post);
}

core::Result<std::vector<Post>> SqlPostStore::PostsFrom(const Rows& rows) {
    std::vector<Post> posts;
    posts.reserve(rows.size());
    for (const Row& row : rows) {
        Post post = PostFrom(row);
        auto pupils = connection_.Exec(
            "SELECT pupil_id, source FROM post_pupils WHERE post_id = $1 ORDER BY pupil_id",
            {Text(post.id)});
        if (!pupils) return pupils.error();
        for (const Row& pupil : *pupils) {
            (pupil.Text(1) == "tagged" ? post.tagged_pupil_ids : post.named_pupil_ids)
                .push_back(pupil.Text(0));
        }
        posts.push_back(std::move(post));
    }
    return posts;
}

core::Result<std::optional<Post>> SqlPostStore::FindPost(std::string_view school_id,
                                                         std::string_view post_id) {
    std::string sql =
        "SELECT " + std::string(kPostColumns) + " FROM posts WHERE school_id = $1 AND id = $2";
    // A change of one post queues behind another change of it and then reads what that one
    // committed, so their check and event numbers (NextSeq) cannot collide. SQLite has one
    // writer at a time already.
    if (connection_.dialect() == Dialect::kPostgres && connection_.Writing()) sql += " FOR UPDATE";
    auto rows = connection_.Exec(sql, {Text(school_id), Text(post_id)});
    if (!rows) return rows.error();
    auto posts = PostsFrom(*rows);
    if (!posts) return posts.error();
    if (posts->empty()) return std::optional<Post>();
    return std::optional<Post>(std::move(posts->front()));
}

core::Result<std::vector<Post>> SqlPostStore::ListPosts(std::string_view school_id,
                                                        std::optional<domain::PostState> state) {
    std::string sql = "SELECT " + std::string(kPostColumns) + " FROM posts WHERE school_id = $1";
    std::vector<Value> params = {Text(school_id)};
    if (state) {
        sql += " AND state = $2";
        params.push_back(Text(domain::PostStateName(*state)));
    }
    sql += " ORDER BY updated_at DESC, id";
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    return PostsFrom(*rows);
}

core::Result<std::vector<Post>> SqlPostStore::PublishedPostsShowing(std::string_view school_id,
                                                                    std::string_view pupil_id) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kPostColumns) +
            " FROM posts WHERE school_id = $1 AND state = 'published' AND id IN"
            " (SELECT post_id FROM post_pupils WHERE school_id = $1 AND pupil_id = $2)"
            " ORDER BY published_at, id",
        {Text(school_id), Text(pupil_id)});
    if (!rows) return rows.error();
    return PostsFrom(*rows);
}

core::Status SqlPostStore::AddCheck(const domain::PostCheckRecord& check) {
    std::string reasons;
    for (domain::PostReason reason : check.result.reasons) {
        if (!reasons.empty()) reasons += ",";
        reasons += domain::PostReasonCode(reason);
    }
    auto seq = NextSeq(connection_, "post_checks", check.post_id);
    if (!seq) return seq.error();
    auto inserted = connection_.Exec(
        "INSERT INTO post_checks (post_id, seq, version, checked_at, checked_by, decision,"
        " reasons, details) VALUES ($1, $8, $2, $3, $4, $5, $6, $7)",
        {Text(check.post_id), Int(check.version), Int(Seconds(check.checked_at)),
         Text(check.checked_by), Text(domain::PostDecisionName(check.result.decision)),
         Text(reasons), Text(EncodeFindings(check.result.findings)), Int(*seq)});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Result<std::optional<domain::PostCheckRecord>> SqlPostStore::LatestCheck(
    std::string_view post_id) {
    auto rows = connection_.Exec(
        "SELECT post_id, seq, version, checked_at, checked_by, decision, reasons, details"
        " FROM post_checks WHERE post_id = $1 ORDER BY seq DESC LIMIT 1",
        {Text(post_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::PostCheckRecord>();
    const Row& row = rows->front();
    domain::PostCheckRecord check;
    check.post_id = row.Text(0);
    check.seq = static_cast<int>(row.Int(1));
    check.version = static_cast<int>(row.Int(2));
    check.checked_at = At(row.Int(3));
    check.checked_by = row.Text(4);
    check.result.post_id = check.post_id;
    check.result.decision =
        domain::ParsePostDecision(row.Text(5)).value_or(domain::PostDecision::kBlock);
    for (const std::string& code : Split(row.Text(6), ',')) {
        if (auto reason = domain::ParsePostReason(code)) check.result.reasons.push_back(*reason);
    }
    check.result.findings = DecodeFindings(row.Text(7));
    return std::optional(std::move(check));
}

core::Result<domain::PostCheckStats> SqlPostStore::CountChecks(std::string_view school_id,
                                                               core::TimePoint from,
                                                               core::TimePoint to) {
    auto rows = connection_.Exec(
        "SELECT c.decision, COUNT(*) FROM post_checks c JOIN posts p ON p.id = c.post_id"
        " WHERE p.school_id = $1 AND c.checked_at >= $2 AND c.checked_at < $3"
        " GROUP BY c.decision",
        {Text(school_id), Int(Seconds(from)), Int(Seconds(to))});
    if (!rows) return rows.error();
    domain::PostCheckStats stats;
    for (const Row& row : *rows) {
        const int count = static_cast<int>(row.Int(1));
        stats.checks += count;
        const std::string decision = row.Text(0);
        (decision == "approve" ? stats.approve
                               : decision == "needs_changes" ? stats.needs_changes : stats.block) +=
            count;
    }
    return stats;
}

core::Status SqlPostStore::AddEvent(const domain::PostEvent& event) {
    auto seq = NextSeq(connection_, "post_events", event.post_id);
    if (!seq) return seq.error();
    auto inserted = connection_.Exec(
        "INSERT INTO post_events (post_id, seq, at, actor, actor_role, action, from_state,"
        " to_state, comment) VALUES ($1, $9, $2, $3, $4, $5, $6, $7, $8)",
        {Text(event.post_id), Int(Seconds(event.at)), Text(event.actor), Text(event.actor_role),
         Text(event.action), Text(event.from_state), Text(event.to_state), Text(event.comment),
         Int(*seq)});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Result<std::vector<domain::PostEvent>> SqlPostStore::ListEvents(std::string_view post_id) {
    auto rows = connection_.Exec(
        "SELECT post_id, seq, at, actor, actor_role, action, from_state, to_state, comment"
        " FROM post_events WHERE post_id = $1 ORDER BY seq",
        {Text(post_id)});
    if (!rows) return rows.error();
    std::vector<domain::PostEvent> events;
    for (const Row& row : *rows) {
        events.push_back({row.Text(0), static_cast<int>(row.Int(1)), At(row.Int(2)), row.Text(3),
                          row.Text(4), row.Text(5), row.Text(6), row.Text(7), row.Text(8)});
    }
    return events;
}

}  // namespace steward::store::sql
