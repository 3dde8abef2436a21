// Walks every registered route with every demo role of two tenants (the Kenn & Kenton federation
// and Symphony's Allegro) against four schools, and checks each answer against the permission
// table. A new route fails this test until it is added to kExpectations below.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "demo_server.hpp"
#include "domain/access/permissions.hpp"

namespace steward::api::testing {
namespace {

using domain::Action;

struct Expectation {
    std::optional<Action> action;  // nullopt: any signed-in user (session routes)
    bool per_school = true;        // the path has {school_id}
    std::optional<Action> also = std::nullopt;  // a second action the route needs as well
};

// Every route that needs a session. Public routes are listed in kPublic.
const std::map<std::string, Expectation> kExpectations = {
    {"GET /api/me", {std::nullopt, false}},
    {"DELETE /api/session", {std::nullopt, false}},
    {"GET /api/schools", {std::nullopt, false}},
    {"GET /api/schools/{school_id}", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/people", {Action::kViewPeople}},
    {"POST /api/schools/{school_id}/people", {Action::kManagePeople}},
    {"POST /api/schools/{school_id}/roles", {Action::kAssignRoles}},
    {"GET /api/schools/{school_id}/pupils", {Action::kViewPupils}},
    {"POST /api/schools/{school_id}/roster", {Action::kImportRoster}},
    {"GET /api/schools/{school_id}/audit", {Action::kViewAudit}},
    {"GET /api/schools/{school_id}/notifications", {Action::kViewAudit}},
    {"GET /api/audit/verify", {Action::kVerifyAudit, false}},
    {"POST /api/users", {Action::kManageUsers}},
    {"POST /api/schools/{school_id}/media", {Action::kDraftPost}},
    {"GET /api/schools/{school_id}/media/{media_id}", {Action::kDraftPost}},
    {"PUT /api/schools/{school_id}/media/{media_id}/tags", {Action::kDraftPost}},
    {"POST /api/schools/{school_id}/media/{media_id}/redact", {Action::kDraftPost}},
    {"GET /api/schools/{school_id}/media/{media_id}/preview", {Action::kDraftPost}},
    {"GET /api/schools/{school_id}/accounts", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/accounts", {Action::kPublishPost}},
    {"GET /api/schools/{school_id}/accounts/{account_id}", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/contacts", {Action::kViewSchool}},
    {"PUT /api/schools/{school_id}/contacts", {Action::kManagePeople}},
    {"GET /api/schools/{school_id}/posts", {Action::kDraftPost}},
    {"POST /api/schools/{school_id}/posts", {Action::kDraftPost}},
    {"GET /api/schools/{school_id}/posts/stats", {Action::kDraftPost}},
    {"GET /api/schools/{school_id}/posts/{post_id}", {Action::kDraftPost}},
    {"PUT /api/schools/{school_id}/posts/{post_id}", {Action::kDraftPost}},
    {"POST /api/schools/{school_id}/posts/{post_id}/check", {Action::kDraftPost}},
    {"POST /api/schools/{school_id}/posts/{post_id}/submit", {Action::kDraftPost}},
    {"POST /api/schools/{school_id}/posts/{post_id}/approve", {Action::kApprovePost}},
    {"POST /api/schools/{school_id}/posts/{post_id}/reject", {Action::kApprovePost}},
    {"POST /api/schools/{school_id}/posts/{post_id}/publish", {Action::kPublishPost}},
    {"POST /api/schools/{school_id}/posts/{post_id}/takedown", {Action::kPublishPost}},
    {"GET /api/schools/{school_id}/takedowns", {Action::kPublishPost}},
    {"POST /api/schools/{school_id}/takedowns/{task_id}/done", {Action::kPublishPost}},
    {"GET /api/schools/{school_id}/comments", {Action::kModerateComments}},
    {"POST /api/schools/{school_id}/comments", {Action::kModerateComments}},
    {"POST /api/schools/{school_id}/comments/import", {Action::kModerateComments}},
    {"GET /api/schools/{school_id}/comments/log", {Action::kModerateComments}},
    {"GET /api/schools/{school_id}/comments/alerts", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/comments/response-times", {Action::kModerateComments}},
    {"GET /api/schools/{school_id}/comments/{comment_id}", {Action::kModerateComments}},
    {"POST /api/schools/{school_id}/comments/{comment_id}/actions", {Action::kModerateComments}},
    {"POST /api/schools/{school_id}/comments/{comment_id}/case", {Action::kModerateComments}},
    {"GET /api/schools/{school_id}/case-forms", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/cases", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/cases/{case_id}", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/transition", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/notes", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/members", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/evidence", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/cases/{case_id}/evidence/{evidence_id}", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/assessment", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/police-decision", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/media-approval", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/cases/{case_id}/media-reply", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/block-tasks", {Action::kViewSchool}},
    {"POST /api/schools/{school_id}/block-tasks/{task_id}/done", {Action::kViewSchool}},
    {"GET /api/schools/{school_id}/follower-requests", {Action::kVetFollowers}},
    {"POST /api/schools/{school_id}/follower-requests", {Action::kVetFollowers}},
    {"POST /api/schools/{school_id}/follower-requests/{request_id}/decision",
     {Action::kVetFollowers}},
    {"GET /api/schools/{school_id}/consent", {Action::kViewConsent}},
    {"POST /api/schools/{school_id}/consent", {Action::kRecordConsent}},
    {"POST /api/schools/{school_id}/consent/{record_id}/withdrawal", {Action::kRecordConsent}},
    {"POST /api/schools/{school_id}/consent/import", {Action::kRecordConsent}},
    {"GET /api/schools/{school_id}/consent/missing", {Action::kViewConsent}},
    {"GET /api/schools/{school_id}/consent/coverage", {Action::kViewConsent}},
    {"GET /api/schools/{school_id}/do-not-publish", {Action::kViewConsent}},
    {"PUT /api/schools/{school_id}/do-not-publish/{pupil_id}", {Action::kRecordConsent}},
    {"DELETE /api/schools/{school_id}/do-not-publish/{pupil_id}", {Action::kRecordConsent}},
    {"GET /api/schools/{school_id}/subject-access/pupils/{pupil_id}",
     {Action::kViewConsent, true, Action::kViewAudit}},
    {"GET /api/schools/{school_id}/subject-access/staff/{person_id}", {Action::kViewConsent, true, Action::kViewAudit}},
};
const std::set<std::string> kPublic = {"GET /healthz", "GET /metrics", "GET /api/version",
                                       "GET /api/openapi.json", "POST /api/session",
                                       "GET /webhooks/meta", "POST /webhooks/meta"};
const std::map<std::string, std::string> kTrustOf = {
    {"kenn", "kenn-kenton"}, {"kenton", "kenn-kenton"}, {"allegro", "symphony-trust"},
    {"belgrave", ""}};

std::string Key(const Route& route) {
    return std::string(MethodName(route.method)) + " " + route.pattern;
}

std::vector<domain::RoleAssignment> RolesFromBody(const boost::json::object& body) {
    std::vector<domain::RoleAssignment> roles;
    for (const auto& role : body.at("roles").as_array()) {
        const auto& held = role.as_object();
        roles.push_back({"", *domain::ParseRole(held.at("role").as_string()),
                         std::string(held.at("school_id").as_string()),
                         std::string(held.at("trust_id").as_string())});
    }
    return roles;
}

// A request body the route accepts when allowed, unique per call.
std::string BodyFor(const std::string& key, const std::string& school, int serial) {
    namespace json = boost::json;
    const std::string id = "walk-" + std::to_string(serial);
    if (key == "POST /api/schools/{school_id}/people") {
        return json::serialize(json::object{{"id", id},
                                            {"display_name", "Walk person"},
                                            {"category", "support_staff"},
                                            {"start_date", "2025-09-01"}});
    }
    if (key == "POST /api/schools/{school_id}/roles") {
        // The school's own demo person (created by the seed) gets a teacher role.
        const std::map<std::string, std::string> person = {
            {"kenn", "dpo.kenn-kenton"}, {"kenton", "dpo.kenn-kenton"},
            {"allegro", "dpo.symphony-trust"}, {"belgrave", "dpo.belgrave"}};
        static std::map<std::string, int> given;  // a different role each time per school
        static const char* const kRoles[] = {"teacher", "line_manager", "head_of_department",
                                             "ict_technician", "online_safety_officer"};
        return json::serialize(json::object{{"person_id", person.at(school)},
                                            {"role", kRoles[given[school]++ % 5]}});
    }
    if (key == "POST /api/users") {
        return json::serialize(json::object{{"school_id", school},
                                            {"username", id + "@walk"},
                                            {"display_name", "Walk user"},
                                            {"password", "violet kettle orchard lantern"}});
    }
    if (key == "POST /api/schools/{school_id}/media") {  // a 1x1 PNG: 201 when allowed
        static const unsigned char kPng[] = {
            137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1,
            8, 6, 0, 0, 0, 31, 21, 196, 137, 0, 0, 0, 13, 73, 68, 65, 84, 120, 218, 99, 100, 96,
            248, 95, 15, 0, 2, 135, 1, 128, 235, 71, 186, 146, 0, 0, 0, 0, 73, 69, 78, 68, 174,
            66, 96, 130};
        return std::string(reinterpret_cast<const char*>(kPng), sizeof kPng);
    }
    if (key == "POST /api/schools/{school_id}/roster") {
        return "pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n"
               "W" + std::to_string(serial) + ",Walk,Pupil,,3,false\n";
    }
    if (key == "POST /api/schools/{school_id}/cases") {
        return json::serialize(json::object{
            {"concern_type", "negative_post_about_school"},
            {"summary", "Walk concern"},
            {"fields", {{"description", "walk"}, {"first_seen_at", "2026-11-20"}}}});
    }
    if (key == "POST /api/schools/{school_id}/posts") {  // no such account: 404 when allowed
        return json::serialize(json::object{{"account_id", "walk-account"},
                                            {"media_kind", "none"},
                                            {"caption", "Walk"},
                                            {"posting_date", "2026-10-05"}});
    }
    if (key == "POST /api/schools/{school_id}/accounts") {  // no such person: 404 when allowed
        return json::serialize(json::object{{"platform", "facebook"},
                                            {"handle", id},
                                            {"administrators", json::array{"walk-missing"}}});
    }
    if (key == "PUT /api/schools/{school_id}/contacts") return R"({"phones": ["01632 960000"]})";
    if (key == "POST /api/schools/{school_id}/follower-requests") {
        return json::serialize(json::object{{"account_id", "walk-account"},
                                            {"requester_handle", id},
                                            {"requester_kind", "parent"}});
    }
    return "";
}

// Req: ORG-01
// Req: AUD-06
TEST(PermissionsWalkTest, EveryRouteWithEveryDemoRoleMatchesThePermissionTable) {
    DemoServer server;
    for (const Route& route : server.routes()) {
        const std::string key = Key(route);
        if (route.info.access == Access::kPublic) {
            EXPECT_TRUE(kPublic.count(key)) << key << " is public: add it to kPublic if meant";
            continue;
        }
        ASSERT_TRUE(kExpectations.count(key))
            << key << " has no expectation: add its Action to kExpectations";
    }
    int serial = 0;
    int checked = 0;
    for (const auto& login : server.demo().logins) {
        if (login.username.find("@kenn-kenton") == std::string::npos &&
            login.username.find("@symphony-trust") == std::string::npos) {
            continue;
        }
        HttpClient client(server.port());
        auto signed_in = SignIn(client, login.username);
        ASSERT_TRUE(signed_in) << login.username;
        const auto roles = RolesFromBody(signed_in->body);
        for (const Route& route : server.routes()) {
            const std::string key = Key(route);
            if (route.info.access == Access::kPublic || key == "DELETE /api/session") continue;
            const Expectation& expected = kExpectations.at(key);
            for (const auto& [school, trust] : kTrustOf) {
                if (!expected.per_school && school != "kenn") continue;  // once per user
                std::string target = route.pattern;
                if (auto at = target.find("{school_id}"); at != std::string::npos) {
                    target.replace(at, 11, school);
                }
                // Ingest names an account of the school: none exists here, so 400/404 too.
                const bool has_record_id = target.find('{') != std::string::npos ||
                                           key.rfind("POST /api/schools/{school_id}/comments", 0) == 0 ||
                                           key == "POST /api/schools/{school_id}/posts" ||
                                           key.rfind("POST /api/schools/{school_id}/consent", 0) == 0 ||
                                           key == "GET /api/schools/{school_id}/consent" ||
                                           key == "POST /api/schools/{school_id}/accounts";
                for (auto at = target.find('{'); at != std::string::npos; at = target.find('{')) {
                    target.replace(at, target.find('}', at) - at + 1, "walk-missing-id");
                }
                const bool allowed =
                    (!expected.action ||
                     domain::Authorise(roles, *expected.action, expected.per_school ? school : "",
                                       expected.per_school ? trust : "")
                         .has_value()) &&
                    (!expected.also || domain::Authorise(roles, *expected.also, school, trust)
                                           .has_value());
                std::vector<std::pair<std::string, std::string>> headers = {
                    {"cookie", signed_in->cookie}, {"x-csrf-token", signed_in->csrf}};
                const bool is_csv = key.find("/roster") != std::string::npos ||
                                    key.find("/consent/import") != std::string::npos ||
                                    key.find("/comments/import") != std::string::npos;
                headers.emplace_back("content-type", is_csv ? "text/csv" : "application/json");
                const auto verb = route.method == Method::kPost  ? boost::beast::http::verb::post
                                  : route.method == Method::kPut ? boost::beast::http::verb::put
                                  : route.method == Method::kDelete
                                      ? boost::beast::http::verb::delete_
                                                                 : boost::beast::http::verb::get;
                const HttpResult result =
                    client.Send(verb, target, BodyFor(key, school, ++serial), headers);
                ++checked;
                if (allowed && has_record_id) {
                    // A made-up record id ({case_id}): past the table, the record is not found
                    // or the empty body refused.
                    EXPECT_TRUE(result.status == 400 || result.status == 404)
                        << login.username << " " << key << " at " << school << ": "
                        << result.status << " " << result.body;
                } else if (allowed) {
                    // 409: allowed, and the role was given on an earlier pass.
                    EXPECT_TRUE(result.status == 200 || result.status == 201 ||
                                (result.status == 409 && key.find("/roles") != std::string::npos))
                        << login.username << " " << key << " at " << school << ": "
                        << result.status << " " << result.body;
                } else {
                    EXPECT_EQ(result.status, 403)
                        << login.username << " " << key << " at " << school << ": " << result.body;
                }
            }
        }
    }
    EXPECT_GT(checked, 300);
}

// Req: ORG-01
TEST(PermissionsWalkTest, SchoolListShowsOnlyTheSchoolsARoleReaches) {
    DemoServer server;
    const std::map<std::string, std::set<std::string>> expected = {
        {"dsl@kenn-kenton", {"kenn"}},
        {"trust.lead@kenn-kenton", {"kenn", "kenton"}},
        {"teacher@clarendon", {"clarendon-infant"}},
        {"headteacher@belgrave", {"belgrave"}}};
    for (const auto& [username, schools] : expected) {
        HttpClient client(server.port());
        auto signed_in = SignIn(client, username);
        ASSERT_TRUE(signed_in) << username;
        const HttpResult result = client.Send(boost::beast::http::verb::get, "/api/schools", "",
                                              {{"cookie", signed_in->cookie}});
        ASSERT_EQ(result.status, 200);
        std::set<std::string> seen;
        const boost::json::value parsed = boost::json::parse(result.body);
        for (const auto& school : parsed.at("schools").as_array()) {
            seen.insert(std::string(school.at("id").as_string()));
        }
        EXPECT_EQ(seen, schools) << username;
    }
}

}  // namespace
}  // namespace steward::api::testing
