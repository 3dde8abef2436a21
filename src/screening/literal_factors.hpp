// Literal factors of a regex, for prefiltering: which fixed strings any match must contain.
// The screener scans one literal database per text and runs a lexicon regex only when one of its
// factors occurs (a necessary condition, so skipping the regex never loses a match).
//
//   NecessaryLiterals("\\bnot (?:happy|fair)\\b")   -> {"not happy", "not fair"}
//   ExactStrings("sh[i1\\|]t")                      -> {"shit", "sh1t", "sh|t"}
//
// Understands the Hyperscan/PCRE subset the lexicons use: literals (UTF-8 included), escapes,
// classes, (?: ) and ( ) groups, alternation, ? * + {m,n} (lazy forms too), \b, ^, $, '.'.
// Anything else (flags such as (?i), back-references, lookaround) gives "nothing known".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace steward::screening {

// A set of strings such that every match of `regex` contains at least one of them, chosen to be
// as long as possible (each at least `min_length` bytes); empty if none is known.
std::vector<std::string> NecessaryLiterals(std::string_view regex, std::size_t min_length = 2);

// A set of strings such that every match of `regex` begins with one of them, each at least
// `min_length` bytes; empty if none is known. LeadingStrings("not (?:happy|fair) at") ->
// {"not happy", "not fair"}.
std::vector<std::string> LeadingStrings(std::string_view regex, std::size_t min_length = 2);

// Every string `regex` can match, if that set is finite and small (at most `cap` strings);
// empty otherwise (also when the regex can match the empty string).
std::vector<std::string> ExactStrings(std::string_view regex, std::size_t cap = 256);

// How many ASCII digits every match of `regex` has, at least (0 if unknown).
//   MinDigits("(?:\\+44|0)[0-9 ]{8,18}[0-9]") -> 2
std::size_t MinDigits(std::string_view regex);

// For a regex whose matches are taken only where they begin at a word start (after a byte other
// than a-z and 0-9, or at the text's start): sets of strings such that every such match holds,
// for EACH set, one of its strings beginning at a word start. One set per word the regex must
// match there (its spellings cut to that word), rarest first (a guess: common English words and
// short strings are frequent), at most `max_sets`, and after the first only rare ones; empty if
// none is known.
//   WordStartFactors("\\d+ (?:euro|quid) (?:a|per) day") -> {{"euro", "quid"}, {"day"}, {"a", "per"}, {"0", ..., "9"}}
std::vector<std::vector<std::string>> WordStartFactors(std::string_view regex, std::size_t max_sets = 4);

}  // namespace steward::screening
