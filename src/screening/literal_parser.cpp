// The parser's set helpers (literal_parser.hpp).
#include "screening/literal_parser.hpp"

namespace steward::screening::literal_parser {

std::size_t MinLength(const StringSet& s) {
    std::size_t m = kMaxLength + 1;
    for (const auto& x : s) m = std::min(m, x.size());
    return m;
}

// Longer shortest string first, then fewer strings.
bool Better(const StringSet& a, const std::optional<StringSet>& b) {
    if (!b) return true;
    if (MinLength(a) != MinLength(*b)) return MinLength(a) > MinLength(*b);
    return a.size() < b->size();
}

// (literal_parser.hpp) A '|' does not end the word: the lexicons write it for i or l
// ("k[i1\\|]ll"), and cut there "k|ll" would leave "k", a gate nearly every comment opens.
StringSet FirstWords(const StringSet& set) {
    StringSet cut;
    for (const std::string& x : set) {
        std::size_t end = 1;
        while (end < x.size() && !(static_cast<unsigned char>(x[end]) < 0x80 && Apart(x[end]) && x[end] != '|')) ++end;
        cut.insert(x.substr(0, end));
    }
    StringSet out;
    for (const std::string& x : cut) {  // sorted: a string's prefixes come before it
        if (std::none_of(out.begin(), out.end(), [&](const std::string& y) { return x.starts_with(y); })) out.insert(x);
    }
    return out;
}

// How often a set of words is expected at word starts in comments (lower is rarer): a word that
// begins one of the commonest English words counts heavily, a short one more than a long one.
std::size_t WordScore(const StringSet& set) {
    static constexpr std::string_view kCommon[] = {
        "the", "a", "an", "i", "i'm", "im", "to", "and", "of", "in", "is", "it", "its", "you", "your", "that",
        "he", "she", "was", "for", "on", "are", "with", "as", "his", "her", "him", "they", "them", "be", "at",
        "have", "this", "from", "or", "had", "by", "not", "but", "what", "all", "were", "we", "when", "can",
        "there", "do", "so", "if", "will", "up", "out", "then", "me", "my", "no", "just", "get", "got", "our",
        "us", "been", "has", "would", "could", "thank", "thanks", "day", "well", "done", "school", "year"};
    std::size_t score = 0;
    for (const std::string& x : set) {
        bool common = std::any_of(std::begin(kCommon), std::end(kCommon), [&](std::string_view w) { return w.starts_with(x); });
        score += common ? 64 : x.size() >= 4 ? 1 : 1 + (4 - x.size()) * 4;
    }
    return score;
}

std::optional<StringSet> Product(const StringSet& a, const StringSet& b) {
    if (a.size() * b.size() > kCap) return std::nullopt;
    StringSet out;
    for (const auto& x : a) {
        for (const auto& y : b) {
            if (x.size() + y.size() > kMaxLength) return std::nullopt;
            out.insert(x + y);
        }
    }
    return out;
}

}  // namespace steward::screening::literal_parser
