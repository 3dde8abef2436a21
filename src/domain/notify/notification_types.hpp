// Value types of the notifications outbox (migration 0013): a message addressed to a role or a
// person at a school, one delivery per recipient person, and what the mail sender reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

// One message. Subject and body never carry pupils' names or the text of a report: they say why
// (reason) and which record to open (object_type, object_id), which the recipient may then see
// only as far as its own permissions allow.
struct Notification {
    std::string id;
    std::string school_id;
    Role recipient_role = Role::kNone;  // addressed to every holder of this role, or
    std::string recipient_person_id;    // to this one person
    std::string subject;
    std::string body;
    std::string reason;       // "<room>.<what>", e.g. "cases.safeguarding_disclosure"
    std::string object_type;  // "case", "comment", "takedown_task"
    std::string object_id;
    bool urgent = false;
    core::TimePoint created_at{};
};

// One recipient of one notification: pending while delivered_at is empty.
struct NotificationDelivery {
    std::string notification_id;
    std::string person_id;
    int attempts = 0;
    core::TimePoint next_attempt_at{};
    std::optional<core::TimePoint> delivered_at;
    std::string last_error;  // the last failed attempt's reason; never an address or a secret
};

// A pending delivery with its message and the address it goes to ("" when the person has none).
struct PendingMail {
    NotificationDelivery delivery;
    std::string to_address;
    std::string subject;
    std::string body;
    bool urgent = false;
};

// A notification with its deliveries, for the delivery-status list.
struct NotificationRecord {
    Notification notification;
    std::vector<NotificationDelivery> deliveries;
};

}  // namespace steward::domain
