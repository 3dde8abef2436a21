#include "screening/lexicon.hpp"

#include <gtest/gtest.h>

#include "screening/pattern_db.hpp"

namespace steward::screening {
namespace {

TEST(LexiconTest, ParsesDirectivesTagsEndingsAndRegexes) {
    auto parsed = ParseLexicon(
        "# comment\n@version 7\n@kind profanity\n@severity low\n[mild]\ncrap/s,py\nfuck*  # any ending\n"
        "re: \\bbloody hell\\b !high\n",
        "test.txt");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().ToString();
    ASSERT_EQ(parsed->size(), 3u);
    const LexiconEntry& crap = (*parsed)[0];
    EXPECT_EQ(crap.kind, "profanity");
    EXPECT_EQ(crap.tag, "mild");
    EXPECT_EQ(crap.version, "7");
    EXPECT_EQ(crap.source, "test.txt:6");
    EXPECT_TRUE(WordEndingAllowed(crap, "py"));
    EXPECT_FALSE(WordEndingAllowed(crap, "ping"));
    EXPECT_TRUE((*parsed)[1].any_suffix);
    EXPECT_TRUE((*parsed)[2].is_regex);
    EXPECT_EQ((*parsed)[2].severity, Severity::kHigh);
}

TEST(LexiconTest, DefaultEndingsRejectInnocentWords) {
    auto parsed = ParseLexicon("@kind profanity\ncock/s\ndick\n", "t.txt");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_TRUE(WordEndingAllowed((*parsed)[0], "s"));
    EXPECT_FALSE(WordEndingAllowed((*parsed)[0], "tail"));   // cocktail
    EXPECT_FALSE(WordEndingAllowed((*parsed)[0], "burn"));   // Cockburn
    EXPECT_FALSE(WordEndingAllowed((*parsed)[1], "son"));    // Dickson
    EXPECT_TRUE(WordEndingAllowed((*parsed)[1], "s"));
}

TEST(LexiconTest, ErrorsNameTheFileAndLine) {
    auto no_kind = ParseLexicon("fuck\n", "a.txt");
    ASSERT_FALSE(no_kind.has_value());
    EXPECT_EQ(no_kind.error().where, "a.txt:1");
    auto bad_severity = ParseLexicon("@kind x\n@severity extreme\n", "b.txt");
    ASSERT_FALSE(bad_severity.has_value());
    EXPECT_EQ(bad_severity.error().where, "b.txt:2");
    EXPECT_FALSE(ParseLexicon("@colour red\n", "c.txt").has_value());
    EXPECT_FALSE(LoadLexiconDir("/nonexistent/lexicons").has_value());
}

TEST(LexiconTest, WordRegexToleratesLeetAndMasksButNotRepeatsOfTheFirstLetter) {
    auto parsed = ParseLexicon("@kind profanity\nshit\n", "t.txt");
    ASSERT_TRUE(parsed.has_value());
    auto db = PatternDb::Compile({PatternSpec{EntryRegex((*parsed)[0]), 0}});
    ASSERT_TRUE(db.has_value());
    for (const char* text : {"shit", "sh1t", "$hit", "sh*t", "5hit"}) {
        std::vector<Match> matches;
        ASSERT_TRUE((*db)->Scan(text, matches).has_value());
        EXPECT_FALSE(matches.empty()) << text;
    }
    std::vector<Match> none;
    ASSERT_TRUE((*db)->Scan("*hit shot", none).has_value());
    EXPECT_TRUE(none.empty());
}

TEST(LexiconTest, StripsWordBoundariesForPostMatchChecks) {
    bool lead = false, trail = false;
    EXPECT_EQ(StripWordBoundaries("\\bi'?ll kill\\b", &lead, &trail), "i'?ll kill");
    EXPECT_TRUE(lead);
    EXPECT_TRUE(trail);
    EXPECT_EQ(StripWordBoundaries("a\\bb\\\\b", &lead, &trail), "ab\\\\b");
    EXPECT_FALSE(lead);
}

TEST(LexiconTest, ShippedLexiconsLoadAndCarryVersions) {
    auto all = LoadLexiconDir(std::string(STEWARD_SOURCE_DIR) + "/data/lexicons");
    ASSERT_TRUE(all.has_value()) << all.error().ToString();
    EXPECT_GT(all->size(), 400u);
    for (const LexiconEntry& e : *all) EXPECT_FALSE(e.version.empty()) << e.source;
}

}  // namespace
}  // namespace steward::screening
