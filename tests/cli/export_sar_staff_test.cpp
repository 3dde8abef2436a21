// `steward export sar --staff PERSON` run as a process against a SQLite file seeded with the demo
// tenants: the staff member's JSON and HTML files, audited; exactly one of --pupil and --staff.
#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "demo_cli_fixture.hpp"

namespace steward::cli {
namespace {

using ExportSarStaffTest = DemoCliTest;

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// Req: AUD-04
TEST_F(ExportSarStaffTest, WritesTheStaffMembersJsonAndHtmlWithoutTheirPasswordHash) {
    const int64_t before = AuditEvents();
    const auto out = dir_ / "sar-staff";
    const RunResult run = RunSteward("export sar --db " + url_ +
                                     " --school belgrave --staff dpo.belgrave --out " +
                                     out.string());
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("staff member dpo.belgrave"), std::string::npos) << run.output;
    EXPECT_EQ(AuditEvents(), before + 1);
    const std::string json_text = ReadAll(out / "sar.json");
    const auto bundle = boost::json::parse(json_text).as_object();
    EXPECT_EQ(bundle.at("subject_kind").as_string(), "staff");
    EXPECT_EQ(bundle.at("person_id").as_string(), "dpo.belgrave");
    EXPECT_EQ(bundle.at("sign_in_accounts").as_array().size(), 1u);
    // The demo gives every demo person a never-delivered address (RFC 2606 .example), so the
    // mail notifications of a demo have a recipient to show.
    EXPECT_NE(json_text.find("dpo@belgrave.example"), std::string::npos);
    EXPECT_EQ(json_text.find("$argon2"), std::string::npos);
    const std::string html = ReadAll(out / "sar.html");
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("Person record"), std::string::npos);
    EXPECT_EQ(html.find("$argon2"), std::string::npos);
}

// Req: AUD-04
TEST_F(ExportSarStaffTest, ExactlyOneOfPupilAndStaffAndAnUnknownPersonIsRefused) {
    const std::string base = "export sar --db " + url_ + " --school belgrave --out " +
                             (dir_ / "x").string();
    EXPECT_NE(RunSteward(base).exit_code, 0);
    EXPECT_NE(RunSteward(base + " --pupil BEL1003 --staff dpo.belgrave").exit_code, 0);
    const RunResult unknown = RunSteward(base + " --staff nobody.belgrave");
    EXPECT_EQ(unknown.exit_code, 1) << unknown.output;
}

}  // namespace
}  // namespace steward::cli
