// Tests of the personal-data rules in personal_data.cpp, through Screener::FindPersonalData.
#include <gtest/gtest.h>

#include "screening/screener.hpp"
#include "screening/screener_for_tests.hpp"

namespace steward::screening {
namespace {

const Screener& Default() {
    static std::shared_ptr<const Screener> screener = ScreenerWithRepositoryLexicons();
    return *screener;
}

std::vector<std::string> Found(std::string_view text) {
    std::vector<std::string> out;
    for (const Finding& f : Default().FindPersonalData(text, SchoolContacts{})) {
        out.push_back(f.rule_id + ":" + f.matched);
    }
    return out;
}
using V = std::vector<std::string>;

// Req: PST-09
TEST(PersonalDataTest, YearGroupListsAndRangesAreNotStreetNumbers) {
    EXPECT_EQ(Found("Sunny spells for the Year 9 and 10 DofE walk"), V{});
    EXPECT_EQ(Found("Years 5, 6 & 7 nature walk"), V{});
    EXPECT_EQ(Found("Year 9-10 fun run round the park"), V{});
    EXPECT_EQ(Found("Party at 72 Fern Grove"), V{"pd/street_address:72 Fern Grove"});
    EXPECT_EQ(Found("He lives at Flat 3, 12 Fern Grove"), V{"pd/street_address:12 Fern Grove"});
}

// Req: PST-09
TEST(PersonalDataTest, OrganisationHelplinesAreNotPersonalNumbers) {
    EXPECT_EQ(Found("call the NSPCC helpline on 0808 800 5000 or Childline on 0800 1111"), V{});
    EXPECT_EQ(Found("Samaritans: 116 123; council: 0300 123 4567"), V{});
    EXPECT_EQ(Found("ring her on 07700 900955"), V{"pd/uk_phone:07700 900955"});
    EXPECT_EQ(Found("or at home on 029 2018 0427"), V{"pd/uk_phone:029 2018 0427"});
}

// Req: PST-09
TEST(PersonalDataTest, WelshStreetTypeComesFirst) {
    EXPECT_EQ(Found("The owner lives at Flat 3, 7 Ffordd y Parc, Rhiwbina"),
              V{"pd/street_address:7 Ffordd y Parc"});
    EXPECT_EQ(Found("drop it at 12 Heol Llanishen Fach."),
              V{"pd/street_address:12 Heol Llanishen Fach"});
    EXPECT_EQ(Found("Her house, 4 Lôn y Dderwen is the blue one"),
              V{"pd/street_address:4 Lôn y Dderwen"});
    EXPECT_EQ(Found("Year 3 heol trip"), V{});
}

}  // namespace
}  // namespace steward::screening
