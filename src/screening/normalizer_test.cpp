#include "screening/normalizer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "screening/normalizer_internal.hpp"

namespace steward::screening {
namespace {

NormalizeOptions All() {
    NormalizeOptions o;
    o.collapse_separators = true;
    o.undo_leet = true;
    o.squeeze_repeats = true;
    return o;
}

std::string Orig(std::string_view input, const NormalizedText& n, std::size_t b, std::size_t e) {
    Span s = n.ToOriginal(b, e);
    return std::string(input.substr(s.begin, s.end - s.begin));
}

TEST(NormalizerTest, FoldsCaseAndStripsAccents) {
    EXPECT_EQ(Normalize("Oisín RENÉE Zoë").text(), "oisin renee zoe");
}

TEST(NormalizerTest, AppliesNfkcCompatibilityForms) {
    EXPECT_EQ(Normalize("\xEF\xAC\x81ne").text(), "fine");              // U+FB01 ligature
    EXPECT_EQ(Normalize("\xEF\xBC\xA6\xEF\xBD\x95").text(), "fu");      // fullwidth F u
    EXPECT_EQ(Normalize("Stra\xC3\x9F" "e").text(), "strasse");          // sharp s case folds
}

TEST(NormalizerTest, MapsCurlyApostrophesAndDashes) {
    EXPECT_EQ(Normalize("Amara\xE2\x80\x99s \xE2\x80\x93 ok").text(), "amara's - ok");
}

TEST(NormalizerTest, MapsEveryByteBackToTheOriginalCodepoint) {
    std::string input = "Zoë’s shit";
    NormalizedText n = Normalize(input);
    ASSERT_EQ(n.text(), "zoe's shit");
    EXPECT_EQ(Orig(input, n, 0, 5), "Zoë’s");
    EXPECT_EQ(Orig(input, n, 6, 10), "shit");
    EXPECT_EQ(Orig(input, n, 2, 3), "ë");
}

TEST(NormalizerTest, CollapsesSeparatorObfuscation) {
    EXPECT_EQ(Normalize("brilliant f u c k i n g news").text(), "brilliant fucking news");
    EXPECT_EQ(Normalize("f.u.c.k off").text(), "fuck off");
    EXPECT_EQ(Normalize("s-h-i-t").text(), "shit");
}

TEST(NormalizerTest, CollapsedSpanCoversTheWholeObfuscatedWord) {
    std::string input = "so f u c k i n g good";
    NormalizedText n = Normalize(input);
    ASSERT_EQ(n.text(), "so fucking good");
    EXPECT_EQ(Orig(input, n, 3, 10), "f u c k i n g");
}

TEST(NormalizerTest, LeavesOrdinarySingleLettersAlone) {
    EXPECT_EQ(Normalize("I am a parent").text(), "i am a parent");
    EXPECT_EQ(Normalize("Year 6 and 7").text(), "year 6 and 7");
}

TEST(NormalizerTest, UndoesLeetspeakInsideWords) {
    EXPECT_EQ(Normalize("sh1t b0llocks a$$ $hit pr1ck p!ss", All()).text(),
              "shit bollocks ass shit prick piss");
}

TEST(NormalizerTest, LeetKeepsNumbersPunctuationHandlesAndMasks) {
    EXPECT_EQ(Normalize("call 07700 900889 now! @dave f*ck", All()).text(),
              "call 07700 900889 now! @dave f*ck");
}

TEST(NormalizerTest, SqueezesRunsOfThreeOrMoreLetters) {
    EXPECT_EQ(Normalize("fuuuuck shiiiit good ass", All()).text(), "fuck shit good ass");
}

TEST(NormalizerTest, SqueezedLetterMapsToTheWholeRun) {
    std::string input = "fuuuck";
    NormalizedText n = Normalize(input, All());
    ASSERT_EQ(n.text(), "fuck");
    EXPECT_EQ(Orig(input, n, 0, 4), "fuuuck");
}

TEST(NormalizerTest, InvalidUtf8AndNulBecomeSeparators) {
    std::string input("a\xff\xfe" "b", 4);
    input += std::string("\0c", 2);
    NormalizeOptions fold_only;
    fold_only.collapse_separators = false;
    NormalizedText n = Normalize(input, fold_only);
    EXPECT_EQ(n.text(), "a  b c");
    EXPECT_EQ(n.size(), 6u);
    EXPECT_EQ(n.ToOriginal(5, 6).begin, 5u);
}

TEST(NormalizerTest, EmptyInputAndEmptySpans) {
    NormalizedText n = Normalize("");
    EXPECT_EQ(n.text(), "");
    EXPECT_EQ(n.ToOriginal(0, 0), (Span{0, 0}));
}

TEST(NormalizerTest, EmojiPassThroughUnchanged) {
    EXPECT_EQ(Normalize("well done \xF0\x9F\x8E\x89").text(), "well done \xF0\x9F\x8E\x89");
}

// The fast path (ASCII loop, in-place passes, reused buffers) must agree with the reference
// normaliser on text and on every byte's original offsets, for every option set.
void ExpectSameAsReference(const std::string& input) {
    NormalizedText reused;
    for (int mask = 0; mask < 8; ++mask) {
        NormalizeOptions o;
        o.collapse_separators = (mask & 1) != 0;
        o.undo_leet = (mask & 2) != 0;
        o.squeeze_repeats = (mask & 4) != 0;
        NormalizedText want = NormalizeReference(input, o);
        NormalizeInto(input, o, reused);  // buffers left over from the previous input
        ASSERT_EQ(reused.text(), want.text()) << "input: " << input << " mask " << mask;
        ASSERT_EQ(reused.original_size(), want.original_size());
        for (std::size_t i = 0; i < want.size(); ++i) {
            ASSERT_EQ(reused.OrigBegin(i), want.OrigBegin(i)) << "input: " << input << " byte " << i;
            ASSERT_EQ(reused.OrigEnd(i), want.OrigEnd(i)) << "input: " << input << " byte " << i;
        }
    }
}

TEST(NormalizerTest, FastPathMatchesReferenceOnAdversarialInputs) {
    const char* cases[] = {
        "", " ", "a", "f u c k", "f.u.c.k off", "a b c d e f g h", "a  b  c", "a   b   c", "x-y_z/w|v,u",
        "s h 1 t", "f * c k", "1 2 3 4 5", "fuuuuck wwwww aaa bb", "aaa-bbb-ccc", "$ h ! t a$$ @dave",
        "sh1t b0llocks a$$ $hit pr1ck p!ss", "great! !x x! @ @a a@ 4@4", "Zoë’s shit", "f u c k ë s",
        "\xEF\xAC\x81ne f\xC3\xBC\xC3\xBC\xC3\xBC" "ck", "a\xff\xfe" "b c d", "\xF0\x9F\x98\x82 a b c \xF0\x9F\x98\x82",
        "ｆ ｕ ｃ ｋ", "A B C", "i am a parent", "Year 6 and 7", "a.b.c.d.e.", ".a.b.c", "a b c ", "eeeé́é",
    };
    for (const char* c : cases) ExpectSameAsReference(c);
    ExpectSameAsReference(std::string("a\0b\0c\0d", 7));
}

TEST(NormalizerTest, FastPathMatchesReferenceOnRandomInputs) {
    // Bytes drawn mostly from the characters the passes care about, plus UTF-8 and junk.
    const std::string alphabet = "abcfikstuwAFSW0134579$@!*|. -_,/'\"?#\t";
    const char* multibyte[] = {"\xC3\xA9", "\xE2\x80\x99", "\xEF\xBC\xA6", "\xF0\x9F\x98\x82", "\xFF",
                               "\xC3", "\xE2\x80\x93", "\xEF\xAC\x81", "\xC2\xA0", "\xE1\xBA\x9E"};
    std::mt19937 rng(20261125);
    for (int round = 0; round < 4000; ++round) {
        std::string input;
        // Mostly short; every fourth up to 150 bytes, so chains and runs cross 16- and 64-byte chunks.
        std::size_t length = rng() % (round % 4 == 3 ? 150 : 40);
        for (std::size_t i = 0; i < length; ++i) {
            unsigned pick = rng() % 100;
            if (pick < 85) input += alphabet[rng() % alphabet.size()];
            else if (pick < 97) input += multibyte[rng() % 10];
            else input += static_cast<char>(rng() % 256);
        }
        ExpectSameAsReference(input);
        if (HasFatalFailure()) return;
    }
}

}  // namespace
}  // namespace steward::screening
