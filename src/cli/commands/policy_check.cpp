// `steward policy check FILE...`: validates policy packs against policies/SCHEMA.md and prints
// "OK path (school, N keys defaulted: ...)" or one "path:line: message" per problem.
// Exit 0 only if every pack is valid, 1 otherwise.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "policy/policy_loader.hpp"

namespace steward::cli {
namespace {

std::string DefaultedSummary(const std::vector<std::string>& keys) {
    std::string text =
        std::to_string(keys.size()) + (keys.size() == 1 ? " key" : " keys") + " defaulted";
    for (std::size_t index = 0; index < keys.size(); ++index) {
        text += (index == 0 ? ": " : ", ") + keys[index];
    }
    return text;
}

// Prints the outcome for one file; returns true if the pack is valid.
bool CheckOneFile(const std::string& path) {
    auto report = policy::CheckPolicyPackFile(path);
    if (!report) {
        std::printf("%s: %s\n", path.c_str(), report.error().message.c_str());
        return false;
    }
    if (report->ok()) {
        std::printf("OK %s (%s, %s)\n", path.c_str(), report->pack->meta.school_name.c_str(),
                    DefaultedSummary(report->defaulted_keys).c_str());
        return true;
    }
    for (const policy::PolicyProblem& problem : report->problems) {
        std::printf("%s\n", problem.ToString().c_str());
    }
    return false;
}

}  // namespace

void RegisterPolicyCheckCommand(CLI::App& app) {
    // Other `policy ...` commands may have created the group already.
    const auto groups =
        app.get_subcommands([](const CLI::App* sub) { return sub->get_name() == "policy"; });
    CLI::App* policy = groups.empty() ? nullptr : groups.front();
    if (policy == nullptr) {
        policy = app.add_subcommand("policy", "Policy packs: check them against the schema");
        policy->require_subcommand(1);
    }
    CLI::App* check = policy->add_subcommand(
        "check", "Validate policy pack files and list problems and defaulted keys");
    auto files = std::make_shared<std::vector<std::string>>();
    check->add_option("FILE", *files, "Policy pack TOML files")->required();
    SetCommand(check, [files]() -> core::Status {
        std::size_t invalid = 0;
        for (const std::string& path : *files) {
            if (!CheckOneFile(path)) ++invalid;
        }
        std::fflush(stdout);
        if (invalid == 0) return core::OkStatus();
        return core::Error{core::ErrorCode::kInvalidInput,
                           std::to_string(invalid) + " of " + std::to_string(files->size()) +
                               " policy packs have problems; fix the lines listed above."};
    });
}

}  // namespace steward::cli
