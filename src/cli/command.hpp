// How a `steward` subcommand plugs into the executable: each commands/<name>.cpp defines one
// Register<Name>Command(CLI::App&) that adds its subcommand and the callback that runs it.
// Callbacks report failure by returning a core::Status; RunCommand maps it to an exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "core/result.hpp"

namespace steward::cli {

// Exit codes: 0 success, 1 the input was refused (a person can fix it), 2 usage,
// 3 the environment failed (database, file system), 70 an internal bug.
int ExitCodeFor(core::ErrorCode code);

// Prints the error to stderr in the form "steward: <where>: <message>" and returns its exit code.
int ReportError(const core::Error& error);

// Wraps a command body so that its Status becomes the process exit code. The body runs inside
// the single exception boundary of the CLI (STYLE.md section 5, rule 3).
void SetCommand(CLI::App* command, std::function<core::Status()> body);


}  // namespace steward::cli
