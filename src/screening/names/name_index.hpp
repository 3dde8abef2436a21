// NameIndex: the roster's names, folded and indexed by first token, so that finding mentions in a
// caption costs a hash lookup per word whatever the roster size (3,000 pupils and more), and
// FindMentions(): first names and full names in any of the forms schools write them.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "screening/findings.hpp"

namespace steward::screening {

// One person's names as the roster holds them. The engine knows nothing else about them.
struct RosterName {
    std::string id;
    std::string first_name;
    std::string last_name;
    std::string preferred_name;  // may be empty
};

// Adults whose names are not pupils' (school.json staff) and hashtags that are never names.
struct NameContext {
    std::vector<std::string> motto_hashtags;  // "#LearnGrowHope"
    std::vector<RosterName> staff;            // id unused
};

enum class MentionForm { kFirst, kFull };

struct NameMention {
    Span span;                 // original byte offsets; a hashtag mention spans the whole hashtag
    std::string person_id;
    MentionForm form = MentionForm::kFirst;
    double confidence = 1.0;   // 1 for full names; lower for first names that are also words
};

class NameIndex {
  public:
    // Builds the index; copies what it needs. Empty names are ignored.
    explicit NameIndex(std::span<const RosterName> people, NameContext context = {});

    // Returns the mentions in `text`, sorted by span: the full name (first or preferred name
    // plus surname, either order, "SURNAME, First", a quoted nickname between, CamelCase or
    // run-together hashtag) of anyone in the index, and the first or preferred name alone of the
    // people in `first_name_ids` when it is used as a name (not "we hope", "Summer Fair", a
    // motto hashtag, or a staff member's name after a title). Thread-safe (const).
    std::vector<NameMention> FindMentions(std::string_view text,
                                          const std::unordered_set<std::string>& first_name_ids) const;

    std::size_t size() const { return people_.size(); }

  private:
    struct Entry {
        std::size_t person = 0;
        std::vector<std::string> given;    // folded tokens of a first or preferred name
        std::vector<std::string> surname;  // folded tokens of the surname
    };
    friend class MentionScan;

    std::vector<RosterName> people_;
    NameContext context_;
    std::unordered_map<std::string, std::vector<Entry>> by_given_;    // first given token
    std::unordered_map<std::string, std::vector<Entry>> by_surname_;  // first surname token
    std::unordered_map<std::string, std::vector<std::size_t>> by_joined_;  // "amaraokafor"
    std::unordered_set<std::string> name_tokens_;  // every folded given or surname token
    std::unordered_set<std::string> staff_full_;   // "gareth hughes"
};

// Splits a name into folded tokens at spaces, hyphens and other non-letters (apostrophes kept).
std::vector<std::string> NameTokens(std::string_view name);

}  // namespace steward::screening
