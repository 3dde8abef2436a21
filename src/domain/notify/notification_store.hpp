// NotificationStore: the port through which the outbox writes notifications in the transaction
// of the change that caused them, and the mail sender claims and records deliveries.
// Implemented once for both engines in store/sql/notify_store.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/notify/notification_types.hpp"

namespace steward::domain {

// Every method returns kUnavailable when the database fails.
class NotificationStore {
  public:
    virtual ~NotificationStore() = default;

    // kAlreadyExists on a duplicate id; kFailedPrecondition for an unknown school or person.
    virtual core::Status InsertNotification(const Notification& notification) = 0;
    virtual core::Status InsertDelivery(const NotificationDelivery& delivery) = 0;

    // Up to `limit` undelivered deliveries with next_attempt_at <= now, oldest first, each with
    // its message and the person's address (people.email, else an enabled user account's).
    virtual core::Result<std::vector<PendingMail>> ListDue(core::TimePoint now, int limit) = 0;

    // Claims a delivery for one attempt: moves next_attempt_at from `seen` to `until` when it is
    // still undelivered and unchanged. False when another sender claimed it first.
    virtual core::Result<bool> ClaimDelivery(std::string_view notification_id,
                                             std::string_view person_id, core::TimePoint seen,
                                             core::TimePoint until) = 0;

    // Writes attempts, next_attempt_at, delivered_at and last_error of `delivery`.
    virtual core::Status RecordAttempt(const NotificationDelivery& delivery) = 0;

    // The school's notifications, newest first, up to `limit`, each with its deliveries.
    virtual core::Result<std::vector<NotificationRecord>> ListForSchool(std::string_view school_id,
                                                                        int limit) = 0;
};

}  // namespace steward::domain
