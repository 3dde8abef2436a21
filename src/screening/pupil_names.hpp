// Pupils' full names in text, found by token lookup in a hash set rather than one Hyperscan
// pattern per pupil (thousands of name patterns made the database slow to compile and scan).
// Forms: "Amara Okafor", "amara okafor's", "Eilidh Hall Osei", "OKAFOR, Amara",
// "Amara 'Mara' Okafor", "#WellDoneAmaraOkafor". Internal to the screener.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "screening/normalizer.hpp"
#include "screening/screener.hpp"

namespace steward::screening {

class PupilNameIndex {
  public:
    explicit PupilNameIndex(const std::vector<PersonName>& pupils);
    // Normalised-text spans [from, to) of pupils' full names.
    std::vector<std::pair<std::size_t, std::size_t>> Find(const std::string& normalized) const;
    bool empty() const { return spaced_.empty(); }

  private:
    std::unordered_set<std::string> spaced_;  // "amara okafor", "eilidh hall osei"
    std::unordered_set<std::string> joined_;  // "amaraokafor" (hashtags)
    std::size_t max_joined_ = 0;
};

}  // namespace steward::screening
