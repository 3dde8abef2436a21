// The due check: find the comments whose warning or escalation is pending, then for each one,
// in its own transaction, claim the step, write the alerts and audit it.
#include "domain/comments/comment_due_checks.hpp"

#include <algorithm>
#include <optional>

#include "domain/audit/audit_log.hpp"
#include "domain/comments/comment_notices.hpp"
#include "domain/ports/store.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

constexpr int kMaxAlertsListed = 200;

CommentAlert NewAlert(const Comment& comment, AlertKind kind, core::TimePoint now) {
    CommentAlert alert;
    alert.id = "cal-" + security::GenerateToken().substr(0, 16);
    alert.school_id = comment.school_id;
    alert.comment_id = comment.id;
    alert.kind = kind;
    alert.due_at = comment.due_at;
    alert.created_at = now;
    return alert;
}

core::Status Audit(Tx& tx, const core::Clock& clock, const Comment& comment, std::string action,
                   std::string after) {
    auto audited = RecordAudit(tx, Actor::System(comment.school_id), clock,
                               {std::move(action), "comment", comment.id, "", std::move(after),
                                comment.school_id});
    if (!audited) return audited.error();
    return core::OkStatus();
}

// Req: MON-04 the runners are warned; an account nobody runs falls to the monitor role.
core::Result<int> Warn(Tx& tx, const core::Clock& clock, const policy::PolicyPack* pack,
                       const Comment& comment, core::TimePoint now) {
    auto account = tx.Accounts().GetAccount(comment.school_id, comment.account_id);
    if (!account) return account.error();
    std::vector<std::string> runners;
    if (*account) {
        runners = (*account)->administrators;
        runners.insert(runners.end(), (*account)->moderators.begin(),
                       (*account)->moderators.end());
        std::sort(runners.begin(), runners.end());
        runners.erase(std::unique(runners.begin(), runners.end()), runners.end());
    }
    int written = 0;
    for (const std::string& runner : runners) {
        CommentAlert alert = NewAlert(comment, AlertKind::kDueSoon, now);
        alert.person_id = runner;
        if (auto added = tx.Comments().InsertAlert(alert); !added) return added.error();
        ++written;
    }
    const Role monitor = pack != nullptr ? pack->monitoring.monitor_role : Role::kNone;
    if (runners.empty() && monitor != Role::kNone) {
        CommentAlert alert = NewAlert(comment, AlertKind::kDueSoon, now);
        alert.role = monitor;
        if (auto added = tx.Comments().InsertAlert(alert); !added) return added.error();
        ++written;
    }
    auto audited = Audit(tx, clock, comment, "comments.warn",
                         "alerts=" + std::to_string(written) + " due_at=" +
                             std::to_string(comment.due_at.time_since_epoch().count()));
    if (!audited) return audited.error();
    return written;
}

// One comment's pending steps, in one transaction. Adds to `report`.
core::Status CheckOne(Tx& tx, const core::Clock& clock, const PackLookup& packs,
                      const Comment& comment, core::TimePoint now, DueCheckReport& report) {
    auto school = tx.Access().FindSchool(comment.school_id);
    if (!school) return school.error();
    const policy::PolicyPack* pack = (*school && packs) ? packs(**school) : nullptr;
    const int warning_hours = pack != nullptr ? pack->monitoring.warning_hours_before_due : 4;
    const bool overdue = comment.due_at < now;
    if (!comment.warned_at && comment.warn_at <= now) {
        auto claimed = tx.Comments().ClaimWarning(comment.id, now);
        if (!claimed) return claimed.error();
        // Claimed but not sent when already overdue (the escalation says more) or when the
        // pack asks for no warning.
        if (*claimed && !overdue && warning_hours > 0) {
            auto written = Warn(tx, clock, pack, comment, now);
            if (!written) return written.error();
            ++report.warned;
            report.alerts += *written;
        }
    }
    if (comment.escalated_at || !overdue) return core::OkStatus();
    // Req: MON-04 the schema's default escalation role is the headteacher.
    const Role role = pack != nullptr ? pack->monitoring.escalation_role : Role::kHeadteacher;
    auto claimed = tx.Comments().ClaimEscalation(comment.id, role, now);
    if (!claimed) return claimed.error();
    if (!*claimed) return core::OkStatus();
    if (role != Role::kNone) {
        CommentAlert alert = NewAlert(comment, AlertKind::kEscalated, now);
        alert.role = role;
        if (auto added = tx.Comments().InsertAlert(alert); !added) return added.error();
        ++report.alerts;
        if (auto told = NotifyCommentEscalated(tx, clock, comment, role); !told) return told;
    }
    ++report.escalated;
    return Audit(tx, clock, comment, "comments.escalate",
                 "role=" + (role == Role::kNone ? std::string("none") : std::string(RoleKey(role))));
}

}  // namespace

core::Result<DueCheckReport> RunDueChecks(Store& store, const core::Clock& clock,
                                          const PackLookup& packs, int max_comments) {
    const core::TimePoint now = clock.Now();
    auto pending = store.Read([&](Tx& tx) {
        return tx.Comments().ListPendingAlerts(now, std::max(max_comments, 1));
    });
    if (!pending) return pending.error();
    DueCheckReport report;
    report.checked = static_cast<int>(pending->size());
    for (const Comment& comment : *pending) {
        DueCheckReport one;
        auto checked = store.Transact([&](Tx& tx) -> core::Status {
            return CheckOne(tx, clock, packs, comment, now, one);
        });
        if (!checked) return checked.error();
        report.warned += one.warned;
        report.escalated += one.escalated;
        report.alerts += one.alerts;
    }
    return report;
}

core::Result<std::vector<CommentAlert>> AlertsFor(Tx& tx, std::string_view school_id,
                                                  std::string_view person_id,
                                                  const std::vector<Role>& roles,
                                                  bool include_answered) {
    return tx.Comments().ListAlerts(school_id, person_id, roles, !include_answered,
                                    kMaxAlertsListed);
}

}  // namespace steward::domain
