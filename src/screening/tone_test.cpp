// Caption tone (tone.cpp + data/lexicons/tone.txt): sarcasm, single strong words, neutral phrases
// that share words with criticism, hedged notices, negation and the explanation.
#include "screening/screener.hpp"
#include "screening/screener_for_tests.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace steward::screening {
namespace {

const Screener& Tone() {
    static std::shared_ptr<const Screener> screener = ScreenerWithRepositoryLexicons();
    return *screener;
}

bool Negative(const char* caption) { return Tone().ScoreTone(caption).negative; }

// Req: PST-09
TEST(ToneTest, EyeRollTurnsThePraiseBeforeItIntoBlame) {
    EXPECT_TRUE(Negative("Well done to the Year 7 boys who managed to lose 9-0 today. Truly inspiring stuff. 🙄"));
    EXPECT_TRUE(Negative("Another glorious morning of cars on the zigzags. Brilliant. 🙄"));
    EXPECT_TRUE(Negative("Great parking by the hall again, lovely work /s"));
    // The same praise without the eye-roll is praise.
    EXPECT_FALSE(Negative("Well done to the Year 7 boys who won 9-0 today. Truly inspiring stuff."));
    // An eye-roll about Mondays does not reach back to praise that follows it.
    EXPECT_FALSE(Negative("Monday again 🙄 but a lovely assembly to start the week!"));
}

// Req: PST-09
TEST(ToneTest, OneStrongShamingWordIsEnough) {
    EXPECT_TRUE(Negative("Not sure what the leavers were thinking at assembly. Embarrassing."));
    EXPECT_TRUE(Negative("Despite some shocking refereeing from the other side, we won 3-2!"));
    EXPECT_TRUE(Negative("The parents of the usual suspects should be ashamed."));
    EXPECT_TRUE(Negative("The DJ was as rubbish as ever 😂"));
    EXPECT_TRUE(Negative("The away coach clearly hadn't bothered to teach them the rules."));
    EXPECT_TRUE(Negative("Homework handed in this week: not good enough."));
    EXPECT_TRUE(Negative("Frankly, the state of the cloakroom is getting ridiculous."));
    EXPECT_TRUE(Negative("We are extremely disappointed by the behaviour of a small number of Year 10 pupils."));
}

// Req: PST-09
TEST(ToneTest, SarcasticPraiseOfTheFewBlamesTheRest) {
    EXPECT_TRUE(Negative("Congratulations to the three parents who remembered that PE is on Tuesday 👏"));
    EXPECT_TRUE(Negative("Apparently homework is optional for half of Year 8. Who knew? 🤷"));
    EXPECT_TRUE(Negative("Year 9's 'effort' in the cross-country was something to behold."));
    EXPECT_FALSE(Negative("Congratulations to the two pupils who remembered every line of the play."));
}

// Req: PST-09
TEST(ToneTest, NeutralPhrasesSharingCriticismWordsAreNotNegative) {
    for (const char* caption : {
             "Our Year 2 artists chose shocking pink for their Matisse snails this week 🎨",
             "Reminder: Wednesday is rubbish collection day, so the bins will be moved.",
             "Our embarrassingly easy bake sale recipe: three ingredients and no oven!",
             "Appalling weather for sports day, so everything has moved into the hall.",
             "The rain let us down but the sports day spirit did not. Well done everyone!",
             "Pathetic fallacy was the focus of Year 11's English revision today.",
             "It is unacceptable for anyone to feel unsafe online - join our e-safety evening.",
             "Frankly brilliant Year 8 science fair projects this year 🔬",
             "The football team clearly had a brilliant time at the tournament.",
             "Some of our Year 6 pupils were thrilled to meet the author today.",
             "We were gutted to lose the final 2-1 but so proud of how the team played.",
             "Fractions can be fun, who knew?",
             "Our brilliant bakers sold out in ten minutes 🤦 we should have made more!",
             "A ridiculous amount of fun at the sleepover - ridiculously talented bakers too!"}) {
        EXPECT_FALSE(Negative(caption)) << caption;
    }
}

// Req: PST-09
TEST(ToneTest, HedgedNoticeStaysNeutralButFirmCriticismDoesNot) {
    EXPECT_FALSE(Negative("We are very disappointed that the trip was cancelled due to the storm."));
    EXPECT_FALSE(Negative("Sadly the Year 5 trip has been cancelled. Refunds will follow."));
    EXPECT_TRUE(Negative("Frankly appalling attendance from Year 9 this term."));
}

// Req: PST-09
TEST(ToneTest, NegationTurnsShameIntoReassurance) {
    EXPECT_FALSE(Negative("Nobody should ever feel ashamed to ask for help."));
    EXPECT_FALSE(Negative("Don't be embarrassed to come and talk to us."));
    EXPECT_TRUE(Negative("Nobody should be proud of that. Poor behaviour all round."));
}

TEST(ToneTest, ExplanationNamesTheWordsThatMovedTheScore) {
    ToneScore tone = Tone().ScoreTone("Brilliant. 🙄 Another morning of cars on the zigzags.");
    ASSERT_TRUE(tone.negative);
    std::vector<std::string> spans;
    for (const Finding& f : tone.contributions) spans.push_back(f.rule_id);
    EXPECT_TRUE(std::any_of(spans.begin(), spans.end(), [](const std::string& r) { return r.find("brilliant") != std::string::npos; }));
    EXPECT_TRUE(std::any_of(spans.begin(), spans.end(), [](const std::string& r) { return r.find("marker") != std::string::npos; }));
    // A defused neutral phrase does not show up as a reason.
    EXPECT_TRUE(Tone().ScoreTone("Shocking pink wellies at the welly walk!").contributions.size() <= 1);
}

}  // namespace
}  // namespace steward::screening
