// The first, straightforward normaliser (one pass per option, one byte at a time), kept as the
// oracle the fast Normalize() is tested against: same text, same offsets, on any input.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <limits>

#include "screening/normalizer_internal.hpp"

namespace steward::screening {
namespace {


bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

bool IsSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == ',' || c == '/' || c == '|';
}

// A character that can stand for a letter in an obfuscated word.
bool IsWordish(char c) {
    return IsLetter(c) || (c >= '0' && c <= '9') || c == '*' || c == '$' || c == '@' || c == '!';
}

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

NormalizedText Fold(std::string_view input) {
    NormalizedText out;
    out.Reserve(input.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(input.data());
    const std::size_t n = input.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        auto b = static_cast<std::uint32_t>(i);
        if (c < 0x80) {  // ASCII fast path
            char o = static_cast<char>(c);
            if (c >= 'A' && c <= 'Z') o = static_cast<char>(c - 'A' + 'a');
            if (c < 0x20 || c == 0x7f) o = ' ';
            out.Append(o, b, b + 1);
            ++i;
            continue;
        }
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
    out.set_original_size(static_cast<std::uint32_t>(n));
    return out;
}

NormalizedText UndoLeet(const NormalizedText& in) {
    const std::string& t = in.text();
    std::string mapped = t;
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
    NormalizedText out;
    out.Reserve(mapped.size());
    for (std::size_t i = 0; i < mapped.size(); ++i) out.Append(mapped[i], in.OrigBegin(i), in.OrigEnd(i));
    out.set_original_size(in.original_size());
    return out;
}

// True if t[i] is a single wordish character with no wordish neighbour.
bool IsSingle(const std::string& t, std::size_t i) {
    if (!IsWordish(t[i])) return false;
    bool left = i > 0 && IsWordish(t[i - 1]);
    bool right = i + 1 < t.size() && IsWordish(t[i + 1]);
    return !left && !right;
}

NormalizedText CollapseSeparators(const NormalizedText& in) {
    const std::string& t = in.text();
    std::vector<bool> drop(t.size(), false);
    std::size_t i = 0;
    while (i < t.size()) {
        if (!IsSingle(t, i)) {
            ++i;
            continue;
        }
        // Walk a chain of singles joined by 1-2 separators.
        std::vector<std::size_t> chain{i};
        std::size_t j = i;
        std::string first_link;
        while (true) {
            std::size_t k = j + 1;
            std::size_t seps = 0;
            while (k < t.size() && IsSeparator(t[k]) && seps < 3) { ++k; ++seps; }
            if (seps == 0 || seps > 2 || k >= t.size() || !IsSingle(t, k)) break;
            // A two-byte link with a byte the chain's first link lacks ("s h i t, a") ends it.
            const std::string link = t.substr(j + 1, seps);
            if (chain.size() == 1) first_link = link;
            else if (link.size() == 2 && (first_link.find(link[0]) == std::string::npos ||
                                          first_link.find(link[1]) == std::string::npos)) break;
            chain.push_back(k);
            j = k;
        }
        if (chain.size() >= 3) {
            for (std::size_t c = 0; c + 1 < chain.size(); ++c) {
                for (std::size_t d = chain[c] + 1; d < chain[c + 1]; ++d) drop[d] = true;
            }
        }
        i = chain.back() + 1;
    }
    NormalizedText out;
    out.Reserve(t.size());
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (!drop[k]) out.Append(t[k], in.OrigBegin(k), in.OrigEnd(k));
    }
    out.set_original_size(in.original_size());
    return out;
}

NormalizedText SqueezeRepeats(const NormalizedText& in) {
    const std::string& t = in.text();
    NormalizedText out;
    out.Reserve(t.size());
    std::size_t i = 0;
    while (i < t.size()) {
        std::size_t j = i;
        while (j < t.size() && t[j] == t[i]) ++j;
        std::size_t run = j - i;
        if (IsLetter(t[i]) && t[i] != 'w' && run >= 3) {  // keeps www.
            out.Append(t[i], in.OrigBegin(i), in.OrigEnd(j - 1));
        } else {
            for (std::size_t k = i; k < j; ++k) out.Append(t[k], in.OrigBegin(k), in.OrigEnd(k));
        }
        i = j;
    }
    out.set_original_size(in.original_size());
    return out;
}

}  // namespace

NormalizedText NormalizeReference(std::string_view input, const NormalizeOptions& options) {
    if (input.size() > std::numeric_limits<std::uint32_t>::max() - 1u) {
        input = input.substr(0, std::numeric_limits<std::uint32_t>::max() - 1u);
    }
    NormalizedText text = Fold(input);
    if (options.collapse_separators) text = CollapseSeparators(text);
    if (options.undo_leet) text = UndoLeet(text);
    if (options.squeeze_repeats) text = SqueezeRepeats(text);
    return text;
}

}  // namespace steward::screening
