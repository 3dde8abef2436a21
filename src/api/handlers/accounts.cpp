// Official account routes (issue 4 item 5, ACC-01): GET /api/schools/{school_id}/accounts,
// POST .../accounts ({platform, handle, url?, external_id?, administrators:[person ids],
// moderators:[person ids]}) and GET .../accounts/{account_id}.
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/accounts/account_register.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

json::array Ids(const std::vector<std::string>& ids) {
    json::array out;
    for (const auto& id : ids) out.push_back(json::value(id));
    return out;
}

json::object AccountJson(const domain::OfficialAccount& account) {
    return json::object{{"id", account.id},
                        {"school_id", account.school_id},
                        {"platform", domain::PlatformName(account.platform)},
                        {"handle", account.handle},
                        {"url", account.url},
                        {"external_id", account.external_id},
                        {"administrators", Ids(account.administrators)},
                        {"moderators", Ids(account.moderators)},
                        {"created_at", account.created_at.time_since_epoch().count()},
                        {"created_by", account.created_by}};
}

core::Result<std::vector<std::string>> IdList(const json::object& body, std::string_view name) {
    std::vector<std::string> ids;
    const json::value* value = body.if_contains(name);
    if (value == nullptr || value->is_null()) return ids;
    if (!value->is_array()) return Invalid("The field " + std::string(name) + " must be a list of person ids.", std::string(name));
    for (const json::value& id : value->as_array()) {
        if (!id.is_string()) return Invalid("The field " + std::string(name) + " must be a list of person ids.", std::string(name));
        ids.emplace_back(id.as_string());
    }
    return ids;
}

core::Result<domain::NewAccount> NewAccountFromBody(const json::object& body,
                                                    std::string school_id) {
    domain::NewAccount request;
    request.school_id = std::move(school_id);
    auto platform = StringField(body, "platform");
    if (!platform) return platform.error();
    const auto parsed = domain::ParsePlatform(*platform);
    if (!parsed) {
        return Invalid("The platform must be facebook, instagram, x, youtube, website or tiktok.",
                       "platform");
    }
    request.platform = *parsed;
    for (auto [field, target, required] :
         {std::tuple{"handle", &request.handle, true}, std::tuple{"url", &request.url, false},
          std::tuple{"external_id", &request.external_id, false}}) {
        auto value = StringField(body, field, required);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    auto administrators = IdList(body, "administrators");
    if (!administrators) return administrators.error();
    auto moderators = IdList(body, "moderators");
    if (!moderators) return moderators.error();
    request.administrators = std::move(*administrators);
    request.moderators = std::move(*moderators);
    return request;
}

net::awaitable<Response> ListAccounts(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    auto accounts = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read(
            [&](domain::Tx& tx) -> core::Result<std::vector<domain::OfficialAccount>> {
                auto access = AuthoriseAtSchool(tx, principal, Action::kViewSchool, school_id);
                if (!access) return access.error();
                return tx.Accounts().ListAccounts(school_id);
            });
    });
    if (!accounts) co_return ErrorResponse(accounts.error());
    json::array out;
    for (const auto& account : *accounts) out.push_back(AccountJson(account));
    co_return JsonResponse(200, json::object{{"accounts", std::move(out)}});
}

net::awaitable<Response> GetAccount(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const std::string account_id(context.Param("account_id").value_or(""));
    const Principal& principal = *context.principal();
    auto account = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read(
            [&](domain::Tx& tx) -> core::Result<domain::OfficialAccount> {
                auto access = AuthoriseAtSchool(tx, principal, Action::kViewSchool, school_id);
                if (!access) return access.error();
                auto found = tx.Accounts().GetAccount(school_id, account_id);
                if (!found) return found.error();
                if (!*found) {
                    return core::Error{core::ErrorCode::kNotFound,
                                       "This school has no account with that id.", "account_id"};
                }
                return std::move(**found);
            });
    });
    if (!account) co_return ErrorResponse(account.error());
    co_return JsonResponse(200, AccountJson(*account));
}

// Until the creation-approval workflow (ACC-02..05) arrives, those who may publish on a school's
// accounts (headteacher, communications lead, account administrators) register them.
net::awaitable<Response> AddAccount(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto body = JsonObjectBody(context);
    if (!body) co_return ErrorResponse(body.error());
    auto request = NewAccountFromBody(*body, school_id);
    if (!request) co_return ErrorResponse(request.error());
    const Principal& principal = *context.principal();
    auto added = co_await RunBlocking(
        context.workers(), [&]() -> core::Result<domain::OfficialAccount> {
            auto access = environment.store.Read([&](domain::Tx& tx) {
                return AuthoriseAtSchool(tx, principal, Action::kPublishPost, school_id);
            });
            if (!access) return access.error();
            return domain::RegisterAccount(environment.store, environment.clock, access->actor,
                                           std::move(*request));
        });
    if (!added) co_return ErrorResponse(added.error());
    co_return JsonResponse(201, AccountJson(*added));
}

}  // namespace

void RegisterAccountRoutes(Router& router, ApiEnvironment& environment) {
    router.Add(Method::kGet, "/api/schools/{school_id}/accounts",
               {.summary = "The school's official accounts with their administrators and "
                           "moderators (person ids).",
                .tag = "accounts"},
               [&environment](RequestContext& context) {
                   return ListAccounts(environment, context);
               });
    router.Add(Method::kPost, "/api/schools/{school_id}/accounts",
               {.summary = "Registers an official account: {platform, handle, url?, "
                           "external_id?, administrators:[person_id], moderators:[person_id]}.",
                .tag = "accounts",
                .json_body = true},
               [&environment](RequestContext& context) {
                   return AddAccount(environment, context);
               });
    router.Add(Method::kGet, "/api/schools/{school_id}/accounts/{account_id}",
               {.summary = "One official account with its runners.", .tag = "accounts"},
               [&environment](RequestContext& context) {
                   return GetAccount(environment, context);
               });
}

}  // namespace steward::api
