// The model combined with the rules, on hand-written comments that are in no data set.
#include <gtest/gtest.h>

#include <algorithm>

#include "screening/model/comment_model.hpp"
#include "screening/model/comment_model_train.hpp"
#include "screening/screener_for_tests.hpp"

namespace steward::screening {
namespace {

constexpr std::uint32_t Bit(Category c) { return 1u << static_cast<unsigned>(c); }

TEST(CommentModelCombination, SevereAdditionsDropInsultAndComplaintAndHostileDropsQuestion) {
    using model::CombineWithRules;
    EXPECT_EQ(CombineWithRules(Bit(Category::kOk), 0), Bit(Category::kOk));
    EXPECT_EQ(CombineWithRules(Bit(Category::kOk), Bit(Category::kComplaint)), Bit(Category::kComplaint));
    EXPECT_EQ(CombineWithRules(Bit(Category::kComplaint) | Bit(Category::kQuestion), Bit(Category::kThreat)),
              Bit(Category::kThreat));
    EXPECT_EQ(CombineWithRules(Bit(Category::kComplaint), Bit(Category::kSpam)), Bit(Category::kSpam));
    EXPECT_EQ(CombineWithRules(Bit(Category::kQuestion), Bit(Category::kComplaint)),
              Bit(Category::kQuestion) | Bit(Category::kComplaint));
    // The model's question beside an insult is not taken (the classifier wants a separate,
    // insult-free sentence, which only the rules can see); the rules' own question stays.
    EXPECT_EQ(CombineWithRules(Bit(Category::kInsult), Bit(Category::kQuestion)), Bit(Category::kInsult));
    EXPECT_EQ(CombineWithRules(Bit(Category::kInsult) | Bit(Category::kQuestion), Bit(Category::kQuestion)),
              Bit(Category::kInsult) | Bit(Category::kQuestion));
    EXPECT_EQ(CombineWithRules(Bit(Category::kOk), Bit(Category::kQuestion)), Bit(Category::kQuestion));
    // The model's insult over a complaint the rules read is not taken ("the new uniform policy is a
    // joke": the model cannot see at whom); beside the rules' own insult, or alone, it is.
    EXPECT_EQ(CombineWithRules(Bit(Category::kComplaint), Bit(Category::kInsult)), Bit(Category::kComplaint));
    EXPECT_EQ(CombineWithRules(Bit(Category::kComplaint), Bit(Category::kInsult) | Bit(Category::kHate)),
              Bit(Category::kHate));
    EXPECT_EQ(CombineWithRules(Bit(Category::kOk), Bit(Category::kInsult)), Bit(Category::kInsult));
}

std::vector<std::string> Categories(const Screener& screener, std::string_view text) {
    std::vector<std::string> out;
    for (Category c : screener.ScreenComment(text).categories) out.emplace_back(CategoryName(c));
    return out;
}

// Checks that the rules alone call `text` ok and that with the model it is `want`, each category
// explained by one model/<category> finding (no phrase rule fired). Returns the verdict.
CommentVerdict OnlyTheModelAdds(const Screener& screener, const std::string& text, const std::vector<std::string>& want) {
    model::EnableBuiltinCommentModel(false);
    EXPECT_EQ(Categories(screener, text), std::vector<std::string>{"ok"}) << "rules alone: " << text;
    model::EnableBuiltinCommentModel(true);
    EXPECT_EQ(Categories(screener, text), want) << text;
    CommentVerdict verdict = screener.ScreenComment(text);
    std::vector<std::string> ids;
    for (const Finding& f : verdict.findings) ids.push_back(f.rule_id);
    for (const std::string& c : want) EXPECT_EQ(std::count(ids.begin(), ids.end(), "model/" + c), 1) << text;
    return verdict;
}

// Hand-written for this test (in no data set). The rules alone miss these; the committed model
// adds the category. If a retrained model stops doing so, read the new figures before changing
// the expectation.
TEST(CommentModelCombination, TheModelAddsWhatTheRulesMissOnUnseenLines) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
        {"Get paid to post on Instagram, DM me to find out how \xF0\x9F\x92\xB8", {"spam"}},
        {"Win a free family holiday, just like, share and tag two friends!", {"spam"}},
        {"Hi lovely, I saw your profile, we are looking for mums to join our team, DM me", {"spam"}},
    };
    for (const auto& [text, want] : cases) {
        const CommentVerdict verdict = OnlyTheModelAdds(*screener, text, want);
        ASSERT_EQ(verdict.findings.size(), 1u) << text;
        EXPECT_EQ(verdict.findings[0].span, (Span{0, 0}));  // no phrase: an empty span
    }
}

// Hand-written (in no data set): hate with no slur and no hate cue the rules know. Since session
// 9 the model may add hate (trained also on the reported probe holdouts); the action is then the
// hate route, and a model/hate finding says it was the model's call.
TEST(CommentModelCombination, TheModelAddsHateTheRulesMissAndItsFindingSaysSo) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    for (const char* text : {"those travellers' kids should go to their own school, not ours",
                             // (was "All these foreign families taking our school places", which
                             // the rules read since session 16 made "foreign families" a group)
                             "send the immigrant kids to a different school, not ours"}) {
        model::EnableBuiltinCommentModel(false);
        EXPECT_EQ(Categories(*screener, text), std::vector<std::string>{"ok"}) << "rules alone: " << text;
        model::EnableBuiltinCommentModel(true);
        CommentVerdict verdict = screener->ScreenComment(text);
        EXPECT_EQ(Categories(*screener, text), std::vector<std::string>{"hate"}) << text;
        EXPECT_EQ(verdict.action, Action::kRemoveAndEscalate) << text;
        std::vector<std::string> rules;
        for (const Finding& f : verdict.findings) rules.push_back(f.rule_id);
        EXPECT_EQ(std::count(rules.begin(), rules.end(), "model/hate"), 1) << text;
    }
    // Groups named kindly stay ok with the model on.
    for (const char* text : {"Our new Muslim head teacher led a lovely Eid assembly",
                             "the travellers site on the old road has been cleared",
                             "two dads at the nativity, lovely to see",
                             "our polish families brought in amazing food for the international evening"}) {
        EXPECT_EQ(Categories(*screener, text), std::vector<std::string>{"ok"}) << text;
    }
}

// Hand-written (in no data set): threats with no violence word, disclosures and grooming with no
// word the rules know, and a sexual remark about pupils. Since session 10 the model may add threat,
// safeguarding and sexual (innocent.txt trained on as "no category"; testdata/probe/RESULTS.md);
// the action follows and a model/<category> finding says it was the model's call. (A third threat,
// "I won't be responsible for what I do to that dinner lady if she touches my son again", fell
// below the threshold when round 12 joined the training: threat 0.77 -> 0.83.)
TEST(CommentModelCombination, TheModelAddsSevereCategoriesTheRulesMiss) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
        {"that new PE teacher better watch himself walking to his car after what he did to my lad", {"threat"}},
        {"tell the lad who grassed we know his bus stop and we'll be there friday", {"threat"}},
        {"she told her friend her stepdad makes her sleep in the shed when her mum's at work", {"safeguarding"}},
        {"he keeps asking the year 8 girls to get in his van after school and offers them cigs", {"safeguarding"}},
        {"the girls in the year 9 swimming gala pics are looking very grown up \xF0\x9F\x98\x8D send more",
         {"sexual", "safeguarding"}},
    };
    for (const auto& [text, want] : cases) {
        const CommentVerdict verdict = OnlyTheModelAdds(*screener, text, want);
        EXPECT_EQ(verdict.action, want[0] == "threat" ? Action::kRemoveAndEscalate : Action::kDsl) << text;
    }
}

// Hand-written (in no data set): insults in words the rules do not know. Since session 11 the model
// may add insult (TrainOptions::floor_insult 0.8, names out of every feature); the action stays
// none (an insult alone is hidden by the moderator, not routed) and a model/insult finding says so.
// The same words aimed at no one stay ok. (Trained with rounds 1 to 14 the model read "our hamster
// is a sly little thing" as an insult; it cannot tell a pet from a person, so a retrain may again.)
TEST(CommentModelCombination, TheModelAddsInsultsTheRulesMiss) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    for (const char* text : {"that maths teacher is a smug little weasel and everyone knows it",
                             "the year 6 teacher is a stuck up snob who looks down on every parent",
                             "the caretaker is an absolute wet lettuce"}) {
        const CommentVerdict verdict = OnlyTheModelAdds(*screener, text, {"insult"});
        EXPECT_EQ(verdict.action, Action::kNone) << text;
    }
    for (const char* text : {"the jellyfish at the aquarium trip were amazing", "our hamster is a sly little thing",
                             "Mr King is new", "Ms Green is the new head of year 9"}) {
        EXPECT_EQ(Categories(*screener, text), std::vector<std::string>{"ok"}) << text;
    }
}

TEST(CommentModelCombination, InnocentLinesStayOkAndRuleCategoriesStay) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    model::EnableBuiltinCommentModel(true);
    for (const char* text : {"The Year 3 nativity was a triumph, thank you", "Lovely to see the new benches in the playground",
                             "Thanks for the reminder about the trip money", "Mr King is new",
                             "Ms Green is the new head of year 9"}) {
        EXPECT_EQ(Categories(*screener, text), std::vector<std::string>{"ok"}) << text;
    }
    EXPECT_EQ(Categories(*screener, "Is the library open during the Easter holidays?"), std::vector<std::string>{"question"});
    EXPECT_EQ(Categories(*screener, "The new caretaker is a total muppet"), std::vector<std::string>{"insult"});
}

// Hand-written. The rules set spam here (a link) but no finding says spam: the model's spam vote
// adds the model/spam finding that explains it. The third line has a spam finding of its own.
TEST(CommentModelCombination, AModelFindingExplainsARuleCategoryWithNoFindingOfItsOwn) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    auto ids = [&](std::string_view text) {
        std::vector<std::string> out;
        for (const Finding& f : screener->ScreenComment(text).findings) out.push_back(f.rule_id);
        return out;
    };
    for (const char* text : {"Lonely tonight? \xF0\x9F\x8D\x91 see my private pics at hotpics-now.biz \xF0\x9F\x92\x8B",
                             "Bored? see my private pics at cheap-pics.shop"}) {
        model::EnableBuiltinCommentModel(false);
        EXPECT_EQ(Categories(*screener, text), (std::vector<std::string>{"sexual", "spam"})) << text;
        const std::vector<std::string> rules = ids(text);
        EXPECT_EQ(std::count(rules.begin(), rules.end(), "model/spam"), 0) << text;
        model::EnableBuiltinCommentModel(true);
        const std::vector<std::string> with_model = ids(text);
        EXPECT_EQ(std::count(with_model.begin(), with_model.end(), "model/spam"), 1) << text;
        EXPECT_EQ(with_model.size(), rules.size() + 1) << text;
    }
    const std::vector<std::string> explained = ids("Singles near you want to meet \xF0\x9F\x91\x89 meetme-now.club");
    EXPECT_EQ(std::count(explained.begin(), explained.end(), "model/spam"), 0);
}

// Hard negatives written for this test: a protected group named kindly or neutrally, with words
// the hateful lines use ("stop", "disgusting", "finished", "teaching our kids"), and staff named.
TEST(CommentModelCombination, GroupsNamedInnocentlyAndStaffMentionsStayAsTheRulesSay) {
    auto screener = ScreenerWithRepositoryLexicons();
    ASSERT_NE(screener, nullptr);
    for (const char* text : {"Disgusting that the Jewish families got abuse at the gate, well done the school for acting fast",
                             "Our Muslim neighbours were so kind when my mum was ill",
                             "Keep the trans flag up in the library, the kids love it",
                             "Teaching our kids about other faiths is the best thing this school does",
                             "The refugee family who joined Year 2 are settling in well",
                             "Our Polish families cooked a wonderful feast for the international evening",
                             "Mr Khan is finished with marking, reports go out Friday",
                             "Mr Okafor is taking the football team to the final",
                             "Miss Lewis is our new SENCo, welcome!"}) {
        model::EnableBuiltinCommentModel(false);
        const std::vector<std::string> rules = Categories(*screener, text);
        model::EnableBuiltinCommentModel(true);
        EXPECT_EQ(Categories(*screener, text), rules) << text;
        EXPECT_EQ(rules, std::vector<std::string>{"ok"}) << text;
    }
    // A parent asking the school to stop weeks of bullying: the model may read a complaint (it
    // does since round 16 joined its training), but the group named makes it neither hate nor insult.
    const std::vector<std::string> bullying = Categories(*screener, "Stop the bullying of the gay kids in Year 9, it's been going on for weeks");
    for (const char* hostile : {"hate", "insult", "threat"}) EXPECT_EQ(std::count(bullying.begin(), bullying.end(), hostile), 0) << hostile;
}

}  // namespace
}  // namespace steward::screening
