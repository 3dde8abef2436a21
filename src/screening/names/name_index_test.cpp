#include "screening/names/name_index.hpp"

#include <gtest/gtest.h>

namespace steward::screening {
namespace {

class NameIndexTest : public ::testing::Test {
  protected:
    NameIndex index_{std::vector<RosterName>{
                         {"P1", "Amara", "Okafor", ""},
                         {"P2", "Hope", "Williams", ""},
                         {"P3", "Zoë", "D'Arcy", ""},
                         {"P4", "Hao Ran", "Yip", "Harry"},
                         {"P5", "Eilidh", "Hall-Osei", ""},
                         {"P6", "Summer", "Day", ""},
                         {"P7", "Victor", "Lungu", ""},
                         {"P8", "Tomos", "ap Rhys", ""},
                         {"P9", "Gareth", "Price", ""},
                         {"P10", "Teddy", "Marsh", ""},
                         {"P11", "Hunter", "Gale", ""},
                     },
                     NameContext{{"#LearnGrowHope"}, {{"", "Gareth", "Hughes", ""}}}};

    std::vector<std::string> Find(std::string_view text, std::unordered_set<std::string> tagged = {}) {
        std::vector<std::string> out;
        for (const NameMention& m : index_.FindMentions(text, tagged)) {
            out.push_back(m.person_id + (m.form == MentionForm::kFull ? ":full:" : ":first:") +
                          std::string(text.substr(m.span.begin, m.span.end - m.span.begin)));
        }
        return out;
    }
    using V = std::vector<std::string>;
};

// Req: PST-07
TEST_F(NameIndexTest, FindsFullNamesInEveryWrittenForm) {
    EXPECT_EQ(Find("Well done Amara Okafor!"), V{"P1:full:Amara Okafor"});
    EXPECT_EQ(Find("OKAFOR, Amara (Year 7)"), V{"P1:full:OKAFOR, Amara"});
    EXPECT_EQ(Find("well done amara okafor"), V{"P1:full:amara okafor"});
    EXPECT_EQ(Find("Zoe D’Arcy's painting"), V{"P3:full:Zoe D’Arcy"});
    EXPECT_EQ(Find("ZOE DARCY"), V{"P3:full:ZOE DARCY"});
    EXPECT_EQ(Find("Player: Hao Ran 'Harry' Yip!"), V{"P4:full:Hao Ran 'Harry' Yip"});
    EXPECT_EQ(Find("Harry Yip scored"), V{"P4:full:Harry Yip"});
    EXPECT_EQ(Find("and Eilidh Hall Osei"), V{"P5:full:Eilidh Hall Osei"});
    EXPECT_EQ(Find("AP RHYS, Tomos"), V{"P8:full:AP RHYS, Tomos"});
    EXPECT_EQ(Find("#WellDoneAmaraOkafor"), V{"P1:full:#WellDoneAmaraOkafor"});
    EXPECT_EQ(Find("#amaraokafor"), V{"P1:full:#amaraokafor"});
}

// Req: PST-11
TEST_F(NameIndexTest, FirstNameAloneCountsOnlyForPupilsAskedAbout) {
    EXPECT_EQ(Find("Amara's painting"), V{});
    EXPECT_EQ(Find("Amara's painting", {"P1"}), V{"P1:first:Amara"});
    EXPECT_EQ(Find("Llongyfarchiadau i AMARA!", {"P1"}), V{"P1:first:AMARA"});
    EXPECT_EQ(Find("#WellDoneAmara", {"P1"}), V{"P1:first:Amara"});
    EXPECT_EQ(Find("Well done Zoe and Harry", {"P3", "P4"}), (V{"P3:first:Zoe", "P4:first:Harry"}));
}

// Req: PST-11
TEST_F(NameIndexTest, NamesThatAreWordsNeedNameContext) {
    const std::unordered_set<std::string> tagged = {"P2", "P6", "P7"};
    EXPECT_EQ(Find("We hope you enjoyed it", tagged), V{});
    EXPECT_EQ(Find("The Summer Fair raised £300", tagged), V{});
    EXPECT_EQ(Find("Summer term sports this week", tagged), V{});
    EXPECT_EQ(Find("The Victor Ludorum cup", tagged), V{});
    EXPECT_EQ(Find("Thanks all #LearnGrowHope", tagged), V{});
    EXPECT_EQ(Find("Well done Hope!", tagged), V{"P2:first:Hope"});
    EXPECT_EQ(Find("Hope won the race", tagged), V{"P2:first:Hope"});
    EXPECT_EQ(Find("victor and Eilidh Hall-Osei showed us round", tagged),
              (V{"P7:first:victor", "P5:full:Eilidh Hall-Osei"}));
    EXPECT_EQ(Find("summer day raised £340"), V{"P6:full:summer day"});
}

// Req: PST-11
TEST_F(NameIndexTest, WordNamesInDatesPhrasesAndHashtags) {
    const std::unordered_set<std::string> tagged = {"P2", "P6", "P7"};
    EXPECT_EQ(Find("Concert on 5 Summer at 2pm", tagged), V{});
    EXPECT_EQ(Find("Thank you for your Christmas Hope appeal", tagged), V{});
    EXPECT_EQ(Find("Join us at #SummerFair", tagged), V{});
    EXPECT_EQ(Find("#WellDoneHope", tagged), V{"P2:first:Hope"});
    EXPECT_EQ(Find("Congratulations Hope!", tagged), V{"P2:first:Hope"});
    EXPECT_EQ(Find("Hope, Summer and Victor led the assembly.", tagged),
              (V{"P2:first:Hope", "P6:first:Summer", "P7:first:Victor"}));
    EXPECT_EQ(Find("Da iawn Summer!", tagged), V{"P6:first:Summer"});
    EXPECT_EQ(Find("Mark your diaries: Summer holidays start soon", tagged), V{});
    EXPECT_EQ(Find("Summer is finally here!", tagged), V{});
    EXPECT_EQ(Find("well done hope!", tagged), V{"P2:first:hope"});
    EXPECT_EQ(Find("the sky stayed blue and we hope to mark it", tagged), V{});
    EXPECT_EQ(Find("Summer scored twice.", tagged), V{"P6:first:Summer"});
    EXPECT_EQ(Find("Hope is our star reader.", tagged), V{"P2:first:Hope"});
}

// Req: PST-11
TEST_F(NameIndexTest, WordNameListsAndPossessiveGroupsAreJudgedByTheirItems) {
    const std::unordered_set<std::string> tagged = {"P2", "P6", "P7", "P10", "P11"};
    EXPECT_EQ(Find("Faith, hope and love are our values.", tagged), V{});
    EXPECT_EQ(Find("Year 5's Summer was our top fundraiser!", tagged), V{"P6:first:Summer"});
    EXPECT_EQ(Find("Year 6's Summer concert is on Friday.", tagged), V{});
    EXPECT_EQ(Find("Tickets for 5 Summer go on sale.", tagged), V{});
    EXPECT_EQ(Find("Winners: victor (Year 6) and Eilidh Hall-Osei (Year 2)!", tagged),
              (V{"P7:first:victor", "P5:full:Eilidh Hall-Osei"}));
    EXPECT_EQ(Find("Eilidh Hall-Osei (Y2), victor and friends", tagged),
              (V{"P5:full:Eilidh Hall-Osei", "P7:first:victor"}));
    EXPECT_EQ(Find("we hope (as always) and we wait", tagged), V{});
}

// Req: PST-11
TEST_F(NameIndexTest, EverydayWordNamesAndImperativeCues) {
    const std::unordered_set<std::string> tagged = {"P2", "P10", "P11"};
    EXPECT_EQ(Find("Teddy bears' picnic today. Bring a favourite teddy from home.", tagged), V{});
    EXPECT_EQ(Find("Our Teddy Bears' Picnic", tagged), V{});
    EXPECT_EQ(Find("Teddy scored the winner.", tagged), V{"P10:first:Teddy"});
    EXPECT_EQ(Find("Sponsor Hunter and Hope via the office.", tagged),
              (V{"P11:first:Hunter", "P2:first:Hope"}));
    EXPECT_EQ(Find("Treasure Hunter badges for all!", tagged), V{});
    EXPECT_EQ(Find("\xF0\x9F\x8E\xB6 Hope singing 'Calon Lân' at the concert", tagged), V{"P2:first:Hope"});
    EXPECT_EQ(Find("Hope painting a mural.", tagged), V{"P2:first:Hope"});
    EXPECT_EQ(Find("Teddy making the tea.", tagged), V{"P10:first:Teddy"});
    EXPECT_EQ(Find("Teddy bearing gifts? No: teddy bears.", tagged), V{});
    EXPECT_EQ(Find("Hope building next week.", tagged), V{});
    EXPECT_EQ(Find("Summer reading the lesson list", {"P6"}), V{});
}

// Req: PST-07
TEST_F(NameIndexTest, NicknameInBracketsStillMakesAFullName) {
    EXPECT_EQ(Find("Hao Ran (Harry) Yip - UCAS offer!"), V{"P4:full:Hao Ran (Harry) Yip"});
    EXPECT_EQ(Find("Amara (Year 7) came first"), V{});
}

TEST_F(NameIndexTest, StaffAndTitlesAreNotPupils) {
    EXPECT_EQ(Find("Thank you Mr Gareth Price", {"P9"}), V{});
    EXPECT_EQ(Find("Gareth Hughes is our head of year", {"P9"}), V{});
    EXPECT_EQ(Find("e-mail amara.okafor@example.com", {"P1"}), V{});
}

}  // namespace
}  // namespace steward::screening
