// Every `steward` subcommand: one Register<Name>Command per commands/<name>.cpp, called by main.cpp.
#pragma once

#include <CLI/CLI.hpp>

namespace steward::cli {

// Register*Command declarations, one per line:
void RegisterMediaCommand(CLI::App& app);
void RegisterServeCommand(CLI::App& app);
void RegisterScreenCommand(CLI::App& app);
void RegisterCheckPostsCommand(CLI::App& app);
void RegisterAuditVerifyCommand(CLI::App& app);
void RegisterPolicyCheckCommand(CLI::App& app);
void RegisterImportRosterCommand(CLI::App& app);
void RegisterImportConsentCommand(CLI::App& app);
void RegisterImportCommentsCommand(CLI::App& app);
void RegisterCommentsDueCheckCommand(CLI::App& app);
void RegisterExportSarCommand(CLI::App& app);
void RegisterUserAddCommand(CLI::App& app);

}  // namespace steward::cli
