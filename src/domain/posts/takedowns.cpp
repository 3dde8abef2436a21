// Takedown tasks: which published posts a withdrawal reaches, whom they go to and when they are
// due.
#include "domain/posts/takedowns.hpp"

#include <algorithm>

#include "core/deadline.hpp"
#include "domain/audit/audit_log.hpp"
#include "domain/notify/notices.hpp"
#include "domain/posts/post_rules.hpp"
#include "domain/posts/post_workflow.hpp"
#include "policy/calendar_settings.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

core::TimePoint DueAt(const policy::PolicyPack* pack, core::TimePoint now) {
    if (pack == nullptr) return now + std::chrono::hours(24);
    core::DeadlineRule rule;
    rule.response_time = std::chrono::hours(std::max(1, pack->monitoring.response_deadline_hours));
    rule.weekend_rule = pack->monitoring.weekend_rule == policy::WeekendRule::kClockRuns
                            ? core::WeekendRule::kClockRuns
                            : core::WeekendRule::kNextWorkingDay;
    auto settings = policy::CalendarSettingsFrom(pack->calendar);
    if (!settings) return now + rule.response_time;
    auto calendar = core::WorkingCalendar::Create(*settings);
    if (!calendar) return now + rule.response_time;
    return core::DueAt(now, rule, *calendar);
}

bool Contains(const std::vector<std::string>& ids, std::string_view id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// True if the post still has the consent it needs for the pupil on `on` (README rules 2-3).
bool StillCovered(const Post& post, std::string_view pupil_id, const ConsentRegister& consent,
                  const PostRules& rules, Date on) {
    const ConsentStanding standing = consent.Find(pupil_id, post.platform, on);
    if (Contains(post.tagged_pupil_ids, pupil_id) && post.media_kind != MediaKind::kNone &&
        !standing.AllowsMedia(post.media_kind, rules.consent.dimensions)) {
        return false;
    }
    if (Contains(post.named_pupil_ids, pupil_id) && !standing.AllowsName(rules.consent.dimensions)) {
        return false;
    }
    return true;
}

}  // namespace

core::Result<std::vector<std::string>> OpenTakedownTasks(Tx& tx, const Actor& actor,
                                                         const core::Clock& clock,
                                                         const policy::PolicyPack* pack,
                                                         std::string_view school_id,
                                                         std::string_view pupil_id,
                                                         Date withdrawn_on) {
    std::vector<std::string> opened;
    if (pack != nullptr &&
        pack->consent.withdrawal_post_removal == policy::WithdrawalPostRemoval::kNotRequired) {
        return opened;
    }
    auto posts = tx.Posts().PublishedPostsShowing(school_id, pupil_id);
    if (!posts) return posts.error();
    if (posts->empty()) return opened;
    auto history = tx.Consent().ListForPupil(school_id, pupil_id);
    if (!history) return history.error();
    const PostRules rules = pack != nullptr ? PostRulesFromPack(*pack) : PostRules{};
    const ConsentRegister consent(std::vector<ConsentRecord>(history->rbegin(), history->rend()),
                                  rules.consent);
    auto open = tx.Posts().ListTakedowns(school_id, /*open_only=*/true);
    if (!open) return open.error();
    const core::TimePoint now = clock.Now();
    for (const Post& post : *posts) {
        if (StillCovered(post, pupil_id, consent, rules, withdrawn_on)) continue;
        const bool already = std::any_of(open->begin(), open->end(), [&](const TakedownTask& t) {
            return t.post_id == post.id && t.pupil_id == pupil_id;
        });
        if (already) continue;
        auto account = tx.Accounts().GetAccount(school_id, post.account_id);
        if (!account) return account.error();
        TakedownTask task;
        task.id = "td-" + security::GenerateToken().substr(0, 16);
        task.school_id = std::string(school_id);
        task.post_id = post.id;
        task.pupil_id = std::string(pupil_id);
        task.reason = "consent_withdrawn";
        task.opened_at = now;
        task.due_at = DueAt(pack, now);
        if (*account) task.assignees = (*account)->administrators;
        if (auto ok = tx.Posts().InsertTakedown(task); !ok) return ok.error();
        auto audited = RecordAudit(tx, actor, clock,
                                   {"posts.open_takedown", "takedown_task", task.id, "",
                                    "post=" + post.id + " withdrawn_on=" + withdrawn_on.ToIso(),
                                    std::string(school_id)});
        if (!audited) return audited.error();
        if (auto told = NotifyTakedownOpened(tx, clock, task.school_id, task.id, post.id,
                                             task.assignees);
            !told) {
            return told.error();
        }
        opened.push_back(task.id);
    }
    return opened;
}

core::Result<TakedownTask> CloseTakedownTask(Store& store, const core::Clock& clock,
                                             const Actor& actor, std::string_view school_id,
                                             std::string_view task_id, TakedownOutcome outcome,
                                             std::string note) {
    const bool blank = note.find_first_not_of(" \t\r\n") == std::string::npos;
    if (outcome == TakedownOutcome::kNotReasonablyPracticable && blank) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "Say why removing the post is not reasonably practicable.", "note"};
    }
    if (note.size() > 2000) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The note must be at most 2,000 characters.", "note"};
    }
    return store.Transact([&](Tx& tx) -> core::Result<TakedownTask> {
        auto found = tx.Posts().FindTakedown(school_id, task_id);
        if (!found) return found.error();
        if (!*found) {
            return core::Error{core::ErrorCode::kNotFound,
                               "This school has no takedown task with that id.", "task_id"};
        }
        TakedownTask task = std::move(**found);
        if (!task.open) {
            return core::Error{core::ErrorCode::kFailedPrecondition,
                               "This takedown task is already done.", "task_id"};
        }
        task.open = false;
        task.outcome = outcome;
        task.note = std::move(note);
        task.closed_by = actor.person_id;
        task.closed_at = clock.Now();
        if (auto ok = tx.Posts().CloseTakedown(task); !ok) return ok.error();
        auto audited = RecordAudit(
            tx, actor, clock,
            {"posts.close_takedown", "takedown_task", task.id, "state=open",
             "state=done outcome=" + std::string(TakedownOutcomeName(outcome)), task.school_id});
        if (!audited) return audited.error();
        if (outcome != TakedownOutcome::kRemoved) return task;
        auto post = LoadPost(tx, school_id, task.post_id);
        if (!post) return post.error();
        if (post->state != PostState::kPublished) return task;
        post->taken_down_by = actor.person_id;
        post->taken_down_at = task.closed_at;
        if (auto ok = RecordTransition(tx, clock, actor, *post, PostState::kTakenDown, "take_down",
                                       "Consent withdrawn (takedown task " + task.id + ")");
            !ok) {
            return ok.error();
        }
        return task;
    });
}

}  // namespace steward::domain
