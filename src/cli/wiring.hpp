// Wiring: the only place that knows every library. Opens the database named by --database
// (store::OpenStore), loads the policy packs, seeds the demo when asked, and builds the server
// with the store-backed authenticator and every domain route. Entry points: OpenDatabase(),
// OpenDatabaseWithPacks() (for commands), WireServer().
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

#include "api/auth/api_environment.hpp"
#include "api/server/server.hpp"
#include "api/server/server_config.hpp"
#include "cli/demo_seed.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/store.hpp"

namespace steward::api {
class Router;
class StoreAuthenticator;
}  // namespace steward::api

namespace steward::cli {

// Opens (and migrates) the database at `url`; for sqlite:PATH creates PATH's folder first.
core::Result<std::unique_ptr<domain::Store>> OpenDatabase(std::string_view url);

// What a command working on a school's data needs besides the store: the policy packs of
// `policies` when that folder exists (none otherwise: each rule's default applies).
struct DatabaseWithPacks {
    std::unique_ptr<domain::Store> store;
    api::PolicyCatalogue packs;
    // The pack that applies to `school` (its own, else its trust's), or null.
    const policy::PolicyPack* PackFor(const domain::School& school) const;
};

// Loads the packs first (a broken pack stops the command before the database is touched), then
// opens the database as OpenDatabase does.
core::Result<DatabaseWithPacks> OpenDatabaseWithPacks(std::string_view url,
                                                      const std::filesystem::path& policies);

struct WiringPaths {
    std::filesystem::path policies = "policies";  // policy packs (*.toml)
    std::filesystem::path demo = "data/demo";     // tenants.csv, users.csv, rosters/
    std::filesystem::path meta_webhooks;  // --meta-webhooks file; "" = environment variables only
};

// Everything `steward serve` runs, owned in dependency order (destroyed in reverse).
struct ServerStack {
    ServerStack();
    ~ServerStack();

    std::unique_ptr<domain::Store> store;
    core::SystemClock clock;
    std::unique_ptr<security::LoginThrottle> throttle;
    api::PolicyCatalogue packs;
    std::unique_ptr<api::ApiEnvironment> environment;
    std::unique_ptr<api::StoreAuthenticator> authenticator;
    std::unique_ptr<api::Server> server;
    std::optional<DemoSeed> demo;  // set when config.demo
};

// Builds the stack for `config` (not yet started), adding the domain routes to `router` (from
// api::MakeRouter(), perhaps with more routes). Policy packs load from paths.policies when that
// folder exists; with config.demo, seeds an empty database from paths.demo.
core::Result<std::unique_ptr<ServerStack>> WireServer(const api::ServerConfig& config,
                                                      std::unique_ptr<api::Router> router,
                                                      const WiringPaths& paths = {});

}  // namespace steward::cli
