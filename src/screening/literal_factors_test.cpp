#include "screening/literal_factors.hpp"

#include <gtest/gtest.h>

namespace steward::screening {
namespace {

using Strings = std::vector<std::string>;

TEST(LiteralFactors, ExactStringsExpandClassesAndOptionalParts) {
    EXPECT_EQ(ExactStrings("sh[i1\\|]t"), (Strings{"sh1t", "shit", "sh|t"}));
    EXPECT_EQ(ExactStrings("don'?t"), (Strings{"don't", "dont"}));
    EXPECT_EQ(ExactStrings("sort (?:this|it) out"), (Strings{"sort it out", "sort this out"}));
}

TEST(LiteralFactors, ExactStringsRefuseRepeatsEmptyMatchesAndTooManyStrings) {
    EXPECT_TRUE(ExactStrings("a+").empty());
    EXPECT_TRUE(ExactStrings("(?:\\S+ ){0,4}since").empty());
    EXPECT_TRUE(ExactStrings("a?").empty());  // can match ""
    // Anchors: the strings alone would match anywhere, so an anchored regex stays a regex.
    EXPECT_TRUE(ExactStrings("\\bzork quux$").empty());
    EXPECT_TRUE(ExactStrings("(?:^|\\s)/s").empty());
    EXPECT_EQ(ExactStrings("[a^]b"), (Strings{"^b", "ab"}));  // a caret in a class is not an anchor
    EXPECT_TRUE(ExactStrings("[0-9][0-9][0-9]", 100).empty());
}

TEST(LiteralFactors, NecessaryLiteralsAreInEveryMatch) {
    EXPECT_EQ(NecessaryLiterals("(?:\\S+ ){0,5}since (?:may|june)"), (Strings{"since june", "since may"}));
    EXPECT_EQ(NecessaryLiterals("(?:really|very) poor"), (Strings{"really poor", "very poor"}));
    EXPECT_TRUE(NecessaryLiterals("[a-z]+@[a-z]+").empty());  // only one-byte factors
}

TEST(LiteralFactors, LeadingStringsBeginEveryMatch) {
    EXPECT_EQ(LeadingStrings("(?:no|not) (?:\\S+ ){0,4}since"), (Strings{"no ", "not "}));
    EXPECT_EQ(LeadingStrings("for \\d+ weeks"), (Strings{"for 0", "for 1", "for 2", "for 3", "for 4", "for 5",
                                                          "for 6", "for 7", "for 8", "for 9"}));
    EXPECT_EQ(LeadingStrings("(?:year|y) ?\\d").size(), 40u);  // "y 0" .. "year9"
}

TEST(LiteralFactors, WordStartFactorsNameEachWordAMatchMustStartWith) {
    using Sets = std::vector<Strings>;
    // rarest first; after the first set, common words ("a", "day") and digits are left out
    EXPECT_EQ(WordStartFactors("\\d+ (?:euro|quid) (?:a|per) week"), (Sets{{"week"}, {"euro", "quid"}}));
    EXPECT_EQ(WordStartFactors("\\d+ (?:euro|quid) (?:a|per) day"), (Sets{{"euro", "quid"}}));
    EXPECT_EQ(WordStartFactors("\\d+ (?:euro|quid) (?:a|per) week", 1), (Sets{{"week"}}));
    EXPECT_EQ(WordStartFactors("\\d+ ?%"), (Sets{{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}));
    // optional words and gaps: only the words every match has, at a word start
    EXPECT_EQ(WordStartFactors("(?:a|my) (?:\\w+ )?(?:bat|axe) (?:\\w+ )?(?:hidden|under)"),
              (Sets{{"hidden", "under"}, {"axe", "bat"}}));
    EXPECT_EQ(WordStartFactors("know where (?:\\S+ ){1,3}li?ves?"), (Sets{{"know"}, {"where"}, {"live", "lve"}}));
    // a word glued to the one before it does not start a word: "xyz" only
    EXPECT_EQ(WordStartFactors("xyz\\w+yes (?:zed)?"), (Sets{{"xyz"}}));
    EXPECT_EQ(WordStartFactors("(?:hit|hits)\\s+(?:me|mum)"), (Sets{{"hit"}}));
    // '|' stands for i or l inside a word: "k|ndness" is one word, not "k"
    EXPECT_EQ(WordStartFactors("h[i\\|]m with k[i\\|]ndness"), (Sets{{"kindness", "k|ndness"}}));
    // alternatives: one string of each alternative's rarest set
    EXPECT_EQ(WordStartFactors("so boys|the girls"), (Sets{{"boys", "girls"}}));
    EXPECT_EQ(WordStartFactors("(?:xylo|some (?:boys|lads)|the same kids)"), (Sets{{"same", "some", "xylo"}}));
    EXPECT_EQ(WordStartFactors("\\w+ foo|bar"), (Sets{{"bar", "foo"}}));
    EXPECT_TRUE(WordStartFactors("\\w+foo|bar").empty());
    EXPECT_TRUE(WordStartFactors("(?:foo )?").empty());
    EXPECT_TRUE(WordStartFactors("(?=x)").empty());
}

TEST(LiteralFactors, MinDigitsCountsTheDigitsEveryMatchHas) {
    EXPECT_EQ(MinDigits("(?:\\+ ?44|\\(?0)[0-9 ().\\-]{8,18}[0-9]"), 2u);
    EXPECT_EQ(MinDigits("[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2}"), 2u);
    EXPECT_EQ(MinDigits("\\d{3}|year \\d"), 1u);
    EXPECT_EQ(MinDigits("(?:\\d )?x"), 0u);
    EXPECT_EQ(MinDigits("\\w+"), 0u);  // \\w may be a digit, but need not
    EXPECT_EQ(MinDigits("(?=1)"), 0u);   // unknown
}

TEST(LiteralFactors, UnknownSyntaxMeansNothingKnown) {
    EXPECT_TRUE(ExactStrings("(?i)abc").empty());
    EXPECT_TRUE(NecessaryLiterals("(?=abc)abc").empty());
    EXPECT_TRUE(LeadingStrings("abc\\1").empty());
    EXPECT_TRUE(ExactStrings("[abc").empty());
    EXPECT_TRUE(ExactStrings("a{2,1}").empty());
}

}  // namespace
}  // namespace steward::screening
