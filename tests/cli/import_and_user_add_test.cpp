// `steward import roster` and `steward user add` run as processes against a SQLite file seeded
// with the demo tenants: all-or-nothing imports with every bad line, and passwords from stdin.
#include <string>

#include "demo_cli_fixture.hpp"

namespace steward::cli {
namespace {

using CliAccessTest = DemoCliTest;

TEST_F(CliAccessTest, ImportRosterReportsEveryBadLineAndWritesNothing) {
    const int64_t before = AuditEvents();
    const std::string file = WriteFile(
        "roster.csv",
        "pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n"
        "B1,Ann,Lee,,3,false\nB2,,Lee,,3,false\nB3,Tom,Ray,,Year 99,false\n");
    const RunResult run = RunSteward("import roster --database " + url_ + " --school belgrave " + file);
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
    const RunResult run = RunSteward("import roster --database " + url_ + " --school belgrave " + file);
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("1 added"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("24 off roll"), std::string::npos) << run.output;
}

TEST_F(CliAccessTest, UserAddTakesThePasswordFromStdinAndRefusesAWeakOne) {
    const std::string args = "user add --database " + url_ +
                             " --school belgrave --username new.dsl@belgrave --role dsl";
    const RunResult weak = RunSteward(args, "password1\n");
    EXPECT_EQ(weak.exit_code, 1) << weak.output;
    const RunResult added = RunSteward(args + " --display-name 'New DSL'", "violet kettle orchard lantern\n");
    EXPECT_EQ(added.exit_code, 0) << added.output;
    EXPECT_EQ(added.output.find("violet"), std::string::npos) << "never echo the password";
    const RunResult again = RunSteward(args, "violet kettle orchard lantern\n");
    EXPECT_EQ(again.exit_code, 1) << again.output;
}

TEST_F(CliAccessTest, UserAddRefusesAnUnknownSchoolOrRole) {
    EXPECT_EQ(RunSteward("user add --database " + url_ +
                          " --school nowhere --username a@b --role dsl",
                      "violet kettle orchard lantern\n")
                  .exit_code,
              1);
    EXPECT_EQ(RunSteward("user add --database " + url_ +
                          " --school belgrave --username a@b --role wizard",
                      "violet kettle orchard lantern\n")
                  .exit_code,
              1);
}

}  // namespace
}  // namespace steward::cli
