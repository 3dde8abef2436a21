// The outbox: Notify() writes a notification and one delivery per recipient inside the caller's
// transaction, so a change and the mail about it are stored together or not at all
// (INC-05, INC-15, MON-04, PST-19, AUD-03). DeliverPending() hands the pending deliveries to a
// MailTransport (notify/smtp_transport.hpp: SMTP by libcurl), recording each attempt with
// backoff; the server's mail sender (notify/mail_sender.hpp) calls it in a loop.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/notify/notification_types.hpp"

namespace steward::domain {

class Tx;
class Store;

// What to send and to whom: every active holder of `to_role` at the school (and trust-wide
// holders), or the one person `to_person_id`. Subject and body must not name pupils: say why and
// which record to open (the recipient sees the record only as far as their role allows).
struct NotificationRequest {
    std::string school_id;
    Role to_role = Role::kNone;
    std::string to_person_id;
    std::string subject;
    std::string body;
    std::string reason;  // "<room>.<what>"
    std::string object_type;
    std::string object_id;
    bool urgent = false;
    std::vector<std::string> never_to;  // person ids never told (e.g. whom a case is about)
};

// Stores `request` as a notification with a pending delivery per recipient, due at once. A role
// nobody holds gives a notification with no deliveries (visible in the delivery list).
// kInvalidInput for a request without a school, a recipient or a subject; the store's error
// otherwise (the caller returns it, so the change that caused the mail rolls back too).
core::Result<Notification> Notify(Tx& tx, const core::Clock& clock, NotificationRequest request);

// The school's notifications, newest first (at most `limit`, 1..500), with their deliveries.
core::Result<std::vector<NotificationRecord>> ListNotifications(Tx& tx, std::string_view school_id,
                                                                int limit);

// One mail as a transport sends it.
struct OutgoingMail {
    std::string to;  // one address
    std::string subject;
    std::string body;  // plain text, lines separated by \n
    bool urgent = false;
    std::string reference;  // "<notification id>/<person id>": the Message-ID's left part
};

// The port to the mail system. Returns kUnavailable when the server cannot be reached or refuses
// the message for now (tried again later); messages never contain credentials.
class MailTransport {
  public:
    virtual ~MailTransport() = default;
    virtual core::Status Send(const OutgoingMail& mail) = 0;
};

struct DeliveryOptions {
    int batch = 50;                            // deliveries read per pass
    std::chrono::seconds claim_for{300};       // how long one attempt holds a delivery
    std::chrono::seconds first_retry{60};      // wait after the first failure, doubled after
    std::chrono::seconds longest_retry{3600};  // each further one up to this
};

struct DeliveryReport {
    int due = 0;        // pending deliveries read
    int delivered = 0;  // sent now
    int failed = 0;     // attempted and failed (retried later)
};

// When a delivery that has failed `attempts` times may be tried again.
core::TimePoint NextAttemptAfter(core::TimePoint now, int attempts, const DeliveryOptions& options);

// One pass: claims each due delivery (a conditional update, so two senders never send the same
// mail), sends it outside any transaction, and records the attempt: delivered_at, or the error
// and the next attempt time. A person without an address is a failed attempt naming that.
// Returns the store's error only when the due list cannot be read.
core::Result<DeliveryReport> DeliverPending(Store& store, const core::Clock& clock,
                                            MailTransport& transport,
                                            const DeliveryOptions& options = {});

}  // namespace steward::domain
