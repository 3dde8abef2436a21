// Roster routes: GET /api/schools/{school_id}/pupils?q= (search by name or id) and
// POST /api/schools/{school_id}/roster (text/csv, all or nothing; 400 lists every bad row).
// Pupils' names appear in bodies only: never in paths, logs or audit events.
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/rows_refused.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/access/roster_import.hpp"
#include "domain/audit/audit_log.hpp"
#include "formats/roster_csv.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

constexpr std::size_t kMaxResults = 200;

std::string Lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

bool Matches(const domain::Pupil& pupil, const std::string& needle) {
    if (needle.empty()) return true;
    for (const std::string* field :
         {&pupil.id, &pupil.first_name, &pupil.last_name, &pupil.preferred_name}) {
        if (Lower(*field).find(needle) != std::string::npos) return true;
    }
    return Lower(pupil.first_name + " " + pupil.last_name).find(needle) != std::string::npos;
}

json::object PupilJson(const domain::Pupil& pupil) {
    return json::object{{"id", pupil.id},
                        {"first_name", pupil.first_name},
                        {"last_name", pupil.last_name},
                        {"preferred_name", pupil.preferred_name},
                        {"year_group", pupil.year_group},
                        {"do_not_publish", pupil.do_not_publish}};
}

struct SearchResult {
    json::array found;
    bool truncated = false;
};

// The roster is a restricted record (AUD-01): each search is audited with how many pupils it
// showed, never with the search text, which may be a name.
net::awaitable<Response> SearchPupils(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string needle = Lower(QueryParam(context.request().query, "q"));
    const Principal& principal = *context.principal();
    auto result = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Transact([&](domain::Tx& tx) -> core::Result<SearchResult> {
            auto access = AuthoriseAtSchool(tx, principal, Action::kViewPupils, school_id);
            if (!access) return access.error();
            auto pupils = tx.Access().ListPupils(school_id);
            if (!pupils) return pupils.error();
            SearchResult out;
            for (const auto& pupil : *pupils) {
                if (!Matches(pupil, needle)) continue;
                if (out.found.size() == kMaxResults) {
                    out.truncated = true;
                    break;
                }
                out.found.push_back(PupilJson(pupil));
            }
            auto event = domain::RecordAudit(
                tx, access->actor, environment.clock,
                {"access.view_pupils", "roster", school_id, "",
                 "shown=" + std::to_string(out.found.size()) + (needle.empty() ? "" : " searched=1"),
                 school_id});
            if (!event) return event.error();
            return out;
        });
    });
    if (!result) co_return ErrorResponse(result.error());
    co_return JsonResponse(200, json::object{{"pupils", std::move(result->found)},
                                             {"truncated", result->truncated}});
}

net::awaitable<Response> ImportRoster(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    const std::string& csv = context.request().body;
    bool parse_failed = false;
    auto summary = co_await RunBlocking(
        context.workers(), [&]() -> core::Result<domain::RosterImportSummary> {
            auto access = AuthoriseAtSchool(environment.store, principal,
                                            Action::kImportRoster, school_id);
            if (!access) return access.error();
            if (auto csv_type =
                    RequireContentType(context, "text/csv", "Send the roster as text/csv.");
                !csv_type) {
                return csv_type.error();
            }
            auto pupils = formats::ParseRosterCsv(csv, "roster.csv");
            if (!pupils) {
                parse_failed = true;
                return pupils.error();
            }
            return domain::ImportRoster(environment.store, environment.clock, access->actor,
                                        school_id, *pupils);
        });
    if (!summary) {
        if (parse_failed) co_return RowsRefused(summary.error());
        co_return ErrorResponse(summary.error());
    }
    co_return JsonResponse(200, json::object{{"added", summary->added},
                                             {"updated", summary->updated},
                                             {"unchanged", summary->unchanged},
                                             {"removed", summary->removed}});
}

}  // namespace

void RegisterPupilRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/pupils",
               {.summary = "Pupils on roll, optionally filtered by ?q= (name or pupil id, any "
                           "case); at most 200.",
                .tag = "pupils"},
               [&environment](RequestContext& context) {
                   return SearchPupils(environment, context);
               });
    router.Add(Method::kPost, "/api/schools/{school_id}/roster",
               {.summary = "Replaces the roster from a text/csv body, all or nothing; 400 lists "
                           "every bad row as {line, message}.",
                .tag = "pupils"},
               [&environment](RequestContext& context) {
                   return ImportRoster(environment, context);
               });
}

}  // namespace steward::api
