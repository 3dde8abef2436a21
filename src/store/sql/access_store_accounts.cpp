// SQL of user accounts and server-side sessions. Only hashes of passwords and tokens are stored.
#include <string>

#include "store/sql/access_store.hpp"

namespace steward::store::sql {
namespace {

constexpr std::string_view kUserColumns =
    "id, username, email, password_hash, person_id, disabled, created_at";

core::TimePoint TimeFrom(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }
int64_t Seconds(core::TimePoint time) { return time.time_since_epoch().count(); }

domain::UserAccount UserFrom(const Row& row) {
    domain::UserAccount user;
    user.id = row.Text(0);
    user.username = row.Text(1);
    user.email = row.Text(2);
    user.password_hash = row.Text(3);
    user.person_id = row.Text(4);
    user.disabled = row.Int(5) != 0;
    user.created_at = TimeFrom(row.Int(6));
    return user;
}

}  // namespace

core::Status SqlAccessStore::InsertUser(const domain::UserAccount& user) {
    return Explain(Run("INSERT INTO users (" + std::string(kUserColumns) +
                           ") VALUES ($1, $2, $3, $4, $5, $6, $7)",
                       {Text(user.id), Text(user.username), Text(user.email),
                        Text(user.password_hash), TextOrNull(user.person_id),
                        Int(user.disabled ? 1 : 0), Int(Seconds(user.created_at))}),
                   "A user account with this id or username already exists.", "username");
}

core::Status SqlAccessStore::UpdateUser(const domain::UserAccount& user) {
    return RunOne(
        "UPDATE users SET email = $2, password_hash = $3, person_id = $4, disabled = $5"
        " WHERE id = $1 RETURNING id",
        {Text(user.id), Text(user.email), Text(user.password_hash), TextOrNull(user.person_id),
         Int(user.disabled ? 1 : 0)},
        "user account");
}

core::Result<std::optional<domain::UserAccount>> SqlAccessStore::FindUserById(
    std::string_view user_id) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kUserColumns) + " FROM users WHERE id = $1", {Text(user_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::UserAccount>();
    return std::optional(UserFrom((*rows)[0]));
}

core::Result<std::optional<domain::UserAccount>> SqlAccessStore::FindUserByUsername(
    std::string_view username) {
    auto rows =
        connection_.Exec("SELECT " + std::string(kUserColumns) + " FROM users WHERE username = $1",
                         {Text(username)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::UserAccount>();
    return std::optional(UserFrom((*rows)[0]));
}

core::Status SqlAccessStore::InsertSession(const domain::Session& session) {
    return Run(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, csrf_token_hash)"
        " VALUES ($1, $2, $3, $4, $5)",
        {Text(session.token_hash), Text(session.user_id), Int(Seconds(session.created_at)),
         Int(Seconds(session.expires_at)), Text(session.csrf_token_hash)});
}

core::Result<std::optional<domain::Session>> SqlAccessStore::FindSession(
    std::string_view token_hash) {
    auto rows = connection_.Exec(
        "SELECT token_hash, user_id, created_at, expires_at, csrf_token_hash FROM sessions"
        " WHERE token_hash = $1",
        {Text(token_hash)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::Session>();
    const Row& row = (*rows)[0];
    return std::optional(domain::Session{row.Text(0), row.Text(1), TimeFrom(row.Int(2)),
                                         TimeFrom(row.Int(3)), row.Text(4)});
}

core::Status SqlAccessStore::DeleteSession(std::string_view token_hash) {
    return RunOne("DELETE FROM sessions WHERE token_hash = $1 RETURNING token_hash",
                  {Text(token_hash)}, "session");
}

core::Result<int> SqlAccessStore::DeleteExpiredSessions(core::TimePoint now) {
    auto rows = connection_.Exec("DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash",
                                 {Int(Seconds(now))});
    if (!rows) return rows.error();
    return static_cast<int>(rows->size());
}

}  // namespace steward::store::sql
