#include "screening/normalizer.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

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

TEST(NormalizerTest, SpacedLettersStopAtACommaOrFullStopBeforeTheNextWord) {
    EXPECT_EQ(Normalize("holy s h i t, a fox").text(), "holy shit, a fox");
    EXPECT_EQ(Normalize("f u c k. i give up").text(), "fuck. i give up");
    EXPECT_EQ(Normalize("s. h. i. t.").text(), "shit.");  // the same link throughout: one chain
    EXPECT_EQ(Normalize("f u c k  i n g").text(), "fucking");  // a single space then two: still one
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

// Plain byte-by-byte answers to the questions normalizer_chunks.cpp answers 16 bytes at a time.
bool WordishByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' || c == '$' || c == '@' || c == '!';
}

bool SeparatorByte(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == ',' || c == '/' || c == '|';
}

bool SingleByte(std::string_view t, std::size_t i) {
    return WordishByte(t[i]) && !(i > 0 && WordishByte(t[i - 1])) &&
           !(i + 1 < t.size() && WordishByte(t[i + 1]));
}

// Three or more singles, each joined to the next by one or two separators.
bool SeparatorChainByBytes(std::string_view t) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!SingleByte(t, i)) continue;
        std::size_t last = i, count = 1;
        while (true) {
            std::size_t k = last + 1;
            while (k < t.size() && k - last <= 3 && SeparatorByte(t[k])) ++k;
            const std::size_t separators = k - last - 1;
            if (separators == 0 || separators > 2 || k >= t.size() || !SingleByte(t, k)) break;
            ++count;
            last = k;
        }
        if (count >= 3) return true;
    }
    return false;
}

std::size_t FirstLetterRunByBytes(std::string_view t) {
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i] >= 'a' && t[i] <= 'z' && t[i] != 'w' && t[i] == t[i + 1] && t[i] == t[i + 2]) return i;
    }
    return t.size();
}

// Checks both chunked answers against the byte-by-byte ones, on a heap copy of exactly t.size()
// bytes so that ASan catches any read past the end. Counts the chain answers seen.
void ExpectChunkAnswers(std::string_view t, int& chains, int& runs) {
    const std::vector<char> exact(t.begin(), t.end());
    const bool chain = SeparatorChainByBytes(t);
    ASSERT_EQ(HasSeparatorChain(exact.data(), exact.size()), chain) << "input: " << t;
    const std::size_t run = FirstLetterRunByBytes(t);
    ASSERT_EQ(FirstLetterRun(exact.data(), exact.size()), run) << "input: " << t;
    chains += chain ? 1 : 0;
    runs += run < t.size() ? 1 : 0;
}

TEST(NormalizerChunksTest, GatesAnswerAsByteByByteScansOnHandWrittenInputs) {
    int chains = 0, runs = 0;
    const std::string pad15(15, '.'), pad17(17, 'x');
    const std::string cases[] = {
        "", "a", "aa", "aaa", "www", "xwwwaaa", "AAA", "111", "f u c k", "f u", "a  b  c", "a   b c",
        "ab c d", "a b cd", "a.b.c", "a b c ", ".a-b_c,", "a/b|c", "a b  c d", "?a?b?c",
        pad15 + "bbb", pad17 + " ccc", pad15 + "a b c", pad15 + "a b c" + pad17 + "ddd",
        std::string(62, '-') + "a b c", std::string(63, 'k') + " q r s", std::string(70, 'z'),
    };
    for (const std::string& c : cases) {
        ExpectChunkAnswers(c, chains, runs);
        if (HasFatalFailure()) return;
    }
    EXPECT_GT(chains, 0);
    EXPECT_GT(runs, 0);
    const int count = static_cast<int>(std::size(cases));
    EXPECT_LT(chains, count);
    EXPECT_LT(runs, count);
}

TEST(NormalizerChunksTest, GatesAnswerAsByteByByteScansOnRandomInputs) {
    // Folded text: lower-case letters, digits, separators and a few other bytes, often repeated.
    const std::string alphabet = "abwz19*$@! .-_,/|?'A\x80\xC3";
    std::mt19937 rng(20261126);
    int chains = 0, runs = 0;
    const int rounds = 20000;
    for (int round = 0; round < rounds; ++round) {
        std::string input;
        std::size_t length = rng() % (round % 4 == 3 ? 150 : 40);
        while (input.size() < length) {
            const char c = alphabet[rng() % alphabet.size()];
            input.append(rng() % 8 == 0 ? 3 : 1, c);
        }
        ExpectChunkAnswers(input, chains, runs);
        if (HasFatalFailure()) return;
    }
    // Both answers of both gates come up often.
    EXPECT_GT(chains, rounds / 100);
    EXPECT_LT(chains, rounds - rounds / 100);
    EXPECT_GT(runs, rounds / 100);
    EXPECT_LT(runs, rounds - rounds / 100);
}

}  // namespace
}  // namespace steward::screening
