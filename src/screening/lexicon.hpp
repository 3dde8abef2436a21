// Lexicons are data: one UTF-8 text file per kind in data/lexicons/, versioned in the repository,
// plus per-school additions and allowances. This header parses them and turns word entries into
// obfuscation-tolerant patterns.
//
// File format (one entry per line; '#' starts a comment):
//   @version 2026.11.1        version string reported by the screener
//   @kind profanity           what the entries below are (required before the first entry)
//   @severity low|medium|high default severity of the entries below
//   [tag]                     optional sub-rule name for the entries below (goes into rule ids)
//   fuck*                     a word: leetspeak (sh1t, a$$), masks (f*ck), repeated letters
//                             (fuuuck, squeezed by the normaliser) tolerated; must start at a word start; '*' at the end = any
//                             ending, otherwise only common endings (s es ed ing in er ers y ey)
//   cock/s                    a word allowing only the listed endings ('/' alone = exact word)
//   great tits                several words: separators between them are spaces, - _ or .
//   re: \bi'?ll kill\b        a raw Hyperscan regex over normalised (lowercase, accentless) text
//   ... !high                 a trailing severity overrides the default for that line
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "screening/findings.hpp"

namespace steward::screening {

struct LexiconEntry {
    std::string kind;        // "profanity", "allow", "tone_positive", ...
    std::string tag;         // section tag, may be empty
    std::string text;        // the entry as written (without severity)
    bool is_regex = false;
    bool any_suffix = false;
    bool explicit_suffixes = false;
    std::vector<std::string> suffixes;  // allowed endings when explicit_suffixes
    Severity severity = Severity::kLow;
    std::string source;      // "profanity.txt:12"
    std::string version;     // the file's @version
};

// Parses one lexicon file's text. `source_name` is used in error `where` and entry sources.
core::Result<std::vector<LexiconEntry>> ParseLexicon(std::string_view content,
                                                     std::string_view source_name);

// Loads every *.txt file in `dir` (sorted by name). Fails if the directory is missing or a file
// does not parse.
core::Result<std::vector<LexiconEntry>> LoadLexiconDir(const std::filesystem::path& dir);

// The Hyperscan regex for an entry: raw for `re:` entries; for words, an obfuscation-tolerant
// expression (word-boundary and ending checks happen after matching, see WordEndingAllowed).
std::string EntryRegex(const LexiconEntry& entry);

// The word view (speed): a copy of the normalised text with the unambiguous leetspeak characters
// replaced by their letter (4 @ -> a, 8 -> b, 3 -> e, ! -> i, 0 -> o, 5 $ -> s, 7 -> t, 9 -> g;
// '1' and '|', which may be i or l, and '*' stay). Same length, same offsets.
char LeetCanonical(char c);
// The regex of a word entry over the word view: plain letters (i and l also accept 1 and |), no
// mask. On text without '*' it matches exactly where EntryRegex matches the normalised text, and
// scans several times faster. "" if there is none (a regex entry, or a word written with one of
// the characters the view replaces).
std::string CanonicalWordRegex(const LexiconEntry& entry);

// Removes \\b from a regex (Hyperscan compiles it slowly): a leading/trailing one sets *lead /
// *trail so the caller checks the boundary after matching; inner ones are dropped.
std::string StripWordBoundaries(std::string_view regex, bool* lead, bool* trail);

// True if `ending` (the letters after a word match up to the next non-letter) is allowed.
bool WordEndingAllowed(const LexiconEntry& entry, std::string_view ending);

}  // namespace steward::screening
