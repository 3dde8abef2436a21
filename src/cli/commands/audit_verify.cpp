// `steward audit verify --database URL`: walks the audit hash chain and prints
// "audit chain intact: N events", or the first event altered, removed or reordered (exit 1).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "domain/audit/audit_chain.hpp"
#include "store/open_store.hpp"

namespace steward::cli {
namespace {

// Refuses a missing SQLite file, which OpenStore would otherwise create empty.
core::Status RequireExistingSqliteFile(const std::string& url) {
    constexpr std::string_view kPrefix = "sqlite:";
    if (!url.starts_with(kPrefix) || url == "sqlite::memory:") return core::OkStatus();
    const std::string path = url.substr(kPrefix.size());
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) return core::OkStatus();
    return core::Error{core::ErrorCode::kNotFound,
                       "No database file exists at this path; check --database.", path};
}

core::Status Verify(const std::string& url) {
    if (auto ok = RequireExistingSqliteFile(url); !ok) return ok;
    auto store = store::OpenStore(url);
    if (!store) return store.error();
    auto report = domain::VerifyChain(**store);
    if (!report) return report.error();
    if (report->intact) {
        std::printf("audit chain intact: %lld events\n",
                    static_cast<long long>(report->events_checked));
        return core::OkStatus();
    }
    std::printf("audit chain broken at event %lld: %s (%lld events before it verified)\n",
                static_cast<long long>(report->first_broken_seq), report->problem.c_str(),
                static_cast<long long>(report->events_checked));
    return core::Error{core::ErrorCode::kFailedPrecondition,
                       "The audit trail was altered outside Steward; keep this database as "
                       "evidence and restore the audit trail from a backup.",
                       "audit event " + std::to_string(report->first_broken_seq)};
}

}  // namespace

void RegisterAuditVerifyCommand(CLI::App& app) {
    // Other `audit ...` commands may have created the group already.
    const auto groups =
        app.get_subcommands([](const CLI::App* sub) { return sub->get_name() == "audit"; });
    CLI::App* audit = groups.empty() ? nullptr : groups.front();
    if (audit == nullptr) {
        audit = app.add_subcommand("audit", "Audit trail: verify its hash chain");
        audit->require_subcommand(1);
    }
    CLI::App* verify = audit->add_subcommand(
        "verify", "Check that no audit event was altered, removed or reordered");
    auto url = std::make_shared<std::string>();
    verify->add_option("--database", *url, "sqlite:PATH or postgresql://USER@HOST:PORT/DB")
        ->required();
    SetCommand(verify, [url]() -> core::Status { return Verify(*url); });
}

}  // namespace steward::cli
