// Pupils' full names in text, found by token lookup in a hash set rather than one Hyperscan
// pattern per pupil (thousands of name patterns made the database slow to compile and scan).
// Forms: "Amara Okafor", "amara okafor's", "Eilidh Hall Osei", "OKAFOR, Amara",
// "Amara 'Mara' Okafor", "#WellDoneAmaraOkafor". Internal to the screener.
//
// Speed: name words are found by walking a byte trie of the roster's words (a WordTrie: a word
// id, no string hashing), and a name goes on word by word through a table of integer keys
// (prefix, separator, word); most words stop at the trie's first bytes. Tokens point into the text, so the common
// case allocates nothing.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "screening/name_key_set.hpp"
#include "screening/normalizer.hpp"
#include "screening/word_trie.hpp"
#include "screening/screener.hpp"

namespace steward::screening {

class PupilNameIndex {
  public:
    explicit PupilNameIndex(const std::vector<PersonName>& pupils);
    // Normalised-text spans [from, to) of pupils' full names.
    std::vector<std::pair<std::size_t, std::size_t>> Find(std::string_view normalized) const;
    // Same, appended to `out` (no allocation once `out` has grown).
    void FindInto(std::string_view normalized, std::vector<std::pair<std::size_t, std::size_t>>& out) const;
    bool empty() const { return keys_ == 0; }
    // Spans of pupils' first or preferred names (of one word) alone and used as names, appended
    // to `out`: "Oliver", "oliver's"; a name that is also an everyday word ("Storm", "River") only
    // with a capital inside a sentence and not after a determiner ("the Storm"); never after a
    // title ("Mr Grant" is staff). `original` is the text `norm` was made from (capitals).
    void FindFirstNamesInto(const NormalizedText& norm, std::string_view original,
                            std::vector<std::pair<std::size_t, std::size_t>>& out) const;

  private:
    bool MayHaveNames(std::string_view normalized) const;
    // Id of a name word ("amara", "okafor"), or -1: the word is in no key.
    std::int32_t WordId(std::string_view word) const;
    // The prefix state after `state` followed by `separator` (1 " ", 2 ", ") and `word`, 0 = none.
    std::uint32_t Next(std::uint32_t state, std::uint32_t separator, std::int32_t word) const;
    void AddKey(std::string_view key, std::map<std::uint64_t, std::uint32_t>& pending);
    void BuildWordTrie(const std::map<std::string, std::int32_t, std::less<>>& words);

    // The words of every key in a WordTrie (double array), each with its id as its output;
    // looked up whole (WordTrie::Exact). Name words hold no control byte (NameKey folds them).
    WordTrie words_;
    // Prefix states of the keys ("amara", "amara okafor", "okafor, amara"): state 0 is the empty
    // prefix; start_[word] is the state of a key's first word (0: no key starts with it);
    // steps_ is an open-addressing table of (state, separator, word) -> state; whole_[state]
    // says the prefix is a whole key.
    std::vector<std::uint32_t> start_;
    struct Step {
        std::uint64_t key = 0;  // 0 = empty slot
        std::uint32_t next = 0;
    };
    std::vector<Step> steps_;
    std::vector<bool> whole_{false};
    std::vector<bool> given_;  // per word id: a whole first or preferred name
    std::size_t keys_ = 0;
    NameKeySet joined_;  // "amaraokafor" (hashtags)
    std::size_t max_joined_ = 0;
};

}  // namespace steward::screening
