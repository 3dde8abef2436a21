// Word lists for telling a name from an ordinary word: given names that are also English or Welsh
// words (Hope, Summer, Mark, Seren), titles (Mrs, Dr), and the words around a name that show it
// is one or is not. Entry points: IsWordName(), IsTitle(), IsDeterminer(), IsNameCue(), ...
#pragma once

#include <string_view>

namespace steward::screening {

// True if a folded given name is also an everyday word ("hope", "summer", "victor", "alaw").
bool IsWordName(std::string_view folded);
// True for a folded title that precedes an adult's surname ("mr", "mrs", "miss", "dr").
bool IsTitle(std::string_view folded);
// True for folded words that make a following capitalised word an ordinary noun or verb:
// determiners and pronouns ("the", "our", "we", "i").
bool IsDeterminer(std::string_view folded);
// True for folded words that, right after a word, show it is someone's name: verbs and
// conjunctions ("and", "won", "received", "has") or any past tense in -ed.
bool IsNameCue(std::string_view folded);
// True for word names that are above all words (seasons, months, "will", "may").
bool IsStrongWordName(std::string_view folded);
// True for the cues ("is", "has", "will") too weak to make a strong word name a name.
bool IsWeakNameCue(std::string_view folded);
// True for folded words that, right before a name, show it is one ("congratulations", "done",
// "to", "thanks", "welcome").
bool IsLeadingNameCue(std::string_view folded);

}  // namespace steward::screening
