// Staff named in comments, and insults aimed at them (issue 3, REQUIREMENTS MON).
#include "screening/staff_names.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "screening/builtin_lexicons.hpp"

namespace steward::screening {
namespace {

// A screener on the built-in lexicons with these staff and pupils, or nullptr (the failure is
// reported as a test failure).
std::shared_ptr<const Screener> MakeScreener(std::vector<PersonName> staff, std::vector<PersonName> pupils = {}) {
    ScreenerConfig config;
    auto lexicon = LoadBuiltinLexicons();
    EXPECT_TRUE(lexicon.has_value());
    if (!lexicon.has_value()) return nullptr;
    config.lexicon = *lexicon;
    config.staff = std::move(staff);
    config.pupils = std::move(pupils);
    auto created = Screener::Create(config);
    EXPECT_TRUE(created.has_value()) << created.error().ToString();
    return created.has_value() ? *created : nullptr;
}

const Screener& WithStaff() {
    static std::shared_ptr<const Screener> screener =
        MakeScreener({{"Nisha", "Patel", "", "Mrs"}, {"Gareth", "Hughes", "", "Mr"},
                      {"Bethan", "Evans", "", "Miss"}, {"Funke", "Adeyinka-Cole", "", "Ms"}},
                     {{"Amara", "Okafor", "", ""}});
    return *screener;
}

// The staff mentions `index` finds in `text`, as written; "?" marks a title + an unlisted name.
std::vector<std::string> Mentions(const StaffIndex& index, const std::string& text) {
    NormalizedText norm = Normalize(text);
    std::vector<std::string> out;
    for (const StaffMention& m : index.Find(norm, text)) {
        Span s = norm.ToOriginal(m.from, m.to);
        out.push_back(text.substr(s.begin, s.end - s.begin) + (m.listed ? "" : "?"));
    }
    return out;
}

std::vector<std::string> Mentions(const std::string& text) {
    static const StaffIndex index({{"Nisha", "Patel", "", "Mrs"}, {"Bethan", "Evans", "", "Miss"},
                                   {"Funke", "Adeyinka-Cole", "", "Ms"}});
    return Mentions(index, text);
}

const Finding* RuleFinding(const CommentVerdict& v, std::string_view rule) {
    auto it = std::find_if(v.findings.begin(), v.findings.end(), [&](const Finding& f) { return f.rule_id == rule; });
    return it == v.findings.end() ? nullptr : &*it;
}

bool IsInsult(const CommentVerdict& v) {
    return std::find(v.categories.begin(), v.categories.end(), Category::kInsult) != v.categories.end();
}

TEST(StaffIndexTest, FindsStaffByTitleNameInitialAndFullName) {
    EXPECT_EQ(Mentions("Mrs Patel said"), std::vector<std::string>{"Mrs Patel"});
    EXPECT_EQ(Mentions("ask mrs. patel"), std::vector<std::string>{"mrs. patel"});
    EXPECT_EQ(Mentions("Thanks Mrs Nisha Patel!"), std::vector<std::string>{"Mrs Nisha Patel"});
    EXPECT_EQ(Mentions("Nisha Patel was there"), std::vector<std::string>{"Nisha Patel"});
    EXPECT_EQ(Mentions("Mr P again"), std::vector<std::string>{"Mr P"});
    EXPECT_EQ(Mentions("Miss Bethan and Ms Adeyinka-Cole"), (std::vector<std::string>{"Miss Bethan", "Ms Adeyinka-Cole"}));
    EXPECT_EQ(Mentions("Mr King is new"), std::vector<std::string>{"Mr King?"});  // not on the list
}

TEST(StaffIndexTest, IgnoresTitlesThatAreNotNamesAndSurnamesAlone) {
    EXPECT_TRUE(Mentions("I miss the bus and I miss you").empty());
    EXPECT_TRUE(Mentions("miss my stepdad hits me").empty());
    EXPECT_TRUE(Mentions("Patel and Evans came").empty());
    EXPECT_TRUE(Mentions("Mr and the rest").empty());
}

TEST(StaffIndexTest, ANameWithAnApostropheIsFoundWithItDroppedOrSpaced) {
    const StaffIndex index({{"Sean", "O'Hare", "", "Mr"}, {"D'Arcy", "Quinn", "", "Ms"}});
    auto mentions = [&](const std::string& text) { return Mentions(index, text); };
    EXPECT_EQ(mentions("Mr O'Hare said"), std::vector<std::string>{"Mr O'Hare"});
    EXPECT_EQ(mentions("Mr O\u2019Hare said"), std::vector<std::string>{"Mr O\u2019Hare"});
    EXPECT_EQ(mentions("mr ohare said"), std::vector<std::string>{"mr ohare"});
    EXPECT_EQ(mentions("mr o hare said"), std::vector<std::string>{"mr o hare"});
    EXPECT_EQ(mentions("Sean O Hare said"), std::vector<std::string>{"Sean O Hare"});
    EXPECT_EQ(mentions("Sean OHare said"), std::vector<std::string>{"Sean OHare"});
    EXPECT_EQ(mentions("Darcy Quinn said"), std::vector<std::string>{"Darcy Quinn"});
    EXPECT_EQ(mentions("Miss Darcy said"), std::vector<std::string>{"Miss Darcy"});
}

TEST(StaffTargetingTest, InsultAtAnApostropheSurnameWrittenWithoutItTargetsStaff) {
    std::shared_ptr<const Screener> screener = MakeScreener({{"Sean", "O'Hare", "", "Mr"}});
    ASSERT_NE(screener, nullptr);
    for (const std::string text : {"mr o hare is rude", "Mr OHare is rude", "Mr O'Hare is rude"}) {
        CommentVerdict v = screener->ScreenComment(text);
        EXPECT_TRUE(IsInsult(v)) << text;
        EXPECT_NE(RuleFinding(v, "insult/targets_staff"), nullptr) << text;
    }
}

// Req: INC-12 (cyberbullying is routed by target: the finding says the target is staff)
TEST(StaffTargetingTest, InsultingANamedTeacherIsAnInsultTargetedAtStaff) {
    CommentVerdict v = WithStaff().ScreenComment("Mrs Patel is hopeless");
    EXPECT_TRUE(IsInsult(v));
    const Finding* target = RuleFinding(v, "insult/targets_staff");
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->matched, "Mrs Patel");
    EXPECT_EQ(target->span, (Span{0, 9}));
    EXPECT_NE(RuleFinding(v, "person_insult/hopeless"), nullptr);

    v = WithStaff().ScreenComment("Honestly Gareth Hughes was so rude to my son.");
    EXPECT_TRUE(IsInsult(v));
    ASSERT_NE(RuleFinding(v, "insult/targets_staff"), nullptr);
    EXPECT_EQ(RuleFinding(v, "insult/targets_staff")->matched, "Gareth Hughes");
}

TEST(StaffTargetingTest, ATitledNameNotOnTheListIsANamedAdult) {
    CommentVerdict v = WithStaff().ScreenComment("Mr King is useless");
    EXPECT_TRUE(IsInsult(v));
    const Finding* target = RuleFinding(v, "insult/targets_named_adult");
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->matched, "Mr King");
    EXPECT_LT(target->confidence, 1.0);
    EXPECT_TRUE(IsInsult(WithStaff().ScreenComment("mr king is so arrogant")));
}

TEST(StaffTargetingTest, InsultInTheSameSentenceAsTheNameTargetsThem) {
    CommentVerdict v = WithStaff().ScreenComment("Honestly Miss Evans you are a disgrace to the profession");
    ASSERT_NE(RuleFinding(v, "insult/targets_staff"), nullptr);
    EXPECT_EQ(RuleFinding(v, "insult/targets_staff")->matched, "Miss Evans");
    v = WithStaff().ScreenComment("Thank you Mr Hughes. My son is useless at maths");  // other sentence
    EXPECT_EQ(RuleFinding(v, "insult/targets_staff"), nullptr);
}

TEST(StaffTargetingTest, PersonInsultWordsAloneOrPraiseAreNotInsults) {
    for (const char* text : {"a hopeless situation with the car park", "Thank you Mrs Patel, never rude",
                             "Mr Hughes said it was rude of them to leave", "Mrs Patel is brilliant",
                             "Mrs Patel is not arrogant at all", "the selfish gene, said Miss Evans"}) {
        CommentVerdict v = WithStaff().ScreenComment(text);
        EXPECT_FALSE(IsInsult(v)) << text;
        EXPECT_EQ(RuleFinding(v, "insult/targets_staff"), nullptr) << text;
    }
}

// The word lexicon is scanned over a leetspeak-canonical view unless the text has a '*' mask,
// then over the text itself: the findings of a text must not depend on which path ran, and the
// per-thread buffers must not carry anything from one comment to the next.
std::string Describe(const CommentVerdict& v, std::size_t limit) {
    std::string out;
    for (const Finding& f : v.findings) {
        if (f.span.end > limit) continue;
        out += f.rule_id + "@" + std::to_string(f.span.begin) + "-" + std::to_string(f.span.end) + " ";
    }
    return out;
}

TEST(ScreenerPathsTest, WordViewAndMaskPathAgreeOnRandomObfuscatedText) {
    const char* words[] = {"fuck", "shit", "bitch", "twat", "idiot", "useless", "great tits", "dick whittington",
                           "bloody hell", "wanker", "piss", "arse", "slut", "kill", "hell", "class", "assessment",
                           "Scunthorpe", "cocktail", "Amara Okafor", "Mrs Patel", "is", "a", "so", "good"};
    const char leet[] = {'4', '@', '8', '3', '1', '!', '|', '0', '5', '$', '7', '9'};
    std::mt19937 rng(3);
    for (int round = 0; round < 400; ++round) {
        std::string text;
        for (int w = 0; w < 6; ++w) {
            std::string word = words[rng() % (sizeof words / sizeof *words)];
            for (char& c : word) {
                if (rng() % 5 == 0) c = leet[rng() % sizeof leet];
            }
            text += (text.empty() ? "" : (rng() % 4 == 0 ? "-" : " ")) + word;
        }
        std::string masked = text + " **";  // a '*' elsewhere sends the words down the mask path
        EXPECT_EQ(Describe(WithStaff().ScreenComment(text), text.size()),
                  Describe(WithStaff().ScreenComment(masked), text.size()))
            << text;
    }
}

TEST(ScreenerPathsTest, SameVerdictsFromTwoThreadsAndInAnyOrder) {
    const std::vector<std::string> texts = {"Mrs Patel is hopeless", "f***ing brilliant 😂", "sh1t",
                                            "Call 07700 900123 or parent@icloud.com", "Amara Okafor's painting",
                                            "Ｆｕｃｋ this", "", std::string(3000, 'a') + " twat"};
    std::vector<std::string> expected;
    for (const auto& t : texts) expected.push_back(Describe(WithStaff().ScreenComment(t), t.size()));
    auto check = [&](int seed) {
        std::mt19937 rng(static_cast<unsigned>(seed));
        for (int i = 0; i < 200; ++i) {
            std::size_t k = rng() % texts.size();
            EXPECT_EQ(Describe(WithStaff().ScreenComment(texts[k]), texts[k].size()), expected[k]) << texts[k];
        }
    };
    std::thread a(check, 1), b(check, 2);
    a.join();
    b.join();
}

}  // namespace
}  // namespace steward::screening
