// Subject access: read each room's store for one pupil or staff member, then audit the export.
#include "domain/subject_access/subject_access.hpp"

#include "domain/access/permissions.hpp"
#include "domain/audit/audit_log.hpp"
#include "domain/subject_access/staff_subject.hpp"

namespace steward::domain {
namespace {

constexpr int kAuditPage = 1000;

core::Status RequireSubjectAccess(const Actor& actor, std::string_view school_id) {
    if (actor.person_id == "system") return core::OkStatus();
    const bool allowed = actor.role && actor.school_id == school_id &&
                         ScopeFor(Action::kViewConsent, *actor.role) &&
                         ScopeFor(Action::kViewAudit, *actor.role);
    if (allowed) return core::OkStatus();
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "Only a role that may see both the consent register and the audit trail "
                       "(headteacher, DPO) may export a subject access request.",
                       "view_consent,view_audit"};
}

bool MentionsPupil(const AuditEvent& event, std::string_view pupil_id) {
    if (event.object_id == pupil_id &&
        (event.object_type == "pupil" || event.object_type == "subject_access")) {
        return true;
    }
    return HasToken(event.before, "pupil", pupil_id) || HasToken(event.after, "pupil", pupil_id);
}

// Reads the whole trail in pages; keeps the school's events about the pupil, actors as roles.
core::Result<std::vector<AuditEvent>> EventsAbout(Tx& tx, std::string_view school_id,
                                                  std::string_view pupil_id) {
    std::vector<AuditEvent> kept;
    int64_t after = 0;
    while (true) {
        auto page = tx.Audit().List(after, kAuditPage);
        if (!page) return page.error();
        for (AuditEvent& event : *page) {
            if (event.school_id != school_id || !MentionsPupil(event, pupil_id)) continue;
            if (event.actor != "system") event.actor = "[staff member]";
            kept.push_back(std::move(event));
        }
        if (static_cast<int>(page->size()) < kAuditPage) break;
        after = page->back().seq;
    }
    return kept;
}

std::string StaffMemberOrSystem(const std::string& person_id) {
    return person_id.empty() || person_id == "system" ? person_id : "[staff member]";
}

// Roster entry, consent history, do-not-publish entry and audit events of a pupil.
core::Status CollectPupil(Tx& tx, std::string_view school_id, std::string_view pupil_id,
                          SubjectAccessBundle& bundle) {
    auto pupil = tx.Access().FindPupil(school_id, pupil_id);
    if (!pupil) return pupil.error();
    if (!*pupil) {
        return core::Error{core::ErrorCode::kNotFound,
                           "No pupil with this id is on the school's roster.", "pupil_id"};
    }
    bundle.subject.kind = SubjectKind::kPupil;
    bundle.subject.id = std::string(pupil_id);
    bundle.subject.pupil = std::move(**pupil);
    auto consent = tx.Consent().ListForPupil(school_id, pupil_id);
    if (!consent) return consent.error();
    bundle.consent = std::move(*consent);
    for (ConsentRecord& record : bundle.consent) {
        record.recorded_by = StaffMemberOrSystem(record.recorded_by);
        record.withdrawn_by = StaffMemberOrSystem(record.withdrawn_by);
    }
    auto flag = tx.Consent().FindDoNotPublish(school_id, pupil_id);
    if (!flag) return flag.error();
    bundle.do_not_publish = std::move(*flag);
    if (bundle.do_not_publish) {
        bundle.do_not_publish->set_by = StaffMemberOrSystem(bundle.do_not_publish->set_by);
    }
    auto events = EventsAbout(tx, school_id, pupil_id);
    if (!events) return events.error();
    bundle.audit_events = std::move(*events);
    return core::OkStatus();
}

// Person record, roles, sign-in accounts and audit events of a staff member.
core::Status CollectStaff(Tx& tx, const Actor& actor, std::string_view school_id,
                          std::string_view person_id, SubjectAccessBundle& bundle) {
    if (actor.person_id == person_id) {
        return core::Error{core::ErrorCode::kPermissionDenied,
                           "A subject access request about yourself is exported by the DPO or "
                           "another authorised person, not by you.",
                           "person_id"};
    }
    StaffRecord record;
    auto subject = LoadStaffSubject(tx, school_id, person_id, record);
    if (!subject) return subject.error();
    bundle.subject = std::move(*subject);
    auto events = StaffEventsAndAccounts(tx, school_id, bundle.subject.person, record);
    if (!events) return events.error();
    bundle.audit_events = std::move(*events);
    bundle.staff = std::move(record);
    return core::OkStatus();
}

}  // namespace

std::string_view SubjectKindName(SubjectKind kind) {
    return kind == SubjectKind::kPupil ? "pupil" : "staff";
}

core::Result<SubjectAccessBundle> CollectSubjectAccess(
    Tx& tx, const Actor& actor, const core::Clock& clock, std::string_view school_id,
    SubjectKind kind, std::string_view subject_id,
    std::span<const SubjectAccessCollector> collectors) {
    if (auto allowed = RequireSubjectAccess(actor, school_id); !allowed) return allowed.error();
    SubjectAccessBundle bundle;
    bundle.school_id = std::string(school_id);
    bundle.generated_at = clock.Now();
    bundle.generated_by = actor.person_id;
    const core::Status collected = kind == SubjectKind::kPupil
                                       ? CollectPupil(tx, school_id, subject_id, bundle)
                                       : CollectStaff(tx, actor, school_id, subject_id, bundle);
    if (!collected) return collected.error();
    for (const SubjectAccessCollector& collect : collectors) {
        auto section = collect(tx, school_id, bundle.subject);
        if (!section) return section.error();
        if (section->room.empty()) continue;
        bundle.sections.push_back(std::move(*section));
    }
    auto event = RecordAudit(
        tx, actor, clock,
        {"subject_access.export", kind == SubjectKind::kPupil ? "pupil" : "person",
         std::string(subject_id), "",
         "consent=" + std::to_string(bundle.consent.size()) +
             " audit=" + std::to_string(bundle.audit_events.size()) +
             " sections=" + std::to_string(bundle.sections.size()),
         std::string(school_id)});
    if (!event) return event.error();
    return bundle;
}

core::Result<SubjectAccessBundle> CollectSubjectAccess(
    Tx& tx, const Actor& actor, const core::Clock& clock, std::string_view school_id,
    std::string_view pupil_id, std::span<const SubjectAccessCollector> collectors) {
    return CollectSubjectAccess(tx, actor, clock, school_id, SubjectKind::kPupil, pupil_id,
                                collectors);
}

}  // namespace steward::domain
