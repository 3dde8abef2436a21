// SqlNotificationStore: the notifications outbox (migration 0013) in SQL shared by SQLite and
// PostgreSQL.
#pragma once

#include "domain/notify/notification_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlNotificationStore final : public domain::NotificationStore {
  public:
    explicit SqlNotificationStore(Connection& connection) : connection_(connection) {}

    core::Status InsertNotification(const domain::Notification& notification) override;
    core::Status InsertDelivery(const domain::NotificationDelivery& delivery) override;
    core::Result<std::vector<domain::PendingMail>> ListDue(core::TimePoint now, int limit) override;
    core::Result<bool> ClaimDelivery(std::string_view notification_id, std::string_view person_id,
                                     core::TimePoint seen, core::TimePoint until) override;
    core::Status RecordAttempt(const domain::NotificationDelivery& delivery) override;
    core::Result<std::vector<domain::NotificationRecord>> ListForSchool(std::string_view school_id,
                                                                        int limit) override;

  private:
    Connection& connection_;
};

}  // namespace steward::store::sql
