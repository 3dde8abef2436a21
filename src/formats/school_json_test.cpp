#include "formats/school_json.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace steward::formats {
namespace {

TEST(SchoolJsonTest, ReadsTheDevSchool) {
    std::ifstream in(std::string(STEWARD_SOURCE_DIR) + "/testdata/dev/school.json");
    std::stringstream text;
    text << in.rdbuf();
    auto school = ParseSchoolJson(text.str());
    ASSERT_TRUE(school) << school.error().ToString();
    EXPECT_EQ(school->postcode, "BS15 9QX");
    EXPECT_EQ(school->phones.size(), 2u);
    EXPECT_EQ(school->staff.size(), 14u);
    EXPECT_EQ(school->public_venues.size(), 2u);
    EXPECT_EQ(school->handles.size(), 5u);
}

TEST(SchoolJsonTest, WrongTypeNamesTheField) {
    auto school = ParseSchoolJson(R"({"phones": "0117"})");
    ASSERT_FALSE(school);
    EXPECT_EQ(school.error().where, "school.json, field phones");
    EXPECT_FALSE(ParseSchoolJson("[1,2]"));
}

}  // namespace
}  // namespace steward::formats
