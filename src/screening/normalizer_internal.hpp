// Internal to the normaliser and its tests: the reference implementation the fast path must match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "screening/normalizer.hpp"

namespace steward::screening {

// The original one-pass-per-option normaliser (normalizer_reference.cpp). Normalize() must give
// the same text and the same offsets for every input and option set; tests check that.
NormalizedText NormalizeReference(std::string_view input, const NormalizeOptions& options);

// normalizer_chunks.cpp, 16 bytes at a time. Folds n bytes as normalizer.cpp's kFoldAscii does
// (bytes from 0x80 copied); returns nonzero if any byte was from 0x80.
std::uint32_t FoldAsciiChunks(const unsigned char* in, char* out, std::size_t n);
// Exactly: would CollapseSeparators find a chain of >= 3 singles in t[0, n)?
bool HasSeparatorChain(const char* t, std::size_t n);
// Exactly: does t[0, n) hold three of the same letter other than 'w' in a row?
bool HasLetterRun(const char* t, std::size_t n);

}  // namespace steward::screening
