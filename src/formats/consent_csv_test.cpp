#include "formats/consent_csv.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "formats/roster_csv.hpp"

namespace steward::formats {
namespace {

std::string ReadDev(const std::string& name) {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

constexpr std::string_view kHeader =
    "pupil_id,academic_year,platform,image,video,name,given_by,recorded_on,withdrawn_on\n";

// Req: CON-01
TEST(ConsentCsvTest, ReadsTheDevRegisterAgainstTheDevRoster) {
    auto pupils = ParseRosterCsv(ReadDev("roster.csv"));
    ASSERT_TRUE(pupils);
    ConsentCsvOptions options;
    options.roster = *pupils;
    auto records = ParseConsentCsv(ReadDev("consent.csv"), options);
    ASSERT_TRUE(records) << records.error().ToString();
    EXPECT_EQ(records->size(), 5515u);
    int withdrawn = 0;
    for (const auto& record : *records) withdrawn += record.withdrawn_on ? 1 : 0;
    EXPECT_EQ(withdrawn, 231);
}

// Req: CON-06
TEST(ConsentCsvTest, RejectsEveryBadRowAndImportsNothing) {
    std::vector<domain::Pupil> roster = {{.id = "P1"}};
    ConsentCsvOptions options;
    options.roster = roster;
    options.today = domain::Date{2026, 11, 1};
    std::string text(kHeader);
    text += "P1,2026/27,facebook,true,true,true,parent,2026-09-10,\n";         // 2 ok
    text += "P9,2026/27,facebook,true,true,true,parent,2026-09-10,\n";         // 3 unknown pupil
    text += "P1,2026/27,myspace,true,true,true,parent,2026-09-10,\n";          // 4 platform
    text += "P1,2026/27,x,true,true,true,parent,2026-09-10,2026-09-01\n";      // 5 withdrawn before
    text += "P1,2026/27,tiktok,true,true,true,parent,2027-01-01,\n";           // 6 future
    text += "P1,2026/27,facebook,true,false,true,pupil,2026-10-01,\n";         // 7 overlap
    auto records = ParseConsentCsv(text, options);
    ASSERT_FALSE(records);
    EXPECT_EQ(records.error().where, "consent.csv lines 3, 4, 5, 6, 7");
    EXPECT_NE(records.error().message.find("already on line 2"), std::string::npos);
}

// Req: CON-06
TEST(ConsentCsvTest, CheckRunsMayTreatRepeatedRowsAsAmendments) {
    std::string text(kHeader);
    text += "P1,2026/27,x,true,true,true,parent,2026-09-10,\n";
    text += "P1,2026/27,x,true,true,false,parent,2026-10-10,\n";
    EXPECT_FALSE(ParseConsentCsv(text));
    ConsentCsvOptions options;
    options.one_decision_per_year = false;
    auto records = ParseConsentCsv(text, options);
    ASSERT_TRUE(records);
    EXPECT_EQ(records->size(), 2u);
}

}  // namespace
}  // namespace steward::formats
