// The inappropriate comments log and the monthly response-time figures.
#include "domain/comments/comment_reports.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

// Nearest-rank percentile of sorted values (p in 1..100).
int64_t Percentile(const std::vector<int64_t>& sorted, int p) {
    if (sorted.empty()) return 0;
    std::size_t rank = (static_cast<std::size_t>(p) * sorted.size() + 99) / 100;
    rank = std::clamp<std::size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

int64_t Median(const std::vector<int64_t>& sorted) {
    if (sorted.empty()) return 0;
    const std::size_t middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) return sorted[middle];
    return (sorted[middle - 1] + sorted[middle]) / 2;
}

std::string MonthKey(core::Date date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()));
    return text;
}

}  // namespace

const std::vector<std::string>& InappropriateCategories() {
    static const std::vector<std::string> categories = {
        "profanity", "insult", "hate", "sexual", "threat", "safeguarding", "personal_data", "spam"};
    return categories;
}

core::Result<std::vector<LogEntry>> InappropriateLog(Tx& tx, std::string_view school_id,
                                                     core::TimePoint from, core::TimePoint to) {
    auto comments = tx.Comments().ListFlagged(school_id, InappropriateCategories(), from, to);
    if (!comments) return comments.error();
    std::vector<LogEntry> entries;
    entries.reserve(comments->size());
    for (Comment& comment : *comments) {
        auto actions = tx.Comments().ListActions(comment.id);
        if (!actions) return actions.error();
        entries.push_back(LogEntry{std::move(comment), std::move(*actions)});
    }
    return entries;
}

std::vector<MonthResponseTimes> SummariseResponseTimes(const std::vector<ResponseTiming>& timings,
                                                       const core::WorkingCalendar& calendar,
                                                       core::TimePoint now) {
    struct Bucket {
        MonthResponseTimes figures;
        std::vector<int64_t> seconds;
    };
    std::map<std::string, Bucket> months;
    for (const ResponseTiming& timing : timings) {
        const std::string key = MonthKey(calendar.LocalDate(timing.received_at));
        Bucket& bucket = months[key];
        bucket.figures.month = key;
        ++bucket.figures.received;
        if (timing.first_response_at) {
            ++bucket.figures.answered;
            if (*timing.first_response_at <= timing.due_at) ++bucket.figures.answered_in_time;
            bucket.seconds.push_back(
                std::max<int64_t>(0, (*timing.first_response_at - timing.received_at).count()));
        } else if (timing.due_at < now) {
            ++bucket.figures.overdue_unanswered;
        }
    }
    std::vector<MonthResponseTimes> report;
    report.reserve(months.size());
    for (auto& [key, bucket] : months) {
        std::sort(bucket.seconds.begin(), bucket.seconds.end());
        MonthResponseTimes& figures = bucket.figures;
        figures.median_seconds = Median(bucket.seconds);
        figures.p95_seconds = Percentile(bucket.seconds, 95);
        const int64_t judged = figures.answered + figures.overdue_unanswered;
        figures.share_in_time =
            judged == 0 ? 1.0 : static_cast<double>(figures.answered_in_time) / judged;
        report.push_back(figures);
    }
    return report;
}

}  // namespace steward::domain
