// `steward comments due-check --database URL [--policies DIR]`: runs the MON-04 due check once
// (warn the runners of comments about to fall due, escalate overdue ones to the pack's role) and
// prints {"warned":N,"escalated":N,"alerts":N}. For cron when the server's own check is off
// (STEWARD_DUE_CHECK_SECONDS=0); safe to run beside a server, nothing is raised twice.
#include <cstdio>
#include <memory>
#include <string>

#include "api/auth/api_environment.hpp"
#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/demo_seed.hpp"
#include "cli/wiring.hpp"
#include "domain/comments/comment_due_checks.hpp"

namespace steward::cli {
namespace {

constexpr int kBatch = 1000;

struct DueCheckFlags {
    std::string database;
    std::string policies = "policies";
};

core::Status RunDueCheck(const DueCheckFlags& flags) {
    auto opened = OpenDatabaseWithPacks(flags.database, flags.policies);
    if (!opened) return opened.error();
    core::SystemClock clock;
    domain::DueCheckReport total;
    // Batches of 1000 until nothing is left: each comment is claimed once, so this ends.
    for (;;) {
        auto report = domain::RunDueChecks(
            *opened->store, clock,
            [&](const domain::School& school) { return opened->PackFor(school); }, kBatch);
        if (!report) return report.error();
        total.warned += report->warned;
        total.escalated += report->escalated;
        total.alerts += report->alerts;
        if (report->checked < kBatch) break;
    }
    std::printf("{\"warned\":%d,\"escalated\":%d,\"alerts\":%d}\n", total.warned, total.escalated,
                total.alerts);
    return core::OkStatus();
}

}  // namespace

void RegisterCommentsDueCheckCommand(CLI::App& app) {
    CLI::App* comments = app.add_subcommand("comments", "Work on the comment queues");
    comments->require_subcommand(1);
    CLI::App* due = comments->add_subcommand(
        "due-check", "Warn runners of comments about to fall due and escalate overdue ones (MON-04)");
    auto flags = std::make_shared<DueCheckFlags>();
    due->add_option("--db,--database", flags->database, "sqlite:PATH or postgresql://…")
        ->required()
        ->envname("STEWARD_DATABASE");
    due->add_option("--policies", flags->policies, "Folder of policy packs (default policies)");
    SetCommand(due, [flags]() -> core::Status { return RunDueCheck(*flags); });
}

}  // namespace steward::cli
