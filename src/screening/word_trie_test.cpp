// WordTrie: the double-array layout finds exactly the spellings at word starts.
#include "screening/word_trie.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

namespace steward::screening {
namespace {

using Found = std::set<std::tuple<std::uint32_t, std::size_t, std::size_t>>;  // (value, start, end)

Found Scan(const WordTrie& trie, std::string_view text) {
    Found found;
    trie.Scan(text, text, [&](const WordTrie::Output& o, std::size_t from, std::size_t to) {
        found.emplace(o.value, from, to);
    });
    return found;
}

TEST(WordTrieTest, FindsSpellingsOnlyAtWordStarts) {
    WordTrie trie;
    trie.Add("shit", {1, 4, 0});
    trie.Add("sh", {2, 2, 0});
    ASSERT_TRUE(trie.Finish());
    EXPECT_EQ(Scan(trie, "oh shit, pushit"), (Found{{2, 3, 5}, {1, 3, 7}}));
    EXPECT_TRUE(Scan(trie, "xyz \x7f\xff").empty());  // bytes in no spelling
}

TEST(WordTrieTest, NodesWithManyChildrenAndLongChainsKeepEveryOutput) {
    WordTrie trie;
    std::uint32_t value = 0;
    Found expected;
    std::string text;
    for (char a = 'a'; a <= 'z'; ++a) {
        for (char b = 'a'; b <= 'z'; b += 5) {
            std::string word = std::string(1, a) + b + "zzle" + a;
            trie.Add(word, {++value, static_cast<std::uint32_t>(word.size()), 0});
            expected.emplace(value, text.size(), text.size() + word.size());
            text += word + " ";
        }
    }
    trie.Add("1", {++value, 1, 0});
    expected.emplace(value, text.size(), text.size() + 1);
    text += "1";
    ASSERT_TRUE(trie.Finish());
    EXPECT_FALSE(trie.empty());
    EXPECT_EQ(Scan(trie, text), expected);
}

TEST(WordTrieTest, SeparatorRunsAreGreedyAndALiteralSeparatorIsFollowedToo) {
    WordTrie trie;
    trie.Add(std::string("well") + WordTrie::kSeparatorRun + "done", {1, 0, 0});
    trie.Add("well done", {2, 9, 0});
    ASSERT_TRUE(trie.Finish());
    EXPECT_EQ(Scan(trie, "well done"), (Found{{1, 0, 9}, {2, 0, 9}}));
    EXPECT_EQ(Scan(trie, "well -_ done"), (Found{{1, 0, 12}}));
    EXPECT_TRUE(Scan(trie, "welldone").empty());
}

TEST(WordTrieTest, AnEmptyTrieFindsNothing) {
    WordTrie trie;
    ASSERT_TRUE(trie.Finish());
    EXPECT_TRUE(trie.empty());
    EXPECT_TRUE(Scan(trie, "anything at all").empty());
}

}  // namespace
}  // namespace steward::screening
