#include "formats/roster_csv.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace steward::formats {
namespace {

TEST(RosterCsvTest, ReadsTheDevRoster) {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/roster.csv");
    std::stringstream text;
    text << in.rdbuf();
    auto pupils = ParseRosterCsv(text.str());
    ASSERT_TRUE(pupils) << pupils.error().ToString();
    EXPECT_EQ(pupils->size(), 600u);
    int do_not_publish = 0;
    for (const auto& pupil : *pupils) do_not_publish += pupil.do_not_publish ? 1 : 0;
    EXPECT_EQ(do_not_publish, 18);
}

TEST(RosterCsvTest, ReadsMisExportHeadings) {
    auto pupils = ParseRosterCsv(
        "UPN,Legal Surname,Legal Forename,Preferred Forename,Year,Adno\n"
        "A123,Okafor,Amara,Mara,Year 7,001\n"
        "A124,Jones,Rhys,,Reception,002\n");
    ASSERT_TRUE(pupils) << pupils.error().ToString();
    EXPECT_EQ((*pupils)[0].id, "A123");
    EXPECT_EQ((*pupils)[0].last_name, "Okafor");
    EXPECT_EQ((*pupils)[0].known_as(), "Mara");
    EXPECT_EQ((*pupils)[0].year_group, "7");
    EXPECT_EQ((*pupils)[1].year_group, "R");
}

TEST(RosterCsvTest, ReportsEveryBadRowAndImportsNothing) {
    auto pupils = ParseRosterCsv(
        "pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n"
        "P1,Amara,Okafor,,7,false\n"
        "P2,,Jones,,7,false\n"
        "P1,Rhys,Evans,,7,false\n"
        "P3,Ann,Lee,,15,maybe\n");
    ASSERT_FALSE(pupils);
    EXPECT_EQ(pupils.error().where, "roster.csv lines 3, 4, 5, 5");
    EXPECT_NE(pupils.error().message.find("repeats line 2"), std::string::npos);
    EXPECT_EQ(pupils.error().message.find("Amara"), std::string::npos);
}

TEST(RosterCsvTest, YearGroupsFromEnglishWelshAndScottishSchools) {
    EXPECT_EQ(NormalizeYearGroup("Y7"), "7");
    EXPECT_EQ(NormalizeYearGroup("Year 13"), "13");
    EXPECT_EQ(NormalizeYearGroup("Nursery"), "N");
    EXPECT_EQ(NormalizeYearGroup("p3"), "P3");
    EXPECT_EQ(NormalizeYearGroup("S6"), "S6");
    EXPECT_FALSE(NormalizeYearGroup("14"));
    EXPECT_FALSE(NormalizeYearGroup("P8"));
}

TEST(RosterCsvTest, MissingColumnIsReportedOnTheHeader) {
    auto pupils = ParseRosterCsv("id,first_name\n1,A\n");
    ASSERT_FALSE(pupils);
    EXPECT_EQ(pupils.error().where, "roster.csv line 1");
}

}  // namespace
}  // namespace steward::formats
