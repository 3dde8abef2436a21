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
    std::string_view text;  // apostrophes removed (then it points into a side buffer)
    bool quoted;            // 'Mara' or "Mara"
    bool comma_after;
    bool hashtag;
};

// Per-thread buffers, so a scan allocates nothing once they have grown.
struct Buffers {
    std::vector<Token> tokens;
    std::string unquoted;  // texts of tokens with inner apostrophes, back to back
    std::string key;
};

Buffers& ThreadBuffers() {
    thread_local Buffers buffers;
    return buffers;
}

// Fills b.tokens. Texts of tokens with an inner apostrophe live in b.unquoted, which is sized
// up front so the views into it stay valid.
void Tokenize(std::string_view t, Buffers& b) {
    b.tokens.clear();
    b.unquoted.clear();
    b.unquoted.reserve(t.size());
    std::size_t i = 0;
    while (i < t.size()) {
        if (!IsNameChar(t[i])) { ++i; continue; }
        std::size_t j = i;
        bool apostrophe = false;
        while (j < t.size() && (IsNameChar(t[j]) || (t[j] == '\'' && j + 1 < t.size() && IsNameChar(t[j + 1])))) {
            apostrophe = apostrophe || t[j] == '\'';
            ++j;
        }
        std::string_view text = t.substr(i, j - i);
        if (apostrophe) {
            std::size_t start = b.unquoted.size();
            for (std::size_t k = i; k < j; ++k) {
                if (t[k] != '\'') b.unquoted += t[k];
            }
            text = std::string_view(b.unquoted).substr(start);
        }
        if (text.size() > 2 && t.compare(j - 2, 2, "'s") == 0) text.remove_suffix(1);  // possessive
        bool quoted = i > 0 && (t[i - 1] == '\'' || t[i - 1] == '"') && j < t.size() && (t[j] == '\'' || t[j] == '"');
        bool hashtag = i > 0 && t[i - 1] == '#';
        bool comma = j < t.size() && t[j] == ',';
        b.tokens.push_back(Token{i, j, text, quoted, comma, hashtag});
        i = j;
    }
}

// A cheap fingerprint of a word (length, first two and last letters) for the start filter.
std::size_t StartFilterBit(std::string_view w) {
    auto at = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(w[i])); };
    std::size_t h = w.size() * 0x9E37u;
    h = (h ^ at(0)) * 0x01000193u;
    h = (h ^ at(w.size() > 1 ? 1 : 0)) * 0x01000193u;
    h = (h ^ at(w.size() - 1)) * 0x01000193u;
    return (h ^ (h >> 16)) & 0xFFFFu;
}

}  // namespace

PupilNameIndex::PupilNameIndex(const std::vector<PersonName>& pupils) {
    for (const PersonName& p : pupils) {
        std::string last = NameKey(p.last);
        if (last.size() < 2) continue;
        for (const std::string* given : {&p.first, &p.preferred}) {
            std::string first = NameKey(*given);
            if (first.size() < 2) continue;
            for (std::string key : {first + " " + last, last + ", " + first}) {
                start_filter_.set(StartFilterBit(key.substr(0, key.find_first_of(" ,"))));
                for (std::size_t p = key.find_first_of(" ,"); p != std::string::npos; p = key.find_first_of(" ,", p + 1)) {
                    prefixes_.emplace(key.substr(0, p), false);
                }
                prefixes_[key] = true;
                spaced_.insert(std::move(key));
            }
            std::string joined = first + last;
            joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
            joined_.insert(joined);
            max_joined_ = std::max(max_joined_, joined.size());
        }
    }
}

std::vector<std::pair<std::size_t, std::size_t>> PupilNameIndex::Find(std::string_view t) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    FindInto(t, out);
    return out;
}

// True if some word of `t` may start a name or a hashtag may hold one: else FindInto stops
// before building tokens (most texts).
bool PupilNameIndex::MayHaveNames(std::string_view t) const {
    std::size_t i = 0;
    while (i < t.size()) {
        if (t[i] == '#') return true;
        if (!IsNameChar(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && IsNameChar(t[j])) ++j;
        if (j < t.size() && t[j] == '\'') return true;  // apostrophes: leave it to the full pass
        if (start_filter_.test(StartFilterBit(t.substr(i, j - i)))) return true;
        i = j;
    }
    return false;
}

void PupilNameIndex::FindInto(std::string_view t, std::vector<std::pair<std::size_t, std::size_t>>& out) const {
    if (spaced_.empty() || !MayHaveNames(t)) return;
    Buffers& b = ThreadBuffers();
    Tokenize(t, b);
    const std::vector<Token>& tokens = b.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].hashtag) {  // #WellDoneAmaraOkafor: any joined name inside the tag
            std::string_view tag = tokens[i].text;
            for (std::size_t s = 0; s < tag.size(); ++s) {
                for (std::size_t len = 4; len <= max_joined_ && s + len <= tag.size(); ++len) {
                    if (joined_.find(tag.substr(s, len)) != joined_.end()) {
                        out.emplace_back(tokens[i].from + s, tokens[i].from + s + len);
                    }
                }
            }
        }
        if (!start_filter_.test(StartFilterBit(tokens[i].text))) continue;  // no key starts here
        std::string& key = b.key;
        key.clear();
        for (std::size_t k = i; k < tokens.size() && k < i + 6; ++k) {
            if (k > i && tokens[k].quoted) continue;  // Amara 'Mara' Okafor
            if (!key.empty()) key += tokens[k - 1].comma_after && !tokens[k - 1].quoted ? ", " : " ";
            key += tokens[k].text;
            auto prefix = prefixes_.find(std::string_view(key));
            if (prefix == prefixes_.end()) break;  // no name goes on like this
            if (k > i && prefix->second) {
                out.emplace_back(tokens[i].from, tokens[k].to);
                break;
            }
        }
    }
}

}  // namespace steward::screening
