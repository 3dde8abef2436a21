// Wiring of the server: database, clock, throttle, packs, demo seed, authenticator, routes.
#include "cli/wiring.hpp"

#include "api/auth/store_authenticator.hpp"
#include "api/handlers/comments_services.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/server/router.hpp"
#include "security/login_throttle.hpp"
#include "store/open_store.hpp"

namespace steward::cli {

ServerStack::ServerStack() = default;
ServerStack::~ServerStack() {
    if (server) server->Shutdown();  // before the environment it serves goes away
}

core::Result<std::unique_ptr<domain::Store>> OpenDatabase(std::string_view url) {
    constexpr std::string_view kSqlite = "sqlite:";
    if (url.rfind(kSqlite, 0) == 0 && url != "sqlite::memory:") {
        const std::filesystem::path path(url.substr(kSqlite.size()));
        if (path.has_parent_path()) {
            std::error_code ec;
            std::filesystem::create_directories(path.parent_path(), ec);
            if (ec) {
                return core::Error{core::ErrorCode::kUnavailable,
                                   "Cannot create the database folder.",
                                   path.parent_path().string()};
            }
        }
    }
    return store::OpenStore(url);
}

const policy::PolicyPack* DatabaseWithPacks::PackFor(const domain::School& school) const {
    return api::PackFor(packs, school.id, school.trust_id);
}

core::Result<DatabaseWithPacks> OpenDatabaseWithPacks(std::string_view url,
                                                      const std::filesystem::path& policies) {
    DatabaseWithPacks opened;
    if (std::filesystem::is_directory(policies)) {
        auto loaded = LoadPolicyCatalogue(policies);
        if (!loaded) return loaded.error();
        opened.packs = std::move(*loaded);
    }
    auto store = OpenDatabase(url);
    if (!store) return store.error();
    opened.store = std::move(*store);
    return opened;
}

core::Result<std::unique_ptr<ServerStack>> WireServer(const api::ServerConfig& config,
                                                      std::unique_ptr<api::Router> router,
                                                      const WiringPaths& paths) {
    auto stack = std::make_unique<ServerStack>();
    auto store = OpenDatabase(config.database_url);
    if (!store) return store.error();
    stack->store = std::move(*store);
    stack->throttle = std::make_unique<security::LoginThrottle>(stack->clock);
    if (std::filesystem::is_directory(paths.policies) || config.demo) {
        auto packs = LoadPolicyCatalogue(paths.policies);
        if (!packs) return packs.error();
        stack->packs = std::move(*packs);
    }
    api::SessionSettings sessions{config.session_idle_timeout, config.session_absolute_timeout};
    stack->environment = std::make_unique<api::ApiEnvironment>(api::ApiEnvironment{
        *stack->store, stack->clock, *stack->throttle, stack->packs, sessions,
        security::PasswordHashLimits::Interactive()});
    stack->environment->meta_webhooks_file = paths.meta_webhooks.string();
    if (auto webhooks = api::LoadMetaWebhookSettings(paths.meta_webhooks.string()); !webhooks) {
        return webhooks.error();
    }
    if (config.demo) {
        auto seeded = SeedDemo(*stack->store, stack->clock, stack->packs, paths.demo,
                               stack->environment->password_limits);
        if (!seeded) return seeded.error();
        stack->demo = std::move(*seeded);
    }
    stack->authenticator = std::make_unique<api::StoreAuthenticator>(*stack->environment);
    api::RegisterDomainRoutes(*router, *stack->environment);
    stack->server =
        std::make_unique<api::Server>(config, std::move(router), stack->authenticator.get());
    return stack;
}

}  // namespace steward::cli
