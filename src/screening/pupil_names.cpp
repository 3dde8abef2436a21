// PupilNameIndex: word tokens of the normalised text, looked up 2-5 at a time.
#include "screening/pupil_names.hpp"

#include <algorithm>

namespace steward::screening {
namespace {

bool IsNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// "Hall-Osei" -> "hall osei"; "D'Arcy" -> "darcy".
std::string NameKey(const std::string& name) {
    std::string folded = NormalizeForMatch(name), out;
    for (char c : folded) {
        if (IsNameChar(c)) out += c;
        else if ((c == ' ' || c == '-') && !out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

struct Token {
    std::size_t from, to;
    std::string text;  // apostrophes removed
    bool quoted;       // 'Mara' or "Mara"
    bool comma_after;
    bool hashtag;
};

std::vector<Token> Tokens(const std::string& t) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < t.size()) {
        if (!IsNameChar(t[i])) { ++i; continue; }
        std::size_t j = i;
        std::string text;
        while (j < t.size() && (IsNameChar(t[j]) || (t[j] == '\'' && j + 1 < t.size() && IsNameChar(t[j + 1])))) {
            if (t[j] != '\'') text += t[j];
            ++j;
        }
        std::size_t to = j;
        if (text.size() > 2 && t.compare(to - 2, 2, "'s") == 0) text.resize(text.size() - 1);  // possessive
        bool quoted = i > 0 && (t[i - 1] == '\'' || t[i - 1] == '"') && j < t.size() && (t[j] == '\'' || t[j] == '"');
        bool hashtag = i > 0 && t[i - 1] == '#';
        bool comma = j < t.size() && t[j] == ',';
        out.push_back(Token{i, to, text, quoted, comma, hashtag});
        i = j;
    }
    return out;
}

}  // namespace

PupilNameIndex::PupilNameIndex(const std::vector<PersonName>& pupils) {
    for (const PersonName& p : pupils) {
        std::string last = NameKey(p.last);
        if (last.size() < 2) continue;
        for (const std::string* given : {&p.first, &p.preferred}) {
            std::string first = NameKey(*given);
            if (first.size() < 2) continue;
            spaced_.insert(first + " " + last);
            spaced_.insert(last + ", " + first);
            std::string joined = first + last;
            joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
            joined_.insert(joined);
            max_joined_ = std::max(max_joined_, joined.size());
        }
    }
}

std::vector<std::pair<std::size_t, std::size_t>> PupilNameIndex::Find(const std::string& t) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (spaced_.empty()) return out;
    std::vector<Token> tokens = Tokens(t);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].hashtag) {  // #WellDoneAmaraOkafor: any joined name inside the tag
            const std::string& tag = tokens[i].text;
            for (std::size_t s = 0; s < tag.size(); ++s) {
                for (std::size_t len = 4; len <= max_joined_ && s + len <= tag.size(); ++len) {
                    if (joined_.count(tag.substr(s, len))) out.emplace_back(tokens[i].from + s, tokens[i].from + s + len);
                }
            }
        }
        std::string key;
        for (std::size_t k = i; k < tokens.size() && k < i + 6; ++k) {
            if (k > i && tokens[k].quoted) continue;  // Amara 'Mara' Okafor
            if (!key.empty()) key += tokens[k - 1].comma_after && !tokens[k - 1].quoted ? ", " : " ";
            key += tokens[k].text;
            if (k > i && spaced_.count(key)) {
                out.emplace_back(tokens[i].from, tokens[k].to);
                break;
            }
        }
    }
    return out;
}

}  // namespace steward::screening
