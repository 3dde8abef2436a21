// Text normalisation for matching: every pattern in the screening engine runs over the output of
// Normalize(), never over raw input. Each output byte remembers the original bytes it came from, so
// findings are reported as spans of the text the user actually wrote.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "screening/findings.hpp"

namespace steward::screening {

struct NormalizeOptions {
    // Always on: utf8proc NFKC + case fold + accent stripping; curly quotes -> ', dashes -> -,
    // control characters, NUL and invalid UTF-8 bytes -> ' '.

    // f.u.c.k, f u c k, s-h-1-t -> fuck, shit: runs of >= 3 single-character tokens separated by
    // one or two separator characters (space . - _ , / |) are joined.
    bool collapse_separators = true;
    // sh1t, a$$, b0llocks, p!ss -> shit, ass, bollocks, piss: 0 1 3 4 5 7 $ @ ! become letters
    // when they touch a letter inside a word. '*' (a mask such as f*ck) is kept as '*'.
    // Off by default because it would damage e-mail addresses and phone numbers.
    bool undo_leet = false;
    // fuuuuck, shiiiit -> fuck, shit: a run of 3 or more of the same letter becomes one letter.
    // Doubled letters (ass, good) and 'www' (web addresses) are kept.
    bool squeeze_repeats = false;
};

// The normalised text plus, for each of its bytes, the original byte range it came from.
class NormalizedText {
  public:
    const std::string& text() const { return text_; }
    std::size_t size() const { return text_.size(); }

    // Original span of normalised bytes [begin, end). An empty range maps to an empty span at
    // the original position. Requires begin <= end <= size().
    Span ToOriginal(std::size_t begin, std::size_t end) const;

    // Builders used by Normalize(); each appended byte carries its original range.
    void Append(char c, std::uint32_t orig_begin, std::uint32_t orig_end);
    void Reserve(std::size_t n);
    void Clear();  // keeps the buffers' capacity

    std::uint32_t OrigBegin(std::size_t i) const { return identity_ ? static_cast<std::uint32_t>(i) : begin_[i]; }
    std::uint32_t OrigEnd(std::size_t i) const { return identity_ ? static_cast<std::uint32_t>(i + 1) : end_[i]; }
    std::uint32_t original_size() const { return original_size_; }
    void set_original_size(std::uint32_t n) { original_size_ = n; }

  private:
    friend struct NormalizePasses;  // the in-place passes in normalizer.cpp
    std::string text_;
    std::vector<std::uint32_t> begin_;
    std::vector<std::uint32_t> end_;
    std::uint32_t original_size_ = 0;
    // Byte i came from original byte i (plain ASCII input, nothing removed yet): begin_ and end_
    // are not filled until a pass first moves bytes (MaterializeOffsets).
    bool identity_ = false;
    void MaterializeOffsets();
};

// Normalises any byte string (invalid UTF-8 included) for matching. Pure ASCII input takes a
// fast path (no utf8proc call). Never fails; inputs over 4 GiB are truncated at 4 GiB.
NormalizedText Normalize(std::string_view input, const NormalizeOptions& options = {});
// Same, into `out`, reusing its buffers: no allocation once they have grown (the screener keeps
// one per thread). Each pass works in place; a pass that changes nothing copies nothing.
void NormalizeInto(std::string_view input, const NormalizeOptions& options, NormalizedText& out);

// Convenience: the normalised string only (for building patterns from names and lexicon words).
std::string NormalizeForMatch(std::string_view input);

}  // namespace steward::screening
