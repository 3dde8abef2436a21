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


std::vector<std::string> FoundWith(std::string_view text, const SchoolContacts& contacts) {
    std::vector<std::string> out;
    for (const Finding& f : Default().FindPersonalData(text, contacts)) out.push_back(f.rule_id + ":" + f.matched);
    return out;
}

// Req: PST-09
TEST(PersonalDataTest, EmailsWrittenWithWordsForAtAndDotAreFound) {
    EXPECT_EQ(Found("my email is jodie x at gmail dot com if anyone wants to swap"),
              V{"pd/email_obfuscated:x at gmail dot com"});
    EXPECT_EQ(Found("message kaz.p[at]hotmail[dot]co[dot]uk"), V{"pd/email_obfuscated:kaz.p[at]hotmail[dot]co[dot]uk"});
    EXPECT_EQ(Found("sam_b (at) outlook (dot) com thanks"), V{"pd/email_obfuscated:sam_b (at) outlook (dot) com"});
    EXPECT_EQ(Found("email me: dan77 @ gmail . com"), V{"pd/email_obfuscated:dan77 @ gmail . com"});
    EXPECT_EQ(Found("EMAIL ME JENNY.B AT YAHOO DOT CO DOT UK"), V{"pd/email_obfuscated:JENNY.B AT YAHOO DOT CO DOT UK"});
    EXPECT_EQ(Found("it's lee.m {at} btinternet {dot} com"), V{"pd/email_obfuscated:lee.m {at} btinternet {dot} com"});
    EXPECT_EQ(Found("drop me a line: tina@gmail dot com"), V{"pd/email_obfuscated:tina@gmail dot com"});
    EXPECT_EQ(Found("write to paul at hotmail.co.uk"), V{"pd/email_obfuscated:paul at hotmail.co.uk"});
    EXPECT_EQ(Found("mail bev at bevsplace dot co dot uk"), V{"pd/email_obfuscated:bev at bevsplace dot co dot uk"});
    EXPECT_EQ(Found("to claire (dot) booth (at) gmail (dot) com x"),
              V{"pd/email_obfuscated:claire (dot) booth (at) gmail (dot) com"});
    EXPECT_EQ(Found("email jo dot smith at gmail dot com"), V{"pd/email_obfuscated:jo dot smith at gmail dot com"});
    EXPECT_EQ(Found("add me, jodie_x at hotmail"), V{"pd/email_obfuscated:jodie_x at hotmail"});
    // Any web top-level domain the link rule knows ends an address too (one list: kWebTopLevelDomains).
    EXPECT_EQ(Found("orders to kim (at) kimsbakes (dot) shop"), V{"pd/email_obfuscated:kim (at) kimsbakes (dot) shop"});
    // The ordinary form is still found once, by the plain rule.
    EXPECT_EQ(Found("email gemma_22@icloud.com"), V{"pd/email:gemma_22@icloud.com"});
}

// Req: PST-09
TEST(PersonalDataTest, OrdinarySentencesWithAtAndDotAreNotEmails) {
    EXPECT_EQ(Found("meet at the gate dot on 3"), V{});
    EXPECT_EQ(Found("I'm at school until 4"), V{});
    EXPECT_EQ(Found("look at this dot com boom nonsense"), V{});
    EXPECT_EQ(Found("call me at 3 if you can"), V{});
    EXPECT_EQ(Found("she's at gmail now, working in london"), V{});
    EXPECT_EQ(Found("my brother is with Dad at Sky now"), V{});
    EXPECT_EQ(Found("use code SCHOOL50 at freshbox.co.uk"), V{});  // a web site, not an address
    EXPECT_EQ(Found("we're @ the park . come along"), V{});
    EXPECT_EQ(Found("polka dot dress day at school . com on"), V{});
    EXPECT_EQ(Found("pick up at the office (dot) matrix printer"), V{});
}

// Req: PST-09
TEST(PersonalDataTest, SchoolEmailWrittenWithWordsIsStillTheSchools) {
    SchoolContacts school;
    school.emails = {"office@brookfield.bristol.sch.uk"};
    EXPECT_EQ(FoundWith("email office at brookfield dot bristol dot sch dot uk", school), V{});
    EXPECT_EQ(FoundWith("email office [at] brookfield [dot] bristol [dot] sch [dot] uk", school), V{});
    EXPECT_EQ(FoundWith("email OFFICE @ BROOKFIELD . BRISTOL . SCH . UK", school), V{});
    EXPECT_EQ(FoundWith("email jo at brookfield dot bristol dot sch dot uk", school),
              V{"pd/email_obfuscated:jo at brookfield dot bristol dot sch dot uk"});
}

// Req: PST-09
TEST(PersonalDataTest, PhoneNumbersWithSeparatorsOrWordsAreFound) {
    EXPECT_EQ(Found("text 07700 900 123"), V{"pd/uk_phone:07700 900 123"});
    EXPECT_EQ(Found("text 0770-090-0123"), V{"pd/uk_phone:0770-090-0123"});
    EXPECT_EQ(Found("ring +44 (0) 7700 900123"), V{"pd/uk_phone:+44 (0) 7700 900123"});
    EXPECT_EQ(Found("ring 0044 7700 900123"), V{"pd/uk_phone:0044 7700 900123"});
    EXPECT_EQ(Found("text 07700.900.123 x"), V{"pd/uk_phone:07700.900.123"});
    EXPECT_EQ(Found("text 07700/900/123 x"), V{"pd/uk_phone:07700/900/123"});
    EXPECT_EQ(Found("text 0 7 7 0 0 9 0 0 1 2 3 x"), V{"pd/uk_phone:0 7 7 0 0 9 0 0 1 2 3"});
    EXPECT_EQ(Found("oh seven seven double oh nine oh oh one two three"),
              V{"pd/uk_phone_spelled:oh seven seven double oh nine oh oh one two three"});
    EXPECT_EQ(Found("ZERO SEVEN SEVEN ZERO ZERO, NINE ZERO ZERO, ONE TWO THREE"),
              V{"pd/uk_phone_spelled:ZERO SEVEN SEVEN ZERO ZERO, NINE ZERO ZERO, ONE TWO THREE"});
    EXPECT_EQ(Found("O77OO 9OO 123"), V{"pd/uk_phone_spelled:O77OO 9OO 123"});
    EXPECT_EQ(Found("07700 nine hundred one two three"), V{});  // not a digit string: left alone
    EXPECT_EQ(Found("call me at 3, or at half 4"), V{});
    EXPECT_EQ(Found("scored 0 7 and 3 in the last games"), V{});
    EXPECT_EQ(Found("trips on 01/02/2026 05/03/2026 and 07/04/2026"), V{});
}

// Req: PST-09
TEST(PersonalDataTest, PostcodesWithOddSpacingAreFound) {
    EXPECT_EQ(Found("we're at LS1 4AP"), V{"pd/uk_postcode:LS1 4AP"});
    EXPECT_EQ(Found("we're at ls14ap"), V{"pd/uk_postcode:ls14ap"});
    EXPECT_EQ(Found("we're at LS1  4AP"), V{"pd/uk_postcode:LS1  4AP"});
    SchoolContacts school;
    school.postcodes = {"BS15 9QX"};
    EXPECT_EQ(FoundWith("come to bs159qx", school), V{});
    school.phones = {"0117 496 0382"};
    EXPECT_EQ(FoundWith("ring the office on oh one one seven, four nine six, oh three eight two", school), V{});
    EXPECT_EQ(FoundWith("or childline on oh eight hundred", school), V{});
    EXPECT_EQ(FoundWith("ring me on oh one one seven, four nine six, oh three eight three", school),
              V{"pd/uk_phone_spelled:oh one one seven, four nine six, oh three eight three"});
}

// Social handles are not personal data in the labels (testdata/dev/README.md): "add me on snap"
// is a grooming sign (safeguarding) when said to a child, not a contact detail to hide.
TEST(PersonalDataTest, SocialHandlesAreNotPersonalData) {
    EXPECT_EQ(Found("add me on snap: jodie_x"), V{});
    EXPECT_EQ(Found("insta @jodie.x"), V{});
}

// Req: PST-09
TEST(PersonalDataTest, MoreWaysOfHidingContactDetailsAreFound) {
    EXPECT_EQ(Found("jo(at)gmail(dot)com"), V{"pd/email_obfuscated:jo(at)gmail(dot)com"});
    EXPECT_EQ(Found("mail jo [@] gmail [.] com"), V{"pd/email_obfuscated:jo [@] gmail [.] com"});
    EXPECT_EQ(Found("oh seven seven treble oh nine oh one two three"),
              V{"pd/uk_phone_spelled:oh seven seven treble oh nine oh one two three"});
    EXPECT_EQ(Found("text ０７７００ ９００１２３"), V{"pd/uk_phone:０７７００ ９００１２３"});
    EXPECT_EQ(Found("we're at L S 1 4 A P"), V{"pd/uk_postcode:L S 1 4 A P"});
    EXPECT_EQ(Found("text me 07700 900 one two three"), V{"pd/uk_phone_spelled:07700 900 one two three"});
    EXPECT_EQ(Found("ring 07700 nine 0 0 one 2 3"), V{"pd/uk_phone_spelled:07700 nine 0 0 one 2 3"});
    EXPECT_EQ(Found("my num is 077OO 9OO I23"), V{"pd/uk_phone_spelled:077OO 9OO I23"});
    EXPECT_EQ(Found("text 07700 900 I23"), V{"pd/uk_phone_spelled:07700 900 I23"});
    EXPECT_EQ(Found("add me jo@gmail"), V{"pd/email_obfuscated:jo@gmail"});
    EXPECT_EQ(Found("thanks @gmail for nothing"), V{});
    EXPECT_EQ(Found("treble chance, double or nothing, oh well"), V{});
    EXPECT_EQ(Found("0 one two three four, we won 2 nil"), V{});
    EXPECT_EQ(Found("at 0900 one of us will be there, bring 10 oranges"), V{});
}

// Req: PST-09
TEST(PersonalDataTest, BirthdaysBesideOldDatesNorthernStreetsAndLetterOsInPhones) {
    EXPECT_EQ(Found("happy birthday to my boy, 2013-12-24 feels like yesterday"),
              V{"pd/date_of_birth:birthday to my boy, 2013-12-24"});
    EXPECT_EQ(Found("she was born 2014-03-09"), V{"pd/date_of_birth:born 2014-03-09"});
    // A party date is this year's or later: not a date of birth.
    EXPECT_EQ(Found("Happy birthday Mrs Dunn, party on 12/06/2026 at the hall"), V{});
    // A building's birthday: its founding date is nobody's date of birth.
    EXPECT_EQ(Found("happy birthday to the school, opened 1st September 1965"), V{});
    EXPECT_EQ(Found("happy 60th birthday to our library, built 3 May 1965"), V{});
    EXPECT_EQ(Found("lost cat near 17 Chowdene Bank, knock if you see her"),
              V{"pd/street_address:17 Chowdene Bank"});
    EXPECT_EQ(Found("Paid 20 quid into the bank today"), V{});
    ASSERT_EQ(Found("ring me back on 07700 9OO 512").size(), 1u);
    EXPECT_EQ(Found("ring me back on 07700 9OO 512")[0].rfind("pd/uk_phone_spelled:", 0), 0u);
}

}  // namespace
}  // namespace steward::screening
