// `steward serve`: starts the HTTP server (web UI + API) and runs until SIGINT or SIGTERM.
// Settings come from, highest first: flags, environment (STEWARD_LISTEN, STEWARD_DATABASE),
// the TOML file given by --config (keys listen, database, demo and [server] limits), defaults.
// Prints "Steward listening on http://HOST:PORT/" once /healthz answers.
#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "api/handlers/static_files.hpp"
#include "api/server/server.hpp"
#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/version.hpp"
#include "cli/wiring.hpp"
#include "notify/mail_sender.hpp"

namespace steward::cli {
namespace {

constexpr std::string_view kDefaultListen = "127.0.0.1:8080";
constexpr std::string_view kDefaultDatabase = "sqlite:data/steward.db";

struct ServeFlags {
    std::string listen;
    std::string database;
    bool demo = false;
    std::string config_file;
    std::string meta_webhooks_file;  // Meta app secret + verify token (comments room)
    CLI::Option* listen_option = nullptr;
    CLI::Option* database_option = nullptr;
    CLI::Option* demo_option = nullptr;
};

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

// Splits "HOST:PORT" or "[V6]:PORT"; "localhost" means 127.0.0.1. Port 0 picks a free port.
core::Status ParseListen(std::string_view text, std::string_view where, api::ServerConfig& config) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0) {
        return Invalid("Give the address to listen on as HOST:PORT, e.g. 127.0.0.1:8080.",
                       std::string(where));
    }
    std::string_view host = text.substr(0, colon);
    const std::string_view port_text = text.substr(colon + 1);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
    }
    unsigned port = 0;
    const auto [end, ec] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (ec != std::errc() || end != port_text.data() + port_text.size() || port > 65535) {
        return Invalid("The port must be a number from 0 to 65535.", std::string(where));
    }
    config.host = host == "localhost" ? "127.0.0.1" : std::string(host);
    config.port = static_cast<std::uint16_t>(port);
    return core::OkStatus();
}

core::Status CheckDatabaseUrl(std::string_view url, std::string_view where) {
    const bool sqlite = url.rfind("sqlite:", 0) == 0 && url.size() > 7;
    const bool postgres = url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
    if (sqlite || postgres) return core::OkStatus();
    return Invalid(
        "The database must be sqlite:PATH or postgresql://…, e.g. sqlite:data/steward.db.",
        std::string(where));
}

// Reads an optional integer key of the [server] table into `target`.
template <class T>
core::Status ReadLimit(const toml::table& server, std::string_view key, T& target,
                       const std::string& path) {
    const toml::node* node = server.get(key);
    if (node == nullptr) return core::OkStatus();
    const auto value = node->value<std::int64_t>();
    if (!value || *value < 0) {
        return Invalid("server." + std::string(key) + " must be a whole number, 0 or more.",
                       path + " line " + std::to_string(node->source().begin.line));
    }
    target = static_cast<T>(*value);
    return core::OkStatus();
}

core::Status ReadServerTable(const toml::table& server, const std::string& path,
                             api::ServerConfig& config) {
    std::int64_t read_ms = config.read_timeout.count();
    std::int64_t idle_ms = config.idle_timeout.count();
    std::int64_t grace_ms = config.shutdown_grace.count();
    std::int64_t idle_minutes = config.session_idle_timeout.count() / 60;
    std::int64_t absolute_hours = config.session_absolute_timeout.count() / 3600;
    for (auto status : {ReadLimit(server, "io_threads", config.io_threads, path),
                        ReadLimit(server, "worker_threads", config.worker_threads, path),
                        ReadLimit(server, "max_connections", config.max_connections, path),
                        ReadLimit(server, "max_header_bytes", config.max_header_bytes, path),
                        ReadLimit(server, "max_body_bytes", config.max_body_bytes, path),
                        ReadLimit(server, "read_timeout_ms", read_ms, path),
                        ReadLimit(server, "idle_timeout_ms", idle_ms, path),
                        ReadLimit(server, "shutdown_grace_ms", grace_ms, path),
                        ReadLimit(server, "session_idle_minutes", idle_minutes, path),
                        ReadLimit(server, "session_absolute_hours", absolute_hours, path)}) {
        if (!status) return status;
    }
    config.read_timeout = std::chrono::milliseconds(read_ms);
    config.idle_timeout = std::chrono::milliseconds(idle_ms);
    config.shutdown_grace = std::chrono::milliseconds(grace_ms);
    config.session_idle_timeout = std::chrono::minutes(std::max<std::int64_t>(idle_minutes, 1));
    config.session_absolute_timeout = std::chrono::hours(std::max<std::int64_t>(absolute_hours, 1));
    return core::OkStatus();
}

// Applies the TOML file's settings that no flag or environment variable overrides.
core::Status ApplyConfigFile(const ServeFlags& flags, api::ServerConfig& config) {
    toml::table table;
    try {
        table = toml::parse_file(flags.config_file);
    } catch (const toml::parse_error& e) {
        return Invalid(std::string(e.description()) + ".",
                       flags.config_file + " line " + std::to_string(e.source().begin.line));
    }
    const std::string& path = flags.config_file;
    if (auto listen = table["listen"].value<std::string>();
        listen && flags.listen_option->count() == 0) {
        if (auto status = ParseListen(*listen, path + " key listen", config); !status)
            return status;
    }
    if (auto database = table["database"].value<std::string>();
        database && flags.database_option->count() == 0) {
        if (auto status = CheckDatabaseUrl(*database, path + " key database"); !status)
            return status;
        config.database_url = *database;
    }
    if (auto demo = table["demo"].value<bool>(); demo && flags.demo_option->count() == 0) {
        config.demo = *demo;
    }
    if (const toml::table* server = table["server"].as_table()) {
        return ReadServerTable(*server, path, config);
    }
    return core::OkStatus();
}

core::Result<api::ServerConfig> BuildConfig(const ServeFlags& flags) {
    api::ServerConfig config;
    config.version = std::string(kVersion.substr(kVersion.rfind(' ') + 1));
    if (const char* token = std::getenv("STEWARD_METRICS_TOKEN")) config.metrics_token = token;
    if (auto status = ParseListen(kDefaultListen, "default", config); !status)
        return status.error();
    config.database_url = std::string(kDefaultDatabase);
    if (!flags.config_file.empty()) {
        if (auto status = ApplyConfigFile(flags, config); !status) return status.error();
    }
    if (flags.listen_option->count() > 0) {
        if (auto status = ParseListen(flags.listen, "--listen / STEWARD_LISTEN", config); !status) {
            return status.error();
        }
    }
    if (flags.database_option->count() > 0) {
        if (auto status = CheckDatabaseUrl(flags.database, "--database / STEWARD_DATABASE");
            !status) {
            return status.error();
        }
        config.database_url = flags.database;
    }
    if (flags.demo_option->count() > 0) config.demo = flags.demo;
    return config;
}

std::string DisplayHost(const std::string& host) {
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

// Prints the demo sign-ins once /healthz answers (after the "listening" line).
void PrintDemoLogins(const DemoSeed& demo, const std::string& url) {
    std::printf("\nDemo data (%s): %d schools. Sign in at %s with any of these usernames\n",
                demo.seeded ? "created now" : "already in the database", demo.schools,
                url.c_str());
    std::printf("and the demo password %.*s (a laptop demo only: anyone who reads this can sign in;\n"
                "never run --demo on a server others can reach):\n",
                static_cast<int>(kDemoPassword.size()), kDemoPassword.data());
    for (const auto& login : demo.logins) {
        std::printf("  %-40s %-24s %s\n", login.username.c_str(), login.role.c_str(),
                    login.school_id == "*" ? "whole trust" : login.school_id.c_str());
    }
}

core::Status Serve(const ServeFlags& flags) {
    auto config = BuildConfig(flags);
    if (!config) return config.error();
    WiringPaths paths;
    paths.meta_webhooks = flags.meta_webhooks_file;
    auto stack = WireServer(*config, api::WithStaticFiles(api::MakeRouter()), paths);
    if (!stack) return stack.error();
    std::unique_ptr<notify::MailSender> mail;  // null: mail off; stopped before the stack goes
    api::Server& server = *(*stack)->server;
    if (auto started = server.Start(); !started) return started;
    server.WaitForShutdownSignal([&] {
        const std::string url = "http://" + DisplayHost(config->host) + ":" +
                                std::to_string(server.port()) + "/";
        std::printf("Steward listening on %s\n", url.c_str());
        if ((*stack)->demo) PrintDemoLogins(*(*stack)->demo, url);
        std::fflush(stdout);
        // After the announcement, which stays the first line (it says whether mail is on).
        mail = notify::StartMailSender(*(*stack)->store, (*stack)->clock);
    });
    return core::OkStatus();
}

}  // namespace

void RegisterServeCommand(CLI::App& app) {
    CLI::App* serve = app.add_subcommand("serve", "Run the Steward server (web interface and API)");
    auto flags = std::make_shared<ServeFlags>();
    flags->listen_option = serve
                               ->add_option("--listen", flags->listen,
                                            "HOST:PORT to listen on (default 127.0.0.1:8080)")
                               ->envname("STEWARD_LISTEN");
    flags->database_option =
        serve
            ->add_option("--database", flags->database,
                         "sqlite:PATH or postgresql://… (default sqlite:data/steward.db)")
            ->envname("STEWARD_DATABASE");
    flags->demo_option = serve->add_flag("--demo", flags->demo, "Start with the demo schools");
    serve->add_option("--config", flags->config_file, "TOML file with the same settings")
        ->check(CLI::ExistingFile);
    serve->add_option("--meta-webhooks", flags->meta_webhooks_file,
                      "File with app_secret = ... and verify_token = ... lines for /webhooks/meta")
        ->envname("STEWARD_META_WEBHOOKS_FILE")
        ->check(CLI::ExistingFile);
    SetCommand(serve, [flags]() -> core::Status { return Serve(*flags); });
}

}  // namespace steward::cli
