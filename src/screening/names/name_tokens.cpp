// Tokenizing by Unicode category (utf8proc) so that Ștefan, Zoë and Gwenllïan are single words,
// and apostrophes join letters only inside a word (D'Arcy) or mark a possessive (Amara's).
#include "screening/names/name_tokens.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "screening/normalizer.hpp"

namespace steward::screening {
namespace {

struct CodePoint {
    utf8proc_int32_t value = -1;
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::vector<CodePoint> Decode(std::string_view text) {
    std::vector<CodePoint> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        utf8proc_int32_t cp = -1;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                  static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
        if (n <= 0) {
            out.push_back({-1, pos, pos + 1});
            ++pos;
            continue;
        }
        out.push_back({cp, pos, pos + static_cast<std::size_t>(n)});
        pos += static_cast<std::size_t>(n);
    }
    return out;
}

bool IsLetter(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
            return true;
        default:
            return false;
    }
}

bool IsUpper(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    auto category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool IsLower(utf8proc_int32_t cp) { return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }

bool IsApostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool IsSymbol(utf8proc_int32_t cp) {
    if (cp < 0x2000) return false;
    auto category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_SO || category == UTF8PROC_CATEGORY_SK;
}

// True if the gap before a word ends a sentence: . ! ? : a newline or an emoji.
bool EndsSentence(const std::vector<CodePoint>& cps, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
        const auto cp = cps[k].value;
        if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '\n' || cp == 0x2022 ||
            IsSymbol(cp)) {
            return true;
        }
    }
    return false;
}

// Marks tokens inside whitespace-delimited chunks that look like e-mails, URLs or @handles.
void MarkSkipped(std::string_view text, std::vector<NameToken>& tokens) {
    for (NameToken& token : tokens) {
        std::size_t left = token.begin;
        while (left > 0 && !std::isspace(static_cast<unsigned char>(text[left - 1]))) --left;
        std::size_t right = token.end;
        while (right < text.size() && !std::isspace(static_cast<unsigned char>(text[right]))) ++right;
        const std::string_view chunk = text.substr(left, right - left);
        if (chunk.find('@') != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
            chunk.find("://") != std::string_view::npos) {
            token.skip = true;
        }
    }
}

}  // namespace

std::string FoldName(std::string_view text) {
    std::string folded = NormalizeForMatch(text);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t k = 0; k < folded.size(); ++k) {
        const std::string_view rest = std::string_view(folded).substr(k);
        if (rest.substr(0, 2) == "\xC5\x82") { out += 'l'; ++k; continue; }   // ł
        if (rest.substr(0, 2) == "\xC3\xB8") { out += 'o'; ++k; continue; }   // ø
        if (rest.substr(0, 2) == "\xC4\x91") { out += 'd'; ++k; continue; }   // đ
        if (rest.substr(0, 2) == "\xC4\xB1") { out += 'i'; ++k; continue; }   // ı
        if (rest.substr(0, 2) == "\xC3\x9F") { out += "ss"; ++k; continue; }  // ß
        out += folded[k];
    }
    return out;
}

namespace {

std::string StripApostrophes(std::string text) {
    text.erase(std::remove(text.begin(), text.end(), '\''), text.end());
    return text;
}

struct Builder {
    std::string_view text;
    const std::vector<CodePoint>& cps;
    TokenizedText out;
    std::size_t prev_cp = 0;    // code point index just after the previous token
    std::size_t prev_byte = 0;  // byte offset just after the previous token

    void Add(std::size_t first, std::size_t last, int hashtag, bool first_part) {
        NameToken token;
        token.begin = cps[first].begin;
        token.end = cps[last - 1].end;
        // Apostrophes dropped: D'Arcy, D’Arcy, DArcy and Darcy all meet as "darcy".
        token.folded = StripApostrophes(FoldName(text.substr(token.begin, token.end - token.begin)));
        token.gap = text.substr(prev_byte, (hashtag >= 0 && first_part ? cps[first - 1].begin
                                                                         : token.begin) -
                                               std::min(prev_byte, token.begin));
        token.upper_initial = IsUpper(cps[first].value);
        int letters = 0;
        bool any_lower = false;
        for (std::size_t k = first; k < last; ++k) {
            if (IsLower(cps[k].value)) any_lower = true;
            if (IsUpper(cps[k].value) || IsLower(cps[k].value)) ++letters;
        }
        token.all_upper = !any_lower && letters > 1;
        token.sentence_start = out.tokens.empty() || (hashtag < 0 || first_part
                                                          ? EndsSentence(cps, prev_cp, first)
                                                          : false);
        token.hashtag = hashtag;
        out.tokens.push_back(std::move(token));
        prev_cp = last;
        prev_byte = cps[last - 1].end;
    }
};

bool IsCamelBoundary(const std::vector<CodePoint>& cps, std::size_t k, std::size_t end) {
    const auto prev = cps[k - 1].value;
    const auto cur = cps[k].value;
    const bool prev_digit = prev >= '0' && prev <= '9';
    const bool cur_digit = cur >= '0' && cur <= '9';
    if (prev_digit != cur_digit) return true;
    if (IsLower(prev) && IsUpper(cur)) return true;
    return IsUpper(prev) && IsUpper(cur) && k + 1 < end && IsLower(cps[k + 1].value);
}

}  // namespace

TokenizedText TokenizeForNames(std::string_view text, const std::vector<std::string>& motto_hashtags) {
    const std::vector<CodePoint> cps = Decode(text);
    std::vector<std::string> mottos;
    for (const std::string& motto : motto_hashtags) {
        std::string_view body = motto;
        if (!body.empty() && body.front() == '#') body.remove_prefix(1);
        mottos.push_back(StripApostrophes(FoldName(body)));
    }
    Builder builder{text, cps, {}};
    std::size_t i = 0;
    while (i < cps.size()) {
        if (cps[i].value == '#' && i + 1 < cps.size() && IsLetter(cps[i + 1].value)) {
            std::size_t j = i + 1;
            while (j < cps.size() && IsLetter(cps[j].value)) ++j;
            Hashtag tag{cps[i].begin, cps[j - 1].end, {}, false};
            tag.folded = StripApostrophes(
                FoldName(text.substr(cps[i + 1].begin, tag.end - cps[i + 1].begin)));
            tag.motto = std::find(mottos.begin(), mottos.end(), tag.folded) != mottos.end();
            const int index = static_cast<int>(builder.out.hashtags.size());
            builder.out.hashtags.push_back(std::move(tag));
            std::size_t part = i + 1;
            for (std::size_t k = i + 2; k <= j; ++k) {
                if (k == j || IsCamelBoundary(cps, k, j)) {
                    builder.Add(part, k, index, part == i + 1);
                    part = k;
                }
            }
            i = j;
            continue;
        }
        if (!IsLetter(cps[i].value)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < cps.size()) {
            if (IsLetter(cps[j].value)) {
                ++j;
            } else if (IsApostrophe(cps[j].value) && j + 1 < cps.size() && IsLetter(cps[j + 1].value)) {
                ++j;
            } else {
                break;
            }
        }
        std::size_t last = j;
        bool possessive = false;
        if (last - i >= 3 && IsApostrophe(cps[last - 2].value) &&
            (cps[last - 1].value == 's' || cps[last - 1].value == 'S')) {
            last -= 2;
            possessive = true;
        } else if (j < cps.size() && IsApostrophe(cps[j].value) &&
                   (cps[j - 1].value == 's' || cps[j - 1].value == 'S') &&
                   (j + 1 == cps.size() || !IsLetter(cps[j + 1].value))) {
            possessive = true;
        }
        builder.Add(i, last, -1, true);
        builder.out.tokens.back().possessive = possessive;
        builder.prev_cp = j;
        builder.prev_byte = cps[j - 1].end;
        i = j;
    }
    MarkSkipped(text, builder.out.tokens);
    return std::move(builder.out);
}

}  // namespace steward::screening
