// Notify, ListNotifications and DeliverPending (outbox.hpp).
#include "domain/notify/outbox.hpp"

#include <algorithm>

#include "domain/ports/store.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

// The active people the request reaches, sorted, without those it must never reach.
core::Result<std::vector<std::string>> Recipients(Tx& tx, const NotificationRequest& request) {
    std::vector<std::string> people;
    if (!request.to_person_id.empty()) {
        people.push_back(request.to_person_id);
    } else {
        auto holders = tx.Access().HoldersOf(request.school_id, request.to_role);
        if (!holders) return holders.error();
        for (const RoleAssignment& holder : *holders) people.push_back(holder.person_id);
    }
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    std::vector<std::string> out;
    for (const std::string& id : people) {
        if (std::find(request.never_to.begin(), request.never_to.end(), id) !=
            request.never_to.end()) {
            continue;
        }
        auto person = tx.Access().FindPerson(id);
        if (!person) return person.error();
        if (*person && (*person)->status == PersonStatus::kActive) out.push_back(id);
    }
    return out;
}

core::Status RecordOutcome(Store& store, NotificationDelivery delivery, core::Status sent,
                           core::TimePoint now, const DeliveryOptions& options) {
    ++delivery.attempts;
    if (sent) {
        delivery.delivered_at = now;
        delivery.last_error.clear();
    } else {
        delivery.last_error = sent.error().message;
        delivery.next_attempt_at = NextAttemptAfter(now, delivery.attempts, options);
    }
    return store.Transact(
        [&](Tx& tx) -> core::Status { return tx.Notifications().RecordAttempt(delivery); });
}

}  // namespace

core::Result<Notification> Notify(Tx& tx, const core::Clock& clock, NotificationRequest request) {
    if (request.school_id.empty()) return Invalid("A notification needs a school.", "school_id");
    if (request.to_role == Role::kNone && request.to_person_id.empty()) {
        return Invalid("A notification needs a role or a person to go to.", "recipient");
    }
    if (request.subject.empty()) return Invalid("A notification needs a subject.", "subject");
    auto recipients = Recipients(tx, request);
    if (!recipients) return recipients.error();
    Notification notification;
    notification.id = "ntf-" + security::GenerateToken().substr(0, 16);
    notification.school_id = request.school_id;
    notification.recipient_role = request.to_person_id.empty() ? request.to_role : Role::kNone;
    notification.recipient_person_id = request.to_person_id;
    notification.subject = std::move(request.subject);
    notification.body = std::move(request.body);
    notification.reason = std::move(request.reason);
    notification.object_type = std::move(request.object_type);
    notification.object_id = std::move(request.object_id);
    notification.urgent = request.urgent;
    notification.created_at = clock.Now();
    if (auto ok = tx.Notifications().InsertNotification(notification); !ok) return ok.error();
    for (const std::string& person_id : *recipients) {
        NotificationDelivery delivery;
        delivery.notification_id = notification.id;
        delivery.person_id = person_id;
        delivery.next_attempt_at = notification.created_at;
        if (auto ok = tx.Notifications().InsertDelivery(delivery); !ok) return ok.error();
    }
    return notification;
}

core::Result<std::vector<NotificationRecord>> ListNotifications(Tx& tx, std::string_view school_id,
                                                                int limit) {
    return tx.Notifications().ListForSchool(school_id, std::clamp(limit, 1, 500));
}

core::TimePoint NextAttemptAfter(core::TimePoint now, int attempts,
                                 const DeliveryOptions& options) {
    std::chrono::seconds wait = options.first_retry;
    for (int i = 1; i < attempts && wait < options.longest_retry; ++i) wait *= 2;
    return now + std::min(wait, options.longest_retry);
}

core::Result<DeliveryReport> DeliverPending(Store& store, const core::Clock& clock,
                                            MailTransport& transport,
                                            const DeliveryOptions& options) {
    const core::TimePoint now = clock.Now();
    auto due = store.Read(
        [&](Tx& tx) { return tx.Notifications().ListDue(now, std::max(options.batch, 1)); });
    if (!due) return due.error();
    DeliveryReport report;
    report.due = static_cast<int>(due->size());
    for (PendingMail& mail : *due) {
        NotificationDelivery& delivery = mail.delivery;
        auto claimed = store.Transact([&](Tx& tx) {
            return tx.Notifications().ClaimDelivery(delivery.notification_id, delivery.person_id,
                                                    delivery.next_attempt_at,
                                                    now + options.claim_for);
        });
        if (!claimed || !*claimed) continue;  // another sender has it, or the database is gone
        delivery.next_attempt_at = now + options.claim_for;
        core::Status sent = core::Error{
            core::ErrorCode::kFailedPrecondition,
            "This person has no email address; add one to their record in the people register."};
        if (!mail.to_address.empty()) {
            sent = transport.Send({mail.to_address, mail.subject, mail.body, mail.urgent,
                                   delivery.notification_id + "/" + delivery.person_id});
        }
        (sent ? report.delivered : report.failed) += 1;
        if (auto recorded = RecordOutcome(store, delivery, sent, clock.Now(), options); !recorded) {
            return recorded.error();
        }
    }
    return report;
}

}  // namespace steward::domain
