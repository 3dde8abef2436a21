// Members of staff named in a comment, so that an insult aimed at a teacher is reported as one:
// "Mr King", "Mrs. Patel", "Ms A", "Miss Bethan", "Mrs Nisha Patel", "Nisha Patel". A title
// followed by a name that is not on the staff list still counts ("Mr King" at a school with no
// Mr King: parents name supply teachers and former staff too), with lower confidence.
// Internal to the screener.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "screening/name_key_set.hpp"
#include "screening/normalizer.hpp"
#include "screening/screener.hpp"

namespace steward::screening {

struct StaffMention {
    std::size_t from = 0;  // normalised offsets of the whole mention ("mrs nisha patel")
    std::size_t to = 0;
    bool listed = false;   // a name on the school's staff list (else a title + some name)
};

class StaffIndex {
  public:
    explicit StaffIndex(const std::vector<PersonName>& staff);
    // `original` is the text `norm` was made from: an unlisted name after "Miss" counts only if
    // it was written with a capital ("Miss Jones", not "miss the bus").
    std::vector<StaffMention> Find(const NormalizedText& norm, std::string_view original) const;
    // True if `word` (normalised) is one word of a listed surname or first name.
    bool HasNameWord(std::string_view word) const { return !word.empty() && name_words_.contains(word); }

  private:
    // Probed with string_views (no key string per lookup).
    NameKeySet surnames_;     // "patel", "hall osei"
    NameKeySet first_names_;  // "nisha"
    NameKeySet full_names_;   // "nisha patel"
    // The first words of the surnames' and full names' keys ("hall", "nisha"): a word that is
    // none of these starts no key, so most words need one lookup, not three.
    NameKeySet surname_starts_, full_name_starts_;
    NameKeySet name_words_;                        // every word of those: "hall", "osei", "nisha"
    std::string initials_;                         // first letters of surnames: "Mr P"
};

}  // namespace steward::screening
