// Tokenizer for name matching: splits a caption into word tokens with their original byte spans,
// folded forms (case, accents, curly apostrophes), capitalisation, sentence position, possessive
// 's, hyphen joins and CamelCase hashtag parts. Entry point: TokenizeForNames().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steward::screening {

struct NameToken {
    std::size_t begin = 0;     // original bytes of the word, without a possessive 's
    std::size_t end = 0;
    std::string folded;        // case-folded, accents and apostrophes stripped
    std::string_view gap;      // original text between the previous token and this one
    bool upper_initial = false;  // first letter is upper case
    bool all_upper = false;      // every letter is upper case (and more than one letter)
    bool sentence_start = false; // first word of the text, a line, or after . ! ? : or an emoji
    bool possessive = false;     // followed by 's / ’s (or a bare ' after s)
    bool skip = false;           // inside an e-mail address, URL or @handle
    int hashtag = -1;            // index into TokenizedText::hashtags, or -1
};

struct Hashtag {
    std::size_t begin = 0;  // the '#'
    std::size_t end = 0;
    std::string folded;     // folded body without '#' and apostrophes
    bool motto = false;     // one of the school's own hashtags: never a name
};

struct TokenizedText {
    std::vector<NameToken> tokens;
    std::vector<Hashtag> hashtags;
};

// Folds a name or word for comparison: NFKC, case fold, marks stripped, ’ -> ', and the letters
// that have no decomposition mapped by hand (ł -> l, ø -> o, đ -> d, ı -> i).
std::string FoldName(std::string_view text);

// Tokenizes `text`. Hashtags whose folded body equals one of `motto_hashtags` (with or without
// '#') are marked motto. Never fails; invalid UTF-8 bytes are separators.
TokenizedText TokenizeForNames(std::string_view text, const std::vector<std::string>& motto_hashtags);

}  // namespace steward::screening
