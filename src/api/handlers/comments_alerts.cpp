// MON-04 alerts: GET /api/schools/{school_id}/comments/alerts lists, for the signed-in person,
// the warnings the due check raised to them as a runner of an account and the escalations to a
// role they hold at the school, each with its comment. Open to anyone with a role at the school
// (an escalation role such as the headteacher need not moderate comments).
#include <boost/json.hpp>
#include <boost/url/parse_query.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/comments_json.hpp"
#include "api/handlers/comments_services.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/comments/comment_due_checks.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using Services = std::shared_ptr<CommentServices>;

bool IncludeAnswered(const RequestContext& context) {
    auto params = boost::urls::parse_query(context.request().query);
    if (!params) return false;
    for (const auto& param : *params) {
        if (param.key == "include_answered" && param.has_value) {
            return param.value.decode() == "true";
        }
    }
    return false;
}

// The roles `principal` holds at `school` (held there, or across its trust).
std::vector<domain::Role> RolesAt(const Principal& principal, const domain::School& school) {
    std::vector<domain::Role> roles;
    for (const domain::RoleAssignment& held : RolesOf(principal)) {
        const bool here = held.school_id == school.id ||
                          (!school.trust_id.empty() && held.trust_id == school.trust_id);
        if (here) roles.push_back(held.role);
    }
    return roles;
}

struct AlertWithComment {
    domain::CommentAlert alert;
    domain::Comment comment;
};

net::awaitable<Response> ListAlerts(Services services, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    const bool include_answered = IncludeAnswered(context);
    ApiEnvironment& environment = services->environment;
    const core::TimePoint now = environment.clock.Now();
    auto alerts = co_await RunBlocking(context.workers(), [&] {
        return AtSchool(
            environment, principal, school_id, domain::Action::kViewSchool, TxMode::kRead,
            [&](domain::Tx& tx, const SchoolAccess& access,
                const policy::PolicyPack*) -> core::Result<std::vector<AlertWithComment>> {
                auto listed = domain::AlertsFor(tx, school_id, principal.person_id,
                                                RolesAt(principal, access.school),
                                                include_answered);
                if (!listed) return listed.error();
                std::vector<AlertWithComment> out;
                out.reserve(listed->size());
                for (domain::CommentAlert& alert : *listed) {
                    auto comment = tx.Comments().GetComment(school_id, alert.comment_id);
                    if (!comment) return comment.error();
                    if (!*comment) continue;
                    out.push_back({std::move(alert), std::move(**comment)});
                }
                return out;
            });
    });
    if (!alerts) co_return ErrorResponse(alerts.error());
    json::array items;
    for (const AlertWithComment& item : *alerts) {
        json::object alert = AlertJson(item.alert);
        alert["comment"] = CommentJson(item.comment, now);
        items.push_back(std::move(alert));
    }
    co_return JsonResponse(200, json::object{{"alerts", std::move(items)}});
}

}  // namespace

void AddCommentAlertRoutes(Router& router, std::shared_ptr<CommentServices> services) {
    router.Add(Method::kGet, "/api/schools/{school_id}/comments/alerts",
               {.summary = "MON-04: the signed-in person's comment alerts, newest first: "
                           "due_soon warnings to them as an account runner and escalated "
                           "comments for a role they hold; each with its comment. Only comments "
                           "still awaiting a response unless ?include_answered=true.",
                .tag = "comments"},
               [services](RequestContext& context) { return ListAlerts(services, context); });
}

}  // namespace steward::api
