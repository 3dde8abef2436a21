// Pupils' full names in text, found by token lookup in a hash set rather than one Hyperscan
// pattern per pupil (thousands of name patterns made the database slow to compile and scan).
// Forms: "Amara Okafor", "amara okafor's", "Eilidh Hall Osei", "OKAFOR, Amara",
// "Amara 'Mara' Okafor", "#WellDoneAmaraOkafor". Internal to the screener.
//
// Speed: a token only starts a lookup when it is the first word of some pupil's name key (one
// hash probe per token), and tokens point into the text, so the common case allocates nothing.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "screening/normalizer.hpp"
#include "screening/screener.hpp"

namespace steward::screening {

// Hash and equality that let an unordered_set<std::string> be probed with a string_view.
struct NameKeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using NameKeySet = std::unordered_set<std::string, NameKeyHash, std::equal_to<>>;

class PupilNameIndex {
  public:
    explicit PupilNameIndex(const std::vector<PersonName>& pupils);
    // Normalised-text spans [from, to) of pupils' full names.
    std::vector<std::pair<std::size_t, std::size_t>> Find(std::string_view normalized) const;
    // Same, appended to `out` (no allocation once `out` has grown).
    void FindInto(std::string_view normalized, std::vector<std::pair<std::size_t, std::size_t>>& out) const;
    bool empty() const { return spaced_.empty(); }

  private:
    bool MayHaveNames(std::string_view normalized) const;

    NameKeySet spaced_;  // "amara okafor", "eilidh hall osei", "okafor, amara"
    NameKeySet joined_;  // "amaraokafor" (hashtags)
    // Every spaced_ key and every prefix of one that ends before a word ("amara", "okafor",
    // "eilidh hall"), mapped to whether it is a whole key: a lookup stops at the first word that
    // no name continues with.
    std::unordered_map<std::string, bool, NameKeyHash, std::equal_to<>> prefixes_;
    std::bitset<1 << 16> start_filter_;  // StartFilterBit of every first word: most tokens stop here
    std::size_t max_joined_ = 0;
};

}  // namespace steward::screening
