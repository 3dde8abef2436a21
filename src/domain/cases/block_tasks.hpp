// Block tasks (INC-16): a report of inappropriate content reached on school equipment (a school
// device or the school network) opens a task, linked to the case, for the blocklist manager
// (network.blocklist_manager_role) to block the address. There is no blocklist room yet
// (BLK-03), so the task lives in the cases room; it carries only where the content is, never
// the report. Entry points: OpenBlockTaskIfNeeded() (from OpenCase), ListBlockTasks(),
// CompleteBlockTask().
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/cases/case_records.hpp"
#include "domain/cases/case_types.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

class Tx;

// Opens and audits a block task for `record` when it is inappropriate or illegal content whose
// fields say where_seen = school_device or school_network. Returns the task, nullopt when none
// is needed, or the store's error.
core::Result<std::optional<BlockTask>> OpenBlockTaskIfNeeded(Tx& tx, const Actor& actor,
                                                             const core::Clock& clock,
                                                             const policy::PolicyPack* pack,
                                                             const Case& record);

// Returns the school's block tasks the actor works on (they hold the task's role or the pack's
// current blocklist manager role), newest first; empty for anyone else.
core::Result<std::vector<BlockTask>> ListBlockTasks(Tx& tx, const Actor& actor,
                                                    const policy::PolicyPack* pack,
                                                    std::string_view school_id);

// Marks a task done with a note (e.g. "added to the filter"). kNotFound for a task the actor
// does not work on, kFailedPrecondition when already done, kInvalidInput for a note over
// 2,000 bytes.
core::Result<BlockTask> CompleteBlockTask(Tx& tx, const Actor& actor, const core::Clock& clock,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, std::string_view task_id,
                                          std::string_view note);

}  // namespace steward::domain
