// The `steward` executable: registers every subcommand and runs the one asked for.
#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/version.hpp"

int main(int argc, char** argv) {
    CLI::App app{"Steward: school social media governance"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(steward::cli::kVersion));
    // Each Register*Command adds one subcommand, one call per line:
    steward::cli::RegisterMediaCommand(app);
    steward::cli::RegisterServeCommand(app);
    steward::cli::RegisterScreenCommand(app);
    steward::cli::RegisterCheckPostsCommand(app);
    steward::cli::RegisterAuditVerifyCommand(app);
    steward::cli::RegisterPolicyCheckCommand(app);
    steward::cli::RegisterImportRosterCommand(app);
    steward::cli::RegisterImportConsentCommand(app);
    steward::cli::RegisterImportCommentsCommand(app);
    steward::cli::RegisterCommentsDueCheckCommand(app);
    steward::cli::RegisterExportSarCommand(app);
    steward::cli::RegisterUserAddCommand(app);
    CLI11_PARSE(app, argc, argv);
    return 0;
}
