// Subject access: read each room's store for one pupil, then audit the export.
#include "domain/subject_access/subject_access.hpp"

#include "domain/access/permissions.hpp"
#include "domain/audit/audit_log.hpp"

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
    const std::string token = "pupil=" + std::string(pupil_id);
    for (const std::string* summary : {&event.before, &event.after}) {
        const std::size_t at = summary->find(token);
        if (at == std::string::npos) continue;
        const std::size_t end = at + token.size();
        if (end == summary->size() || (*summary)[end] == ' ') return true;
    }
    return false;
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

}  // namespace

core::Result<SubjectAccessBundle> CollectSubjectAccess(
    Tx& tx, const Actor& actor, const core::Clock& clock, std::string_view school_id,
    std::string_view pupil_id, std::span<const SubjectAccessCollector> collectors) {
    if (auto allowed = RequireSubjectAccess(actor, school_id); !allowed) return allowed.error();
    auto pupil = tx.Access().FindPupil(school_id, pupil_id);
    if (!pupil) return pupil.error();
    if (!*pupil) {
        return core::Error{core::ErrorCode::kNotFound,
                           "No pupil with this id is on the school's roster.", "pupil_id"};
    }
    SubjectAccessBundle bundle;
    bundle.school_id = std::string(school_id);
    bundle.pupil_id = std::string(pupil_id);
    bundle.generated_at = clock.Now();
    bundle.generated_by = actor.person_id;
    bundle.pupil = std::move(**pupil);
    auto consent = tx.Consent().ListForPupil(school_id, pupil_id);
    if (!consent) return consent.error();
    bundle.consent = std::move(*consent);
    for (ConsentRecord& record : bundle.consent) {
        if (!record.recorded_by.empty() && record.recorded_by != "system") {
            record.recorded_by = "[staff member]";
        }
        if (!record.withdrawn_by.empty() && record.withdrawn_by != "system") {
            record.withdrawn_by = "[staff member]";
        }
    }
    auto flag = tx.Consent().FindDoNotPublish(school_id, pupil_id);
    if (!flag) return flag.error();
    bundle.do_not_publish = std::move(*flag);
    if (bundle.do_not_publish && !bundle.do_not_publish->set_by.empty() &&
        bundle.do_not_publish->set_by != "system") {
        bundle.do_not_publish->set_by = "[staff member]";
    }
    auto events = EventsAbout(tx, school_id, pupil_id);
    if (!events) return events.error();
    bundle.audit_events = std::move(*events);
    for (const SubjectAccessCollector& collect : collectors) {
        auto section = collect(tx, school_id, bundle.pupil);
        if (!section) return section.error();
        bundle.sections.push_back(std::move(*section));
    }
    auto event = RecordAudit(
        tx, actor, clock,
        {"subject_access.export", "pupil", std::string(pupil_id), "",
         "consent=" + std::to_string(bundle.consent.size()) +
             " audit=" + std::to_string(bundle.audit_events.size()) +
             " sections=" + std::to_string(bundle.sections.size()),
         std::string(school_id)});
    if (!event) return event.error();
    return bundle;
}

}  // namespace steward::domain
