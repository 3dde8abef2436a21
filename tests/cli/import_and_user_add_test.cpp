// `steward import roster` and `steward user add` run as processes against a SQLite file seeded
// with the demo tenants: all-or-nothing imports with every bad line, and passwords from stdin.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/demo_seed.hpp"
#include "domain/audit/audit_chain.hpp"
#include "store/open_store.hpp"

namespace steward::cli {
namespace {

const std::string kSteward = std::string(STEWARD_BINARY_DIR) + "/src/cli/steward";

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr
};

RunResult Steward(const std::string& args, const std::string& stdin_text = "") {
    // One file per process: ctest runs these tests in parallel processes.
    const std::string input =
        testing::TempDir() + "steward_stdin_" + std::to_string(::getpid()) + ".txt";
    std::ofstream(input) << stdin_text;
    FILE* pipe = popen((kSteward + " " + args + " < " + input + " 2>&1").c_str(), "r");
    RunResult run;
    char buffer[4096];
    while (std::size_t read = std::fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, read);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

class CliAccessTest : public testing::Test {
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
    int64_t AuditEvents() {
        auto store = store::OpenStore(url_);
        return domain::VerifyChain(**store)->events_checked;
    }

    std::filesystem::path dir_;
    std::string url_;
};

TEST_F(CliAccessTest, ImportRosterReportsEveryBadLineAndWritesNothing) {
    const int64_t before = AuditEvents();
    const std::string file = WriteFile(
        "roster.csv",
        "pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n"
        "B1,Ann,Lee,,3,false\nB2,,Lee,,3,false\nB3,Tom,Ray,,Year 99,false\n");
    const RunResult run = Steward("import roster --database " + url_ + " --school belgrave " + file);
    EXPECT_EQ(run.exit_code, 1) << run.output;
    EXPECT_NE(run.output.find("line 3"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("line 4"), std::string::npos) << run.output;
    EXPECT_EQ(run.output.find("Tom"), std::string::npos);
    EXPECT_EQ(AuditEvents(), before);
}

TEST_F(CliAccessTest, ImportRosterReplacesTheRosterAndSaysWhatChanged) {
    const std::string file = WriteFile(
        "roster.csv",
        "UPN,Legal Surname,Forename,Preferred Forename,Year\nN1,Lee,Ann,,Year 3\n");
    const RunResult run = Steward("import roster --database " + url_ + " --school belgrave " + file);
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("1 added"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("24 off roll"), std::string::npos) << run.output;
}

TEST_F(CliAccessTest, UserAddTakesThePasswordFromStdinAndRefusesAWeakOne) {
    const std::string args = "user add --database " + url_ +
                             " --school belgrave --username new.dsl@belgrave --role dsl";
    const RunResult weak = Steward(args, "password1\n");
    EXPECT_EQ(weak.exit_code, 1) << weak.output;
    const RunResult added = Steward(args + " --display-name 'New DSL'", "violet kettle orchard lantern\n");
    EXPECT_EQ(added.exit_code, 0) << added.output;
    EXPECT_EQ(added.output.find("violet"), std::string::npos) << "never echo the password";
    const RunResult again = Steward(args, "violet kettle orchard lantern\n");
    EXPECT_EQ(again.exit_code, 1) << again.output;
}

TEST_F(CliAccessTest, UserAddRefusesAnUnknownSchoolOrRole) {
    EXPECT_EQ(Steward("user add --database " + url_ +
                          " --school nowhere --username a@b --role dsl",
                      "violet kettle orchard lantern\n")
                  .exit_code,
              1);
    EXPECT_EQ(Steward("user add --database " + url_ +
                          " --school belgrave --username a@b --role wizard",
                      "violet kettle orchard lantern\n")
                  .exit_code,
              1);
}

}  // namespace
}  // namespace steward::cli
