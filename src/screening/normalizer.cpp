// Normalize(): fold (NFKC, case fold, strip marks) keeping byte offsets, then the optional
// de-obfuscation passes. Speed: pure-ASCII input is folded in one tight loop without utf8proc;
// every pass rewrites the same buffers in place (output never longer than input) and a pass that
// finds nothing to change returns at once. normalizer_reference.cpp is the plain version the
// tests compare this one with, byte for byte and offset for offset.
#include "screening/normalizer.hpp"
#include "screening/normalizer_internal.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <limits>

namespace steward::screening {
namespace {

char LeetLetter(char c) {
    switch (c) {
        case '0': return 'o';
        case '1': return 'i';
        case '3': return 'e';
        case '4': return 'a';
        case '5': return 's';
        case '7': return 't';
        case '$': return 's';
        case '@': return 'a';
        case '!': return 'i';
        default: return 0;
    }
}

// Punctuation that NFKC leaves alone but people type interchangeably.
bool MapPunctuation(utf8proc_int32_t cp, char* out) {
    switch (cp) {
        case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC: *out = '\''; return true;
        case 0x201C: case 0x201D: case 0x201F: case 0x2033: *out = '"'; return true;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            *out = '-'; return true;
        case 0x00A0: case 0x2007: case 0x202F: case 0x200B: *out = ' '; return true;
        default: return false;
    }
}

void FoldCodepoint(utf8proc_int32_t cp, std::uint32_t b, std::uint32_t e, NormalizedText& out) {
    char punct = 0;
    if (MapPunctuation(cp, &punct)) {
        out.Append(punct, b, e);
        return;
    }
    std::array<utf8proc_int32_t, 16> buf{};
    int last_boundclass = 0;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE |
                                                        UTF8PROC_IGNORE);
    utf8proc_ssize_t n =
        utf8proc_decompose_char(cp, buf.data(), buf.size(), options, &last_boundclass);
    if (n < 0 || n > static_cast<utf8proc_ssize_t>(buf.size())) {
        out.Append(' ', b, e);
        return;
    }
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t len = utf8proc_encode_char(buf[static_cast<std::size_t>(i)], enc);
        for (utf8proc_ssize_t k = 0; k < len; ++k) {
            char c = static_cast<char>(enc[k]);
            if (len == 1 && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            out.Append(c, b, e);
        }
    }
}

// True if a chain of singles whose first link (its separators) was `first` goes on over `link`:
// a two-byte link with a byte the first lacks ("s h i t, a fox") ends it, so the chain stops at a
// sentence's comma or full stop instead of taking in the next one-letter word.
bool LinkContinues(std::string_view first, std::string_view link) {
    auto in_first = [&](char c) { return first.find(c) != std::string_view::npos; };
    return link.size() < 2 || std::all_of(link.begin(), link.end(), in_first);
}

// True if t[i] is a single wordish character with no wordish neighbour.
bool IsSingle(const std::string& t, std::size_t i) {
    if (!IsWordish(t[i])) return false;
    bool left = i > 0 && IsWordish(t[i - 1]);
    bool right = i + 1 < t.size() && IsWordish(t[i + 1]);
    return !left && !right;
}

}  // namespace

// The passes, with access to NormalizedText's buffers.
struct NormalizePasses {
    static void Fold(std::string_view input, NormalizedText& out);
    static void CollapseSeparators(NormalizedText& io);
    static void UndoLeet(NormalizedText& io);
    static void SqueezeRepeats(NormalizedText& io);
    // Keeps the bytes whose keep(i) is true, in order (in place).
    template <class Keep>
    static void Compact(NormalizedText& io, Keep keep);
};

void NormalizePasses::Fold(std::string_view input, NormalizedText& out) {
    out.Clear();
    const std::size_t n = input.size();
    out.Reserve(n);
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(input.data());
    // Optimistically ASCII (offsets are identity): folded by table in one pass that also notes
    // any byte from 0x80, in which case the text is folded again below.
    out.text_.resize(n);
    if (FoldAsciiChunks(p, out.text_.data(), n) == 0) {
        out.identity_ = true;
        out.original_size_ = static_cast<std::uint32_t>(n);
        return;
    }
    out.text_.clear();
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && p[j] < 0x80) ++j;
        if (j > i) {  // fast path: a run of ASCII, one byte in, one byte out
            std::size_t base = out.text_.size();
            out.text_.resize(base + (j - i));
            out.begin_.resize(base + (j - i));
            out.end_.resize(base + (j - i));
            char* text = out.text_.data() + base;
            std::uint32_t* begin = out.begin_.data() + base;
            std::uint32_t* end = out.end_.data() + base;
            for (std::size_t k = i; k < j; ++k) {
                text[k - i] = kFoldAscii[p[k]];
                begin[k - i] = static_cast<std::uint32_t>(k);
                end[k - i] = static_cast<std::uint32_t>(k + 1);
            }
            i = j;
            if (i >= n) break;
        }
        auto b = static_cast<std::uint32_t>(i);
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
        if (len <= 0 || cp < 0) {  // invalid UTF-8: one separator per bad byte
            out.Append(' ', b, b + 1);
            ++i;
            continue;
        }
        FoldCodepoint(cp, b, static_cast<std::uint32_t>(i + static_cast<std::size_t>(len)), out);
        i += static_cast<std::size_t>(len);
    }
    out.original_size_ = static_cast<std::uint32_t>(n);
}

template <class Keep>
void NormalizePasses::Compact(NormalizedText& io, Keep keep) {
    io.MaterializeOffsets();
    std::size_t w = 0;
    for (std::size_t r = 0; r < io.text_.size(); ++r) {
        if (!keep(r)) continue;
        io.text_[w] = io.text_[r];
        io.begin_[w] = io.begin_[r];
        io.end_[w] = io.end_[r];
        ++w;
    }
    io.text_.resize(w);
    io.begin_.resize(w);
    io.end_.resize(w);
}

// Chains of >= 3 single wordish characters joined by 1-2 separators lose their separators.
// Chains are found first (on the unchanged text), then removed in one compaction.
void NormalizePasses::CollapseSeparators(NormalizedText& io) {
    const std::string& t = io.text_;
    const std::size_t n = t.size();
    if (!HasSeparatorChain(t.data(), n)) return;  // most texts: 16 bytes a step, no branch per byte
    thread_local std::vector<std::pair<std::size_t, std::size_t>> chains;  // [first, last] singles
    chains.clear();
    std::size_t i = 0;
    while (i < n) {
        // Skip to the next single: a wordish run of length one.
        if (!IsWordish(t[i])) { ++i; continue; }
        if (i + 1 < n && IsWordish(t[i + 1])) {
            while (i < n && IsWordish(t[i])) ++i;
            continue;
        }
        std::size_t j = i, count = 1;
        std::string_view first_link;
        while (true) {
            std::size_t k = j + 1, seps = 0;
            while (k < n && IsSeparator(t[k]) && seps < 3) { ++k; ++seps; }
            if (seps == 0 || seps > 2 || k >= n || !IsSingle(t, k)) break;
            const std::string_view link = std::string_view(t).substr(j + 1, seps);
            if (count == 1) first_link = link;
            else if (!LinkContinues(first_link, link)) break;
            ++count;
            j = k;
        }
        if (count >= 3) chains.emplace_back(i, j);
        i = j + 1;
    }
    if (chains.empty()) return;
    std::size_t c = 0;
    Compact(io, [&](std::size_t r) {
        while (c < chains.size() && chains[c].second <= r) ++c;
        bool inside = c < chains.size() && chains[c].first < r && r < chains[c].second;
        return !inside || IsWordish(t[r]);  // inside a chain, all but its singles are separators
    });
}

void NormalizePasses::UndoLeet(NormalizedText& io) {
    std::string& mapped = io.text_;
    // Two sweeps so that a$$ (second $ touches only the first) and $hit both resolve.
    for (int sweep = 0; sweep < 2; ++sweep) {
        for (std::size_t k = 0; k < mapped.size(); ++k) {
            std::size_t i = sweep == 0 ? k : mapped.size() - 1 - k;
            char c = mapped[i];
            char letter = LeetLetter(c);
            if (letter == 0) continue;
            bool prev = i > 0 && IsLetter(mapped[i - 1]);
            bool next = i + 1 < mapped.size() && IsLetter(mapped[i + 1]);
            if (c == '!' && !(prev && next)) continue;  // "great!" keeps its "!"
            if (c == '@' && !prev) continue;            // "@handle" keeps its "@"
            if (prev || next) mapped[i] = letter;
        }
    }
}

// A run of >= 3 of the same letter (not 'w': www.) becomes its first letter, spanning the run.
void NormalizePasses::SqueezeRepeats(NormalizedText& io) {
    std::string& t = io.text_;
    const std::size_t n = t.size();
    const std::size_t first = FirstLetterRun(t.data(), n);  // the first run to squeeze
    if (first == n) return;  // most texts have none
    io.MaterializeOffsets();
    std::size_t w = first, i = first;
    while (i < n) {
        std::size_t j = i + 1;
        while (j < n && t[j] == t[i]) ++j;
        if (IsLetter(t[i]) && t[i] != 'w' && j - i >= 3) {
            t[w] = t[i];
            io.begin_[w] = io.begin_[i];
            io.end_[w] = io.end_[j - 1];
            ++w;
        } else {
            for (std::size_t k = i; k < j; ++k, ++w) {
                t[w] = t[k];
                io.begin_[w] = io.begin_[k];
                io.end_[w] = io.end_[k];
            }
        }
        i = j;
    }
    t.resize(w);
    io.begin_.resize(w);
    io.end_.resize(w);
}

void NormalizedText::MaterializeOffsets() {
    if (!identity_) return;
    const std::size_t n = text_.size();
    begin_.resize(n);
    end_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        begin_[i] = static_cast<std::uint32_t>(i);
        end_[i] = static_cast<std::uint32_t>(i + 1);
    }
    identity_ = false;
}

void NormalizedText::Append(char c, std::uint32_t orig_begin, std::uint32_t orig_end) {
    MaterializeOffsets();
    text_.push_back(c);
    begin_.push_back(orig_begin);
    end_.push_back(orig_end);
}

void NormalizedText::Reserve(std::size_t n) {
    text_.reserve(n);
    begin_.reserve(n);
    end_.reserve(n);
}

void NormalizedText::Clear() {
    text_.clear();
    begin_.clear();
    end_.clear();
    original_size_ = 0;
    identity_ = false;
}

Span NormalizedText::ToOriginal(std::size_t begin, std::size_t end) const {
    if (begin >= end) {
        std::size_t at = begin < text_.size() ? OrigBegin(begin) : original_size_;
        return Span{at, at};
    }
    return Span{OrigBegin(begin), OrigEnd(end - 1)};
}

void NormalizeInto(std::string_view input, const NormalizeOptions& options, NormalizedText& out) {
    if (input.size() > std::numeric_limits<std::uint32_t>::max() - 1u) {
        input = input.substr(0, std::numeric_limits<std::uint32_t>::max() - 1u);
    }
    NormalizePasses::Fold(input, out);
    if (options.collapse_separators) NormalizePasses::CollapseSeparators(out);
    if (options.undo_leet) NormalizePasses::UndoLeet(out);
    if (options.squeeze_repeats) NormalizePasses::SqueezeRepeats(out);
}

NormalizedText Normalize(std::string_view input, const NormalizeOptions& options) {
    NormalizedText text;
    NormalizeInto(input, options, text);
    return text;
}

std::string NormalizeForMatch(std::string_view input) {
    NormalizeOptions options;
    options.collapse_separators = false;
    return Normalize(input, options).text();
}

}  // namespace steward::screening
