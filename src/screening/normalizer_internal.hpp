// Internal to the normaliser and its tests: the reference implementation the fast path must match.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "screening/normalizer.hpp"

namespace steward::screening {

// The character classes of the fast path (normalizer.cpp, normalizer_chunks.cpp). The reference
// keeps its own copies on purpose: it is the oracle they are checked against.
inline bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

inline bool IsSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == ',' || c == '/' || c == '|';
}

// A character that can stand for a letter in an obfuscated word.
inline constexpr std::array<bool, 256> kWordish = [] {
    std::array<bool, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
    for (char c : {'*', '$', '@', '!'}) table[static_cast<unsigned char>(c)] = true;
    return table;
}();
inline bool IsWordish(char c) { return kWordish[static_cast<unsigned char>(c)]; }

// An ASCII byte as the normaliser folds it: lower case, control characters to spaces.
constexpr char FoldAscii(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
    if (c < 0x20 || c == 0x7f) return ' ';
    return static_cast<char>(c);
}

// FoldAscii of every byte (bytes from 0x80 map to themselves: the ASCII pass never keeps them).
inline constexpr std::array<char, 256> kFoldAscii = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c) {
        table[static_cast<std::size_t>(c)] = c < 0x80 ? FoldAscii(static_cast<unsigned char>(c)) : static_cast<char>(c);
    }
    return table;
}();

// The original one-pass-per-option normaliser (normalizer_reference.cpp). Normalize() must give
// the same text and the same offsets for every input and option set; tests check that.
NormalizedText NormalizeReference(std::string_view input, const NormalizeOptions& options);

// normalizer_chunks.cpp, 16 bytes at a time. Folds n bytes as kFoldAscii does
// (bytes from 0x80 copied); returns nonzero if any byte was from 0x80.
std::uint32_t FoldAsciiChunks(const unsigned char* in, char* out, std::size_t n);
// Exactly: would CollapseSeparators find a chain of >= 3 singles in t[0, n)?
bool HasSeparatorChain(const char* t, std::size_t n);
// Exactly: where does the first run of three of the same letter other than 'w' start in
// t[0, n)? Returns n if there is none.
std::size_t FirstLetterRun(const char* t, std::size_t n);

}  // namespace steward::screening
