// Internal to the classifier (classifier.cpp): sentences of a normalised text, and the
// co-occurrence families of word classes (safeguarding and threat) with the rules that defuse a
// match on innocent text.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "screening/screener_internal.hpp"

namespace steward::screening {

struct Sentence {
    std::size_t from = 0;  // normalised offsets
    std::size_t to = 0;
    bool asks = false;     // ends with '?'
};

// The sentences of `t` (split at ? ! newline and ". "); valid until the next call on this thread.
const std::vector<Sentence>& Sentences(const std::string& t);

// Word classes are lexicon entries tagged "part_<class>" (data/lexicons/safeguarding.txt,
// threat.txt); a class hit alone flags nothing. A family fires when every one of its classes has
// a hit inside one sentence (or anywhere, for a whole-comment family).
struct Family {
    std::string_view name;
    Category category;
    std::array<std::string_view, 4> parts;  // "" = unused
    bool whole_comment = false;             // the classes may meet anywhere in the comment
};

struct FiredFamily {
    const Family* family = nullptr;
    std::vector<const Hit*> hits;  // one per class: the findings that explain it
};

std::vector<FiredFamily> FiredFamilies(const ScanResult& scan);

// A word-class hit (tag "part_...").
bool IsPart(const Hit& h);
// An innocent construction (tag part_defuse, same lexicon kind) overlaps `h`.
bool Defused(const ScanResult& scan, const Hit& h);
// A threat word that is not the writer's threat (a joke about a sibling with a laugh, or a threat
// reported as made against the writer).
bool ThreatDefused(const ScanResult& scan, const Hit& h);

}  // namespace steward::screening
