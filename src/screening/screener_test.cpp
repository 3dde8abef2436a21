#include "screening/screener.hpp"
#include "screening/screener_for_tests.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

namespace steward::screening {
namespace {

const Screener& Default() {
    static std::shared_ptr<const Screener> screener = [] {
        ScreenerConfig config;
        config.contacts.phones = {"0117 496 0382"};
        config.contacts.emails = {"office@brookfield.bristol.sch.uk"};
        config.contacts.postcodes = {"BS15 9QX"};
        config.contacts.addresses = {"2 Mill Lane, Kingsmead"};
        config.contacts.websites = {"www.brookfieldacademy.org.uk"};
        config.pupils = {{"Amara", "Okafor", "", ""}, {"Eilidh", "Hall-Osei", "", ""}};
        return ScreenerWithRepositoryLexicons(std::move(config));
    }();
    return *screener;
}

bool Has(const CommentVerdict& v, Category c) {
    return std::find(v.categories.begin(), v.categories.end(), c) != v.categories.end();
}

TEST(ScreenerTest, InnocentSubstringsAreNotOffensive) {
    for (const char* text : {"Scunthorpe Schools FC", "Essex trip", "The PTA cocktail party",
                             "assessment week", "shuttlecock", "Dick Whittington panto",
                             "spotted dick for pudding", "3 great tits and a robin",
                             "why is Uranus tilted?", "Amber Dickson and Ruth Cockburn",
                             "Matt Hancock visited", "Arjun Glasscock", "holly sexton"}) {
        EXPECT_TRUE(Default().FindOffensive(text).empty()) << text;
    }
}

TEST(ScreenerTest, FindsMildAndMaskedProfanity) {
    for (const char* text : {"bloody brilliant", "crap weather", "it was pissing down",
                             "worked their arses off", "f***ing brilliant", "sh1t", "a$$hole",
                             "fuuuuck me", "f u c k i n g hell", "f.u.c.k", "b0llocks", "Piss-poor"}) {
        EXPECT_FALSE(Default().FindOffensive(text).empty()) << text;
    }
}

TEST(ScreenerTest, OffensiveSpanPointsAtTheOriginalBytes) {
    std::string text = "so f u c k i n g good";
    auto found = Default().FindOffensive(text);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].matched, "f u c k i n g");
    EXPECT_EQ(found[0].span, (Span{3, 16}));
}

TEST(ScreenerTest, SchoolContactsAreNotPersonalData) {
    SchoolContacts contacts;
    contacts.phones = {"0117 496 0382"};
    contacts.emails = {"office@brookfield.bristol.sch.uk"};
    contacts.postcodes = {"BS15 9QX"};
    EXPECT_TRUE(Default().FindPersonalData("Call the office on 0117 496 0382 or email "
                                           "office@brookfield.bristol.sch.uk, BS15 9QX", contacts).empty());
    EXPECT_EQ(Default().FindPersonalData("ring Dr Ahmed at home on 0117 496 0436", contacts).size(), 1u);
}

TEST(ScreenerTest, FindsUkPhoneFormats) {
    SchoolContacts none;
    for (const char* text : {"07700 900 955", "07700900084", "+44 7700 900368", "+44 (0)7700 900368",
                             "(0117) 496 0436", "0117.496.0436", "o7700 nine double-oh 286"}) {
        EXPECT_EQ(Default().FindPersonalData(text, none).size(), 1u) << text;
    }
}

TEST(ScreenerTest, FindsEmailPostcodeAddressAndDateOfBirth) {
    SchoolContacts none;
    EXPECT_FALSE(Default().FindPersonalData("email gemma_22@icloud.com", none).empty());
    EXPECT_FALSE(Default().FindPersonalData("who lives in BS15 1DN", none).empty());
    EXPECT_FALSE(Default().FindPersonalData("party at 72 Fern Grove", none).empty());
    EXPECT_FALSE(Default().FindPersonalData("Emyr (born 01/09/2016)", none).empty());
    EXPECT_FALSE(Default().FindPersonalData("her date of birth is 12th January 2018", none).empty());
    EXPECT_TRUE(Default().FindPersonalData("on Friday 18 September at 6pm", none).empty());
}

TEST(ScreenerTest, PupilFullNameIsPersonalDataButFirstNameIsNot) {
    EXPECT_TRUE(Has(Default().ScreenComment("Congratulations Amara Okafor!!"), Category::kPersonalData));
    EXPECT_TRUE(Has(Default().ScreenComment("well done eilidh hall osei"), Category::kPersonalData));
    EXPECT_TRUE(Has(Default().ScreenComment("#WellDoneAmaraOkafor"), Category::kPersonalData));
    EXPECT_TRUE(Has(Default().ScreenComment("Amara came home buzzing"), Category::kOk));
}

TEST(ScreenerTest, HyperboleIsOk) {
    EXPECT_TRUE(Has(Default().ScreenComment("Year 6 absolutely killed it today"), Category::kOk));
    EXPECT_TRUE(Has(Default().ScreenComment("What a knockout performance"), Category::kOk));
}

TEST(ScreenerTest, ComplaintIsNotAnInsult) {
    auto v = Default().ScreenComment(
        "Very disappointed with how the bullying my son reported was handled. Nobody followed up.");
    EXPECT_EQ(v.categories, std::vector<Category>{Category::kComplaint});
    EXPECT_EQ(v.action, Action::kComplaints);
    auto both = Default().ScreenComment("Still no heating in the classrooms. Mr Price is useless.");
    EXPECT_TRUE(Has(both, Category::kComplaint));
    EXPECT_TRUE(Has(both, Category::kInsult));
    EXPECT_EQ(both.action, Action::kComplaints);
}

TEST(ScreenerTest, EscalationPriority) {
    EXPECT_EQ(Default().ScreenComment("my stepdad hits me when mum is out").action, Action::kDsl);
    EXPECT_EQ(Default().ScreenComment("I know where you live. See you soon.").action,
              Action::kRemoveAndEscalate);
    EXPECT_EQ(Default().ScreenComment("What time does the school office close on Fridays?").action,
              Action::kReplyWithin24h);
}

TEST(ScreenerTest, ToneNeutralNoticeIsNotNegative) {
    EXPECT_FALSE(Default().ScoreTone("Sadly, tomorrow's trip has been postponed. We will share a new date.").negative);
    EXPECT_TRUE(Default().ScoreTone("Only 11 pupils remembered their kit. Pathetic effort, everyone.").negative);
    EXPECT_TRUE(Default().ScoreTone("Thanks SO much to whoever left the gate open again 🙄 Really appreciated.").negative);
    EXPECT_GT(Default().ScoreTone("Well done Year 6, so proud of you!").score, 0.3);
}

TEST(ScreenerTest, ToneNegationFlipsAWord) {
    ToneScore tone = Default().ScoreTone("That was not good enough and not great.");
    EXPECT_LT(tone.score, 0.0);
}

TEST(ScreenerTest, ObfuscatedSwearingIsProfanityWhateverElseTheCommentIs) {
    for (const char* text : {"holy sh1t what a goal", "fuuuck me it's cold", "brilliant f.u.c.k.i.n.g news",
                             "my kids are f*cking obsessed", "$hit hot performance"}) {
        EXPECT_TRUE(Has(Default().ScreenComment(text), Category::kProfanity)) << text;
    }
    auto v = Default().ScreenComment("Dr Ahmed is a d1ckhead");
    EXPECT_TRUE(Has(v, Category::kProfanity));
    EXPECT_TRUE(Has(v, Category::kInsult));
    EXPECT_FALSE(Has(Default().ScreenComment("cried like a b*tch at the leavers assembly"), Category::kInsult));
}

TEST(ScreenerTest, RoutesSevereCategories) {
    auto hate = Default().ScreenComment("Honestly Somali kids are always the ones causing trouble");
    EXPECT_TRUE(Has(hate, Category::kHate));
    EXPECT_EQ(hate.action, Action::kRemoveAndEscalate);
    auto grooming = Default().ScreenComment("hey u're so mature for your age, add me on snap x");
    EXPECT_EQ(grooming.categories, std::vector<Category>{Category::kSafeguarding});
    auto sexual_pupil = Default().ScreenComment("sixth form girls looking fit 🥵");
    EXPECT_TRUE(Has(sexual_pupil, Category::kSexual));
    EXPECT_TRUE(Has(sexual_pupil, Category::kSafeguarding));
    EXPECT_EQ(sexual_pupil.action, Action::kDsl);
    auto spam = Default().ScreenComment("Make money online with my FREE course tinyurl.com/x1");
    EXPECT_EQ(spam.categories, std::vector<Category>{Category::kSpam});
    EXPECT_TRUE(Has(Default().ScreenComment("Visit www.brookfieldacademy.org.uk for the letter"), Category::kOk));
}

TEST(ScreenerTest, QuestionsNeedARealRequest) {
    EXPECT_TRUE(Has(Default().ScreenComment("Anyone lost a phone? Found one outside, call 07700 900262"),
                    Category::kPersonalData));
    EXPECT_FALSE(Has(Default().ScreenComment("Anyone lost a phone? Found one by the gate"), Category::kQuestion));
    EXPECT_FALSE(Has(Default().ScreenComment("my son scored?? amazing"), Category::kQuestion));
    auto both = Default().ScreenComment(
        "Still no heating in the mobile classrooms. The kids are sitting in coats. What's the new date?");
    EXPECT_TRUE(Has(both, Category::kComplaint));
    EXPECT_TRUE(Has(both, Category::kQuestion));
    EXPECT_EQ(both.action, Action::kComplaints);
}

TEST(ScreenerTest, CaptionPersonalDataLeavesNamesToThePostsCheckAndIgnoresProse) {
    SchoolContacts none;
    EXPECT_TRUE(Default().FindPersonalData("Well done Amara Okafor!", none).empty());
    EXPECT_TRUE(Default().FindPersonalData("Year 4 trip to Ashton Court", none).empty());
    EXPECT_TRUE(Default().FindPersonalData("Reception to Year 11 take place on Friday", none).empty());
    auto found = Default().FindPersonalData("Cards can be posted to 98 Hill View, Kingsmead, BS5 1WW.", none);
    EXPECT_EQ(found.size(), 2u);
}

TEST(ScreenerTest, HolderSwapsInANewScreenerAndKeepsTheOldOneOnError) {
    ScreenerConfig config;
    config.lexicon = *ParseLexicon("@version 1\n@kind profanity\nblimey\n", "mini.txt");
    auto first = Screener::Create(config);
    ASSERT_TRUE(first.has_value());
    ScreenerHolder holder(*first);
    EXPECT_FALSE(holder.Get()->FindOffensive("blimey").empty());
    ScreenerConfig broken;
    broken.lexicon = *ParseLexicon("@kind profanity\nre: (unclosed\n", "broken.txt");
    auto status = holder.Reload(broken);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().where, "broken.txt:2");
    EXPECT_FALSE(holder.Get()->FindOffensive("blimey").empty());
    config.allow = {"blimey"};
    ASSERT_TRUE(holder.Reload(config).has_value());
    EXPECT_TRUE(holder.Get()->FindOffensive("blimey").empty());
}

TEST(ScreenerTest, BadInputIsScreenedNotCrashed) {
    std::string nasty("a\xff\xfe\0sh1t\xc3", 10);
    EXPECT_TRUE(Has(Default().ScreenComment(nasty), Category::kProfanity));
    EXPECT_TRUE(Has(Default().ScreenComment(""), Category::kOk));
    std::string big(1 << 20, 'a');
    EXPECT_TRUE(Has(Default().ScreenComment(big), Category::kOk));
}

}  // namespace
}  // namespace steward::screening
