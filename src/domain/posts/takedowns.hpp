// Withdrawal -> takedown (issue 4 item 7, CON-06, CON-07): when consent is withdrawn, every
// published post that tags or names the pupil and relied on that consent gets a removal task,
// assigned to its account's administrators, due by the pack's deadline, open until closed as
// removed or not reasonably practicable. Entry points: OpenTakedownTasks(), CloseTakedownTask().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/consent/consent_date.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"
#include "domain/posts/post_workflow_types.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

// Call in the withdrawal's own transaction, after the withdrawal is stored. For each of the
// school's published posts that tags or names `pupil_id`, re-reads the pupil's consent as it
// stands on `withdrawn_on` and opens a task when the post is no longer covered (an image post is
// untouched by a withdrawn video consent; posts on other platforms by a withdrawn platform
// consent). A post with a task already open for the pupil gets no second one. Deadline: the
// pack's monitoring.response_deadline_hours and weekend rule in its working calendar, counted
// from now (the packs set no separate removal deadline). Nothing is opened when the pack says
// consent.withdrawal_post_removal = not_required. Returns the new task ids; audits each task.
core::Result<std::vector<std::string>> OpenTakedownTasks(Tx& tx, const Actor& actor,
                                                         const core::Clock& clock,
                                                         const policy::PolicyPack* pack,
                                                         std::string_view school_id,
                                                         std::string_view pupil_id,
                                                         Date withdrawn_on);

// Closes an open task (CON-07): kRemoved also takes the post down if it is still published;
// kNotReasonablyPracticable needs a note saying why. kNotFound for an unknown task,
// kFailedPrecondition when already done, kInvalidInput for a missing note. Audited.
core::Result<TakedownTask> CloseTakedownTask(Store& store, const core::Clock& clock,
                                             const Actor& actor, std::string_view school_id,
                                             std::string_view task_id, TakedownOutcome outcome,
                                             std::string note);

}  // namespace steward::domain
