// Audit routes (AUD-01): GET /api/schools/{school_id}/audit (the school's events, newest last,
// paged with ?after=SEQ&limit=N) and GET /api/audit/verify (the whole chain's report).
#include <boost/json.hpp>
#include <boost/url/parse_query.hpp>
#include <charconv>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/audit/audit_chain.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr int kPageSize = 500;

int64_t NumberParam(std::string_view query, std::string_view name, int64_t fallback) {
    auto params = boost::urls::parse_query(query);
    if (!params) return fallback;
    for (const auto& param : *params) {
        if (param.key != name || !param.has_value) continue;
        const std::string text = param.value.decode();
        int64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && end == text.data() + text.size() && value >= 0) return value;
    }
    return fallback;
}

json::object EventJson(const domain::AuditEvent& event) {
    return json::object{{"seq", event.seq},
                        {"at", event.at.time_since_epoch().count()},
                        {"actor", event.actor},
                        {"actor_role", event.actor_role},
                        {"action", event.action},
                        {"object_type", event.object_type},
                        {"object_id", event.object_id},
                        {"before", event.before},
                        {"after", event.after}};
}

// Reads pages of the trail after `after_seq` and keeps the school's events, up to `limit`.
core::Result<std::vector<domain::AuditEvent>> SchoolEvents(domain::Tx& tx,
                                                           const std::string& school_id,
                                                           int64_t after_seq, int limit) {
    std::vector<domain::AuditEvent> kept;
    while (static_cast<int>(kept.size()) < limit) {
        auto page = tx.Audit().List(after_seq, kPageSize);
        if (!page) return page.error();
        for (auto& event : *page) {
            if (event.school_id == school_id && static_cast<int>(kept.size()) < limit) {
                kept.push_back(std::move(event));
            }
        }
        if (static_cast<int>(page->size()) < kPageSize) break;
        after_seq = page->back().seq;
    }
    return kept;
}

net::awaitable<Response> ListEvents(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const auto& query = context.request().query;
    const int64_t after = NumberParam(query, "after", 0);
    const int limit =
        static_cast<int>(std::clamp<int64_t>(NumberParam(query, "limit", kDefaultLimit), 1, kMaxLimit));
    const Principal& principal = *context.principal();
    auto events = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read(
            [&](domain::Tx& tx) -> core::Result<std::vector<domain::AuditEvent>> {
                auto access = AuthoriseAtSchool(tx, principal, Action::kViewAudit, school_id);
                if (!access) return access.error();
                return SchoolEvents(tx, school_id, after, limit);
            });
    });
    if (!events) co_return ErrorResponse(events.error());
    json::array list;
    for (const auto& event : *events) list.push_back(EventJson(event));
    const int64_t next = events->empty() ? after : events->back().seq;
    co_return JsonResponse(200, json::object{{"events", std::move(list)}, {"next_after", next}});
}

net::awaitable<Response> Verify(ApiEnvironment& environment, RequestContext& context) {
    const auto roles = RolesOf(*context.principal());
    if (auto granted = domain::Authorise(roles, Action::kVerifyAudit, "", ""); !granted) {
        co_return ErrorResponse(granted.error());
    }
    auto report = co_await RunBlocking(context.workers(),
                                       [&] { return domain::VerifyChain(environment.store); });
    if (!report) co_return ErrorResponse(report.error());
    co_return JsonResponse(200, json::object{{"intact", report->intact},
                                             {"events_checked", report->events_checked},
                                             {"first_broken_seq", report->first_broken_seq},
                                             {"problem", report->problem}});
}

}  // namespace

void RegisterAuditRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/audit",
               {.summary = "The school's audit events in order (?after=SEQ&limit=N, at most 500).",
                .tag = "audit"},
               [&environment](RequestContext& context) {
                   return ListEvents(environment, context);
               });
    router.Add(Method::kGet, "/api/audit/verify",
               {.summary = "Walks the whole audit hash chain and reports the first event altered, "
                           "removed or moved (AUD-01). Restricted.",
                .tag = "audit"},
               [&environment](RequestContext& context) { return Verify(environment, context); });
}

}  // namespace steward::api
