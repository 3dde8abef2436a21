// NotifyCaseOpened (case_notices.hpp).
#include "domain/cases/case_notices.hpp"

#include "domain/notify/notices.hpp"
#include "domain/notify/outbox.hpp"

namespace steward::domain {
namespace {

NotificationRequest CaseNotice(const core::Clock& clock, const Case& record, std::string reason) {
    const std::string type(ConcernTypeKey(record.concern_type));
    NotificationRequest request;
    request.school_id = record.school_id;
    request.subject = std::string("[Steward] ") + (record.urgent ? "URGENT: " : "") + "new " +
                      type + " case " + record.id;
    request.body = "A " + type + " case (" + record.id + ") was opened at " +
                   NoticeTime(clock.Now()) + " and routed to the " +
                   std::string(RoleKey(record.owner_role)) + " under the school's policy.\n" +
                   (record.urgent ? "It is flagged urgent: act on it now.\n" : "") +
                   "Open Steward and go to Cases to read it. This mail carries no details of "
                   "the report.\n";
    request.reason = std::move(reason);
    request.object_type = "case";
    request.object_id = record.id;
    request.urgent = record.urgent;
    if (!record.subject_person_id.empty()) request.never_to.push_back(record.subject_person_id);
    return request;
}

core::Status Send(Tx& tx, const core::Clock& clock, NotificationRequest request) {
    auto sent = Notify(tx, clock, std::move(request));
    if (!sent) return sent.error();
    return core::OkStatus();
}

}  // namespace

core::Status NotifyCaseOpened(Tx& tx, const core::Clock& clock, const Case& record) {
    Role also = Role::kNone;
    if (record.concern_type == ConcernType::kSafeguardingDisclosure) also = Role::kDsl;  // INC-05
    if (record.concern_type == ConcernType::kDataProtectionBreach) also = Role::kDpo;    // INC-15
    NotificationRequest owner = CaseNotice(clock, record, "cases.routed");
    if (!record.owner_person_id.empty()) {
        owner.to_person_id = record.owner_person_id;
    } else {
        owner.to_role = record.owner_role;
    }
    if (also != Role::kNone && record.owner_role == also) {
        owner.to_person_id.clear();  // every holder of the role, the owner among them
        owner.to_role = also;
        also = Role::kNone;
    }
    if (owner.to_role == Role::kDsl && owner.to_person_id.empty()) {
        owner.reason = "cases.safeguarding_disclosure";
    }
    if (auto ok = Send(tx, clock, owner); !ok) return ok;
    if (also == Role::kNone) return core::OkStatus();
    NotificationRequest extra = CaseNotice(
        clock, record,
        also == Role::kDsl ? "cases.safeguarding_disclosure" : "cases.data_protection_breach");
    extra.to_role = also;
    if (!record.owner_person_id.empty()) extra.never_to.push_back(record.owner_person_id);
    return Send(tx, clock, std::move(extra));
}

}  // namespace steward::domain
