// SQL of the notifications outbox: notifications and notification_deliveries (migration 0013).
#include "store/sql/notify_store.hpp"

#include <map>
#include <string>

#include "policy/role.hpp"

namespace steward::store::sql {
namespace {

core::TimePoint Time(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }
int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }

constexpr std::string_view kDeliveryColumns =
    "d.notification_id, d.person_id, d.attempts, d.next_attempt_at, d.delivered_at, d.last_error";

domain::NotificationDelivery DeliveryFrom(const Row& row) {
    domain::NotificationDelivery delivery;
    delivery.notification_id = row.Text(0);
    delivery.person_id = row.Text(1);
    delivery.attempts = static_cast<int>(row.Int(2));
    delivery.next_attempt_at = Time(row.Int(3));
    if (!row.IsNull(4)) delivery.delivered_at = Time(row.Int(4));
    delivery.last_error = row.Text(5);
    return delivery;
}

domain::Notification NotificationFrom(const Row& row) {
    domain::Notification n;
    n.id = row.Text(0);
    n.school_id = row.Text(1);
    const std::string role = row.Text(2);
    n.recipient_role =
        role.empty() ? policy::Role::kNone : policy::ParseRole(role).value_or(policy::Role::kNone);
    n.recipient_person_id = row.Text(3);
    n.subject = row.Text(4);
    n.body = row.Text(5);
    n.reason = row.Text(6);
    n.object_type = row.Text(7);
    n.object_id = row.Text(8);
    n.urgent = row.Int(9) != 0;
    n.created_at = Time(row.Int(10));
    return n;
}

}  // namespace

core::Status SqlNotificationStore::InsertNotification(const domain::Notification& n) {
    const std::string role = n.recipient_role == policy::Role::kNone
                                 ? ""
                                 : std::string(policy::RoleKey(n.recipient_role));
    auto inserted = connection_.Exec(
        "INSERT INTO notifications (id, school_id, recipient_role, recipient_person_id, subject,"
        " body, reason, object_type, object_id, urgent, created_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        {Text(n.id), Text(n.school_id), Text(role), Text(n.recipient_person_id), Text(n.subject),
         Text(n.body), Text(n.reason), Text(n.object_type), Text(n.object_id),
         Int(n.urgent ? 1 : 0), Int(Seconds(n.created_at))});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Status SqlNotificationStore::InsertDelivery(const domain::NotificationDelivery& d) {
    auto inserted = connection_.Exec(
        "INSERT INTO notification_deliveries (notification_id, person_id, attempts,"
        " next_attempt_at, delivered_at, last_error) VALUES ($1, $2, $3, $4, $5, $6)",
        {Text(d.notification_id), Text(d.person_id), Int(d.attempts),
         Int(Seconds(d.next_attempt_at)), d.delivered_at ? Int(Seconds(*d.delivered_at)) : Value(),
         Text(d.last_error)});
    if (!inserted) return inserted.error();
    return core::OkStatus();
}

core::Result<std::vector<domain::PendingMail>> SqlNotificationStore::ListDue(core::TimePoint now,
                                                                             int limit) {
    // The address: the person's own, else that of an enabled sign-in linked to them.
    auto rows =
        connection_.Exec("SELECT " + std::string(kDeliveryColumns) +
                             ", COALESCE(NULLIF(p.email, ''), (SELECT MIN(u.email) FROM users u"
                             " WHERE u.person_id = p.id AND u.disabled = 0 AND u.email <> ''), ''),"
                             " n.subject, n.body, n.urgent"
                             " FROM notification_deliveries d"
                             " JOIN notifications n ON n.id = d.notification_id"
                             " JOIN people p ON p.id = d.person_id"
                             " WHERE d.delivered_at IS NULL AND d.next_attempt_at <= $1"
                             " ORDER BY d.next_attempt_at, d.notification_id, d.person_id LIMIT $2",
                         {Int(Seconds(now)), Int(limit)});
    if (!rows) return rows.error();
    std::vector<domain::PendingMail> out;
    out.reserve(rows->size());
    for (const Row& row : *rows) {
        domain::PendingMail mail;
        mail.delivery = DeliveryFrom(row);
        mail.to_address = row.Text(6);
        mail.subject = row.Text(7);
        mail.body = row.Text(8);
        mail.urgent = row.Int(9) != 0;
        out.push_back(std::move(mail));
    }
    return out;
}

core::Result<bool> SqlNotificationStore::ClaimDelivery(std::string_view notification_id,
                                                       std::string_view person_id,
                                                       core::TimePoint seen,
                                                       core::TimePoint until) {
    auto claimed = connection_.Exec(
        "UPDATE notification_deliveries SET next_attempt_at = $1 WHERE notification_id = $2"
        " AND person_id = $3 AND next_attempt_at = $4 AND delivered_at IS NULL"
        " RETURNING person_id",
        {Int(Seconds(until)), Text(notification_id), Text(person_id), Int(Seconds(seen))});
    if (!claimed) return claimed.error();
    return !claimed->empty();
}

core::Status SqlNotificationStore::RecordAttempt(const domain::NotificationDelivery& d) {
    auto updated = connection_.Exec(
        "UPDATE notification_deliveries SET attempts = $1, next_attempt_at = $2,"
        " delivered_at = $3, last_error = $4 WHERE notification_id = $5 AND person_id = $6",
        {Int(d.attempts), Int(Seconds(d.next_attempt_at)),
         d.delivered_at ? Int(Seconds(*d.delivered_at)) : Value(), Text(d.last_error),
         Text(d.notification_id), Text(d.person_id)});
    if (!updated) return updated.error();
    return core::OkStatus();
}

core::Result<std::vector<domain::NotificationRecord>> SqlNotificationStore::ListForSchool(
    std::string_view school_id, int limit) {
    auto rows = connection_.Exec(
        "SELECT id, school_id, recipient_role, recipient_person_id, subject, body, reason,"
        " object_type, object_id, urgent, created_at FROM notifications WHERE school_id = $1"
        " ORDER BY created_at DESC, id DESC LIMIT $2",
        {Text(school_id), Int(limit)});
    if (!rows) return rows.error();
    std::vector<domain::NotificationRecord> out;
    std::map<std::string, std::size_t> index;
    for (const Row& row : *rows) {
        index[row.Text(0)] = out.size();
        out.push_back({NotificationFrom(row), {}});
    }
    if (out.empty()) return out;
    auto deliveries = connection_.Exec(
        "SELECT " + std::string(kDeliveryColumns) +
            " FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id"
            " WHERE n.school_id = $1 AND n.created_at >= $2 ORDER BY d.person_id",
        {Text(school_id), Int(Seconds(out.back().notification.created_at))});
    if (!deliveries) return deliveries.error();
    for (const Row& row : *deliveries) {
        auto found = index.find(row.Text(0));
        if (found != index.end()) out[found->second].deliveries.push_back(DeliveryFrom(row));
    }
    return out;
}

}  // namespace steward::store::sql
