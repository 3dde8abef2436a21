// MON-04 due checks: warns an account's runners the configured hours before a queued comment
// falls due, and escalates it to the configured role once the due time passes without a
// response. The server runs RunDueChecks every minute (api/handlers/comments_services.hpp) and
// `steward comments due-check` runs it once (for cron); each alert is raised exactly once.
#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/comments/comment_intake.hpp"
#include "domain/comments/comment_types.hpp"

namespace steward::domain {

class Store;

struct DueCheckReport {
    int checked = 0;    // comments with a pending step looked at (at most max_comments)
    int warned = 0;     // comments whose runners were warned
    int escalated = 0;  // comments escalated to the pack's escalation role
    int alerts = 0;     // alert rows written (one per runner warned, one per escalation)
};

// Raises every pending warning and escalation at clock.Now(), each comment in its own
// transaction with its audit event ("comments.warn" / "comments.escalate", actor "system").
// Who is warned: the account's administrators and moderators, or the pack's
// monitoring.monitor_role when the account has none. Escalation goes to
// monitoring.escalation_role (the headteacher without a pack); a pack that names none records
// the comment as overdue without raising an alert. A comment first seen already overdue is
// escalated without a warning; warning_hours_before_due = 0 warns nobody. Safe to run in
// several servers at once: the store claims each step once (ClaimWarning, ClaimEscalation).
// Works through at most `max_comments` comments per call. Returns the store's error.
core::Result<DueCheckReport> RunDueChecks(Store& store, const core::Clock& clock,
                                          const PackLookup& packs, int max_comments = 1000);

// Returns the alerts for the person `person_id` holding `roles` at `school_id`: warnings to
// them and escalations to any of their roles, newest first (at most 200); only those whose
// comment still awaits a response unless `include_answered`.
core::Result<std::vector<CommentAlert>> AlertsFor(Tx& tx, std::string_view school_id,
                                                  std::string_view person_id,
                                                  const std::vector<Role>& roles,
                                                  bool include_answered);

}  // namespace steward::domain
