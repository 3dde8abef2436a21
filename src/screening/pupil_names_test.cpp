#include "screening/pupil_names.hpp"

#include <gtest/gtest.h>

namespace steward::screening {
namespace {

std::vector<std::string> Found(const std::string& text) {
    static const PupilNameIndex index({{"Amara", "Okafor", "", ""},
                                       {"Eilidh", "Hall-Osei", "", ""},
                                       {"Ciarán", "D'Arcy", "Kieran", ""}});
    std::string norm = Normalize(text).text();
    std::vector<std::string> out;
    for (auto [from, to] : index.Find(norm)) out.push_back(norm.substr(from, to - from));
    return out;
}

TEST(PupilNamesTest, FindsFullNamesInEveryWrittenForm) {
    EXPECT_EQ(Found("Well done Amara Okafor!"), std::vector<std::string>{"amara okafor"});
    EXPECT_EQ(Found("AMARA OKAFOR's painting"), std::vector<std::string>{"amara okafor's"});
    EXPECT_EQ(Found("OKAFOR, Amara (Year 10)"), std::vector<std::string>{"okafor, amara"});
    EXPECT_EQ(Found("Amara 'Mara' Okafor"), std::vector<std::string>{"amara 'mara' okafor"});
    EXPECT_EQ(Found("eilidh hall osei"), std::vector<std::string>{"eilidh hall osei"});
    EXPECT_EQ(Found("Eilidh Hall-Osei"), std::vector<std::string>{"eilidh hall-osei"});
    EXPECT_EQ(Found("Ciaran Darcy and Kieran D’Arcy").size(), 2u);
    EXPECT_EQ(Found("Ciaran D Arcy won"), std::vector<std::string>{"ciaran d arcy"});  // apostrophe as a space
    EXPECT_EQ(Found("D Arcy, Kieran"), std::vector<std::string>{"d arcy, kieran"});
    EXPECT_EQ(Found("#WellDoneAmaraOkafor"), std::vector<std::string>{"amaraokafor"});
}

// The quick pre-check must spell tokens as the full pass does: "d'arcy" is the word "darcy".
TEST(PupilNamesTest, FindsANameWhoseFirstWordHasAnApostrophe) {
    EXPECT_EQ(Found("D'ARCY, Ciaran (Year 7)"), std::vector<std::string>{"d'arcy, ciaran"});
    EXPECT_EQ(Found("so proud of d'arcy, kieran today"), std::vector<std::string>{"d'arcy, kieran"});
    EXPECT_TRUE(Found("don't d'arcy's").empty());
}

TEST(PupilNamesTest, FirstNameAloneOrOtherSurnameIsNotAFullName) {
    EXPECT_TRUE(Found("Amara came home buzzing").empty());
    EXPECT_TRUE(Found("Amara Smith and Okafor family").empty());
    EXPECT_TRUE(Found("").empty());
}

TEST(PupilNamesTest, EmptyAndShortNamesAreIgnored) {
    PupilNameIndex index({{"", "Okafor", "", ""}, {"A", "B", "", ""}});
    EXPECT_TRUE(index.empty());
}

}  // namespace
}  // namespace steward::screening
