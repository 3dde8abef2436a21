// What every test of the built `steward` binary needs: run it as a person would (arguments, text on
// stdin, exit code and output), against a fresh SQLite file seeded with the demo tenants.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/demo_seed.hpp"
#include "domain/audit/audit_chain.hpp"
#include "store/open_store.hpp"

namespace steward::cli {

inline const std::string kStewardBinary = std::string(STEWARD_BINARY_DIR) + "/src/cli/steward";

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// Runs `steward <args>` with `stdin_text` on its standard input.
inline RunResult RunSteward(const std::string& args, const std::string& stdin_text = "") {
    // One file per process: ctest runs tests in parallel processes.
    const std::string input =
        testing::TempDir() + "steward_stdin_" + std::to_string(::getpid()) + ".txt";
    std::ofstream(input) << stdin_text;
    FILE* pipe = popen((kStewardBinary + " " + args + " < " + input + " 2>&1").c_str(), "r");
    RunResult run;
    char buffer[4096];
    while (std::size_t read = std::fread(buffer, 1, sizeof buffer, pipe)) {
        run.output.append(buffer, read);
    }
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// A fresh directory per test with `steward.db` seeded from data/demo; `url_` opens it.
class DemoCliTest : public testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::path(testing::TempDir()) /
               ("steward_cli_" + std::to_string(::getpid()) + "_" +
                testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        url_ = "sqlite:" + (dir_ / "steward.db").string();
        auto store = store::OpenStore(url_);
        ASSERT_TRUE(store);
        auto packs = LoadPolicyCatalogue(std::string(STEWARD_SOURCE_DIR) + "/policies");
        ASSERT_TRUE(packs);
        core::SystemClock clock;
        ASSERT_TRUE(SeedDemo(**store, clock, *packs, std::string(STEWARD_SOURCE_DIR) + "/data/demo",
                             security::PasswordHashLimits::ForTests()));
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::string WriteFile(const std::string& name, const std::string& text) {
        const auto path = dir_ / name;
        std::ofstream(path) << text;
        return path.string();
    }

    // How many audit events the chain holds (and that it verifies).
    int64_t AuditEvents() {
        auto store = store::OpenStore(url_);
        return domain::VerifyChain(**store)->events_checked;
    }

    std::filesystem::path dir_;
    std::string url_;
};

}  // namespace steward::cli
