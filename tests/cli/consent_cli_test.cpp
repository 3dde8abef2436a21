// `steward import consent` and `steward export sar` run as processes against a SQLite file seeded
// with the demo tenants (which include demo consent): all-or-nothing import with every bad line,
// and the subject access files.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "demo_cli_fixture.hpp"

namespace steward::cli {
namespace {

using ConsentCliTest = DemoCliTest;

constexpr const char* kHeader =
    "pupil_id,academic_year,platform,image,video,name,given_by,recorded_on,withdrawn_on\n";

// Req: CON-01
TEST_F(ConsentCliTest, ImportConsentReportsEveryBadLineAndWritesNothing) {
    const int64_t before = AuditEvents();
    const std::string file = WriteFile(
        "consent.csv", std::string(kHeader) +
                           "BEL1001,2025/26,tiktok,true,true,true,parent,2025-10-01,\n"
                           "NOBODY,2025/26,tiktok,true,true,true,parent,2025-10-01,\n"
                           "BEL1001,2025/26,bebo,true,true,true,parent,2025-10-01,\n"
                           "BEL1001,2025/26,youtube,true,true,true,parent,2025-10-01,2025-09-01\n"
                           "BEL1001,2025/26,tiktok,true,false,true,parent,2025-10-02,\n"
                           "BEL1001,2025/26,website,true,true,true,parent,2099-01-01,\n");
    const RunResult run = RunSteward("import consent --db " + url_ + " --school belgrave " + file);
    EXPECT_EQ(run.exit_code, 1) << run.output;
    EXPECT_NE(run.output.find("consent.csv lines 3, 4, 5, 6, 7"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("line 3: pupil_id is not on the roster"), std::string::npos);
    EXPECT_NE(run.output.find("line 7: recorded_on is in the future"), std::string::npos);
    EXPECT_EQ(AuditEvents(), before);
}

// Req: CON-01
TEST_F(ConsentCliTest, ImportConsentAddsAGoodFileOnce) {
    const std::string file = WriteFile(
        "consent.csv", std::string(kHeader) +
                           "BEL1001,2025/26,tiktok,true,true,true,parent,2025-10-01,\n"
                           "BEL1002,2025/26,tiktok,true,false,false,pupil,2025-10-01,2025-12-01\n");
    const RunResult run = RunSteward("import consent --db " + url_ + " --school belgrave " + file);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("2 records for 2 pupils, 1 withdrawn"), std::string::npos);
    const RunResult again = RunSteward("import consent --db " + url_ + " --school belgrave " + file);
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_NE(again.output.find("already in the register"), std::string::npos) << again.output;
    EXPECT_EQ(RunSteward("import consent --db " + url_ + " --school nowhere " + file).exit_code, 1);
}

// Req: AUD-04
TEST_F(ConsentCliTest, ExportSarWritesJsonAndHtmlAndIsAudited) {
    const int64_t before = AuditEvents();
    const auto out = dir_ / "sar";
    const RunResult run = RunSteward("export sar --db " + url_ + " --school belgrave --pupil BEL1003 --out " +
                                  out.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_EQ(AuditEvents(), before + 1);
    std::ifstream json_file(out / "sar.json");
    std::stringstream json_text;
    json_text << json_file.rdbuf();
    const auto bundle = boost::json::parse(json_text.str()).as_object();
    EXPECT_EQ(bundle.at("pupil_id").as_string(), "BEL1003");
    EXPECT_FALSE(bundle.at("consent").as_array().empty());
    EXPECT_TRUE(bundle.at("do_not_publish").is_object());  // the demo's do-not-publish pupil
    std::ifstream html_file(out / "sar.html");
    std::stringstream html;
    html << html_file.rdbuf();
    EXPECT_EQ(html.str().rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(html.str().find("<script"), std::string::npos);
    const RunResult unknown = RunSteward("export sar --db " + url_ +
                                      " --school belgrave --pupil NOBODY --out " + out.string());
    EXPECT_EQ(unknown.exit_code, 1) << unknown.output;
}

}  // namespace
}  // namespace steward::cli
