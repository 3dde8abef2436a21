// GET /api/schools/{school_id}/posts/stats: the school's post checks this term (approve,
// needs_changes, block), for the home screen.
#include <chrono>

#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/posts_http.hpp"
#include "api/server/run_blocking.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

// The school term containing `now` (England and Wales: autumn September-December, spring
// January-March, summer April-August), as [from, to) in UTC.
struct Term {
    std::string name;
    std::chrono::sys_days from;
    std::chrono::sys_days to;
};

Term TermOf(core::TimePoint now) {
    using namespace std::chrono;
    const year_month_day today(floor<days>(now));
    const int year = static_cast<int>(today.year());
    const unsigned month = static_cast<unsigned>(today.month());
    if (month >= 9) return {"autumn", sys_days(std::chrono::year(year) / 9 / 1),
                            sys_days(std::chrono::year(year + 1) / 1 / 1)};
    if (month <= 3) return {"spring", sys_days(std::chrono::year(year) / 1 / 1),
                            sys_days(std::chrono::year(year) / 4 / 1)};
    return {"summer", sys_days(std::chrono::year(year) / 4 / 1),
            sys_days(std::chrono::year(year) / 9 / 1)};
}

net::awaitable<Response> PostStats(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    const Term term = TermOf(environment.clock.Now());
    auto stats = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read([&](domain::Tx& tx) -> core::Result<domain::PostCheckStats> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kDraftPost, school_id);
            if (!access) return access.error();
            return tx.Posts().CountChecks(school_id, core::TimePoint(term.from),
                                          core::TimePoint(term.to));
        });
    });
    if (!stats) co_return ErrorResponse(stats.error());
    const auto iso = [](std::chrono::sys_days day) {
        return domain::Date{static_cast<int>(std::chrono::year_month_day(day).year()),
                            static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day(day).month())),
                            static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day(day).day()))}
            .ToIso();
    };
    co_return JsonResponse(
        200, json::object{{"term", json::object{{"name", term.name},
                                                {"from", iso(term.from)},
                                                {"to", iso(term.to - std::chrono::days(1))}}},
                          {"checks", stats->checks},
                          {"passed", stats->approve},
                          {"failed", stats->needs_changes + stats->block},
                          {"approve", stats->approve},
                          {"needs_changes", stats->needs_changes},
                          {"block", stats->block}});
}

}  // namespace

void AddPostStatsRoute(Router& router, ApiEnvironment& environment) {
    const std::string base = "/api/schools/{school_id}/";
    router.Add(Method::kGet, base + "posts/stats",
               {.summary = "Checks this term: {term, checks, passed, failed, approve, "
                           "needs_changes, block}.",
                .tag = "posts"},
               [&environment](RequestContext& c) { return PostStats(environment, c); });
}

}  // namespace steward::api
