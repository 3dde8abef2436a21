// Reports of the comments room: the log of inappropriate comments and abuse (MON-10: who, what,
// when, action) and the response-time report (issue 7 item 4: median and 95th percentile time
// to first response, share answered in time, per month). Entry points: InappropriateLog(),
// ResponseTimes().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/working_calendar.hpp"
#include "domain/comments/comment_store.hpp"
#include "domain/comments/comment_types.hpp"

namespace steward::domain {

class Tx;

// The categories that put a comment in the inappropriate comments log.
const std::vector<std::string>& InappropriateCategories();

struct LogEntry {
    Comment comment;
    std::vector<CommentAction> actions;  // oldest first
};

// Returns the school's inappropriate comments received in [from, to), newest first, each with
// the actions taken on it. Returns the store's error.
core::Result<std::vector<LogEntry>> InappropriateLog(Tx& tx, std::string_view school_id,
                                                     core::TimePoint from, core::TimePoint to);

struct MonthResponseTimes {
    std::string month;            // "2026-11", local calendar month of receipt
    int64_t received = 0;
    int64_t answered = 0;         // with a first response
    int64_t answered_in_time = 0; // first response at or before the due time
    int64_t overdue_unanswered = 0;  // no response and past due at `now`
    int64_t median_seconds = 0;   // time to first response, answered items only; 0 if none
    int64_t p95_seconds = 0;      // nearest-rank 95th percentile
    double share_in_time = 0.0;   // answered_in_time / (answered + overdue_unanswered); 1 if none
};

// Groups `timings` by local month of receipt (in `calendar`'s time zone), oldest first. Items not
// yet answered and not yet due count in `received` only.
std::vector<MonthResponseTimes> SummariseResponseTimes(const std::vector<ResponseTiming>& timings,
                                                       const core::WorkingCalendar& calendar,
                                                       core::TimePoint now);

}  // namespace steward::domain
