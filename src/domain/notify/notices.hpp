// Notices for rooms that should not depend on the outbox's request type: one call each, inside
// the caller's transaction. Texts name the record to open, never a pupil.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace steward::domain {

class Tx;

// "2026-11-21 10:00 UTC": how notices give a time.
std::string NoticeTime(core::TimePoint at);

// CON-07 / PST-19: a takedown task opened after a consent withdrawal; tells each of the
// account's administrators (`assignees`, person ids), one notification each.
core::Status NotifyTakedownOpened(Tx& tx, const core::Clock& clock, std::string_view school_id,
                                  std::string_view task_id, std::string_view post_id,
                                  const std::vector<std::string>& assignees);

}  // namespace steward::domain
