// PupilNameIndex: word tokens of the normalised text, looked up 2-5 at a time.
#include "screening/pupil_names.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "screening/names/name_words.hpp"

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
    std::vector<std::int32_t> ids;  // WordId of each token, looked up once
    std::string unquoted;  // texts of tokens with inner apostrophes, back to back
};

Buffers& ThreadBuffers() {
    thread_local Buffers buffers;
    return buffers;
}

// The end of the token that starts at the name char t[from]: name chars, joined across an
// apostrophe with a name char after it ("don't", "D'Arcy"). Sets `apostrophe` if it crossed one.
std::size_t TokenEnd(std::string_view t, std::size_t from, bool& apostrophe) {
    std::size_t to = from;
    apostrophe = false;
    while (to < t.size() && (IsNameChar(t[to]) || (t[to] == '\'' && to + 1 < t.size() && IsNameChar(t[to + 1])))) {
        apostrophe = apostrophe || t[to] == '\'';
        ++to;
    }
    return to;
}

// The token t[from, to) as the index spells it: apostrophes dropped ("dont"), a possessive 's cut
// ("Amara's" -> "amara"). With an apostrophe the letters are copied to `buffer`, which has room
// for to - from chars, and the view points there; else it points into `t`.
std::string_view Spell(std::string_view t, std::size_t from, std::size_t to, bool apostrophe,
                       char* buffer) {
    std::string_view text = t.substr(from, to - from);
    if (apostrophe) {
        std::size_t n = 0;
        for (char c : text) {
            if (c != '\'') buffer[n++] = c;
        }
        text = std::string_view(buffer, n);
    }
    if (text.size() > 2 && t[to - 2] == '\'' && t[to - 1] == 's') text.remove_suffix(1);  // possessive
    return text;
}

// Fills b.tokens. Texts of tokens with an inner apostrophe live in b.unquoted, j - i chars for
// each, within a reserve of t.size() made up front so the views into it stay valid.
void Tokenize(std::string_view t, Buffers& b) {
    b.tokens.clear();
    b.unquoted.clear();
    b.unquoted.reserve(t.size());
    std::size_t i = 0;
    while (i < t.size()) {
        if (!IsNameChar(t[i])) { ++i; continue; }
        bool apostrophe = false;
        const std::size_t j = TokenEnd(t, i, apostrophe);
        const std::size_t start = b.unquoted.size();
        if (apostrophe) b.unquoted.resize(start + (j - i));  // tokens are disjoint: within the reserve
        std::string_view text = Spell(t, i, j, apostrophe, b.unquoted.data() + start);
        bool quoted = i > 0 && (t[i - 1] == '\'' || t[i - 1] == '"') && j < t.size() && (t[j] == '\'' || t[j] == '"');
        bool hashtag = i > 0 && t[i - 1] == '#';
        bool comma = j < t.size() && t[j] == ',';
        b.tokens.push_back(Token{i, j, text, quoted, comma, hashtag});
        i = j;
    }
}

std::uint64_t StepKey(std::uint32_t state, std::uint32_t separator, std::int32_t word) {
    return (static_cast<std::uint64_t>(state) << 34 | static_cast<std::uint64_t>(separator) << 32 |
            static_cast<std::uint32_t>(word)) + 1;  // never 0 (the empty slot)
}

std::size_t StepSlot(std::uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

}  // namespace

PupilNameIndex::PupilNameIndex(const std::vector<PersonName>& pupils) {
    std::vector<std::string> keys, givens;
    for (const PersonName& p : pupils) {
        std::string last = NameKey(p.last);
        if (last.size() < 2) continue;
        // "O'Brien" is written "OBrien" (the key) and "O Brien": the part before the apostrophe
        // as a word of its own.
        std::string folded = NormalizeForMatch(p.last);
        std::replace(folded.begin(), folded.end(), '\'', ' ');
        std::string spaced = NameKey(folded);
        if (spaced == last) spaced.clear();
        for (const std::string* given : {&p.first, &p.preferred}) {
            std::string first = NameKey(*given);
            if (first.size() < 2) continue;
            if (first.find(' ') == std::string::npos) givens.push_back(first);
            keys.push_back(first + " " + last);
            keys.push_back(last + ", " + first);
            if (!spaced.empty()) {
                keys.push_back(first + " " + spaced);
                keys.push_back(spaced + ", " + first);
            }
            std::string joined = first + last;
            joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
            joined_.insert(joined);
            max_joined_ = std::max(max_joined_, joined.size());
        }
    }
    // Words first (the trie's edges are laid out once), then the prefix states of each key.
    std::map<std::string, std::int32_t, std::less<>> words;
    for (const std::string& key : keys) {
        for (std::size_t i = 0; i < key.size();) {
            std::size_t j = key.find_first_of(" ,", i);
            if (j == std::string::npos) j = key.size();
            words.emplace(key.substr(i, j - i), static_cast<std::int32_t>(words.size()));
            i = key.find_first_not_of(" ,", j);
            if (i == std::string::npos) break;
        }
    }
    BuildWordTrie(words);
    given_.assign(words.size(), false);
    for (const std::string& first : givens) given_[static_cast<std::size_t>(words.at(first))] = true;
    start_.assign(words.size(), 0);
    std::map<std::uint64_t, std::uint32_t> pending;
    for (const std::string& key : keys) AddKey(key, pending);
    std::size_t size = 16;
    while (size < pending.size() * 2) size *= 2;
    steps_.assign(size, Step{});
    for (const auto& [key, next] : pending) {
        std::size_t slot = StepSlot(key, size - 1);
        while (steps_[slot].key != 0) slot = (slot + 1) & (size - 1);
        steps_[slot] = Step{key, next};
    }
}

// The keys' words, each with its id.
void PupilNameIndex::BuildWordTrie(const std::map<std::string, std::int32_t, std::less<>>& words) {
    for (const auto& [word, id] : words) {
        words_.Add(word, WordTrie::Output{static_cast<std::uint32_t>(id), static_cast<std::uint32_t>(word.size())});
    }
    words_.Finish();
}

// "okafor, amara": the states "okafor" and "okafor, amara" (separators 1 " ", 2 ", ").
void PupilNameIndex::AddKey(std::string_view key, std::map<std::uint64_t, std::uint32_t>& pending) {
    std::uint32_t state = 0, separator = 0;
    for (std::size_t i = 0; i < key.size();) {
        std::size_t j = key.find_first_of(" ,", i);
        if (j == std::string_view::npos) j = key.size();
        std::int32_t word = WordId(key.substr(i, j - i));
        std::uint32_t* next = state == 0 ? &start_[static_cast<std::size_t>(word)] : nullptr;
        auto found = pending.find(StepKey(state, separator, word));
        if (next == nullptr) next = found != pending.end() ? &found->second : nullptr;
        if (next == nullptr || *next == 0) {
            auto fresh = static_cast<std::uint32_t>(whole_.size());
            whole_.push_back(false);
            if (next != nullptr) *next = fresh;
            else pending.emplace(StepKey(state, separator, word), fresh);
            state = fresh;
        } else {
            state = *next;
        }
        separator = j < key.size() && key[j] == ',' ? 2 : 1;
        i = key.find_first_not_of(" ,", j);
        if (i == std::string_view::npos) break;
    }
    if (!whole_[state]) ++keys_;
    whole_[state] = true;
}

std::int32_t PupilNameIndex::WordId(std::string_view w) const {
    const WordTrie::Output* found = words_.Exact(w);
    return found == nullptr ? -1 : static_cast<std::int32_t>(found->value);
}

std::uint32_t PupilNameIndex::Next(std::uint32_t state, std::uint32_t separator, std::int32_t word) const {
    if (word < 0 || steps_.empty()) return 0;
    std::uint64_t key = StepKey(state, separator, word);
    const std::size_t mask = steps_.size() - 1;
    for (std::size_t slot = StepSlot(key, mask);; slot = (slot + 1) & mask) {
        if (steps_[slot].key == key) return steps_[slot].next;
        if (steps_[slot].key == 0) return 0;
    }
}

std::vector<std::pair<std::size_t, std::size_t>> PupilNameIndex::Find(std::string_view t) const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    FindInto(t, out);
    return out;
}

// True if some token of `t` (as Tokenize cuts and spells it: "don't" is "dont", "Amara's" is
// "amara") may start a name, or a hashtag may hold one: else FindInto stops before building
// tokens (most texts, apostrophes included).
bool PupilNameIndex::MayHaveNames(std::string_view t) const {
    std::size_t i = 0;
    while (i < t.size()) {
        if (t[i] == '#') return true;
        if (!IsNameChar(t[i])) { ++i; continue; }
        bool apostrophe = false;
        const std::size_t j = TokenEnd(t, i, apostrophe);
        char buffer[64];
        if (apostrophe && j - i > sizeof buffer) return true;  // long: leave it to the full pass
        std::int32_t word = WordId(Spell(t, i, j, apostrophe, buffer));
        if (word >= 0 && start_[static_cast<std::size_t>(word)] != 0) return true;
        i = j;
    }
    return false;
}

void PupilNameIndex::FindInto(std::string_view t, std::vector<std::pair<std::size_t, std::size_t>>& out) const {
    if (keys_ == 0 || !MayHaveNames(t)) return;
    Buffers& b = ThreadBuffers();
    Tokenize(t, b);
    const std::vector<Token>& tokens = b.tokens;
    b.ids.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) b.ids[i] = WordId(tokens[i].text);
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
        std::int32_t first = b.ids[i];
        std::uint32_t state = first < 0 ? 0 : start_[static_cast<std::size_t>(first)];
        if (state == 0) continue;  // no key starts here
        for (std::size_t k = i + 1; k < tokens.size() && k < i + 6; ++k) {
            if (tokens[k].quoted) continue;  // Amara 'Mara' Okafor
            std::uint32_t separator = tokens[k - 1].comma_after && !tokens[k - 1].quoted ? 2 : 1;
            state = Next(state, separator, b.ids[k]);
            if (state == 0) break;  // no name goes on like this
            if (whole_[state]) {
                out.emplace_back(tokens[i].from, tokens[k].to);
                break;
            }
        }
    }
}

namespace {

// The word ending before `at` (letters only), or "" at the start of a sentence.
std::string_view WordBefore(std::string_view t, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == ',')) --end;
    std::size_t begin = end;
    while (begin > 0 && IsNameChar(t[begin - 1])) --begin;
    return t.substr(begin, end - begin);
}

// The word that starts at or after `at` (after spaces).
std::string_view WordAfter(std::string_view t, std::size_t at) {
    while (at < t.size() && t[at] == ' ') ++at;
    std::size_t end = at;
    while (end < t.size() && IsNameChar(t[end])) ++end;
    return t.substr(at, end - at);
}

// At a sentence's start every word is capitalised, so a word-name there is a person only when
// what follows is said of people: "River better watch his back", "Storm deserves what he gets".
bool SaidOfAPerson(std::string_view next) {
    static constexpr std::array<std::string_view, 6> kPersonVerbs = {
        "better", "deserves", "gonna", "wants", "needs", "thinks"};
    return std::find(kPersonVerbs.begin(), kPersonVerbs.end(), next) != kPersonVerbs.end();
}

}  // namespace

void PupilNameIndex::FindFirstNamesInto(const NormalizedText& norm, std::string_view original,
                                        std::vector<std::pair<std::size_t, std::size_t>>& out) const {
    const std::string& t = norm.text();
    for (std::size_t i = 0; i < t.size();) {
        if (!IsNameChar(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && IsNameChar(t[j])) ++j;
        const std::string_view word = std::string_view(t).substr(i, j - i);
        const std::int32_t id = WordId(word);
        const std::size_t from = i;
        i = j;
        if (id < 0 || !given_[static_cast<std::size_t>(id)] || (from > 0 && t[from - 1] == '#')) continue;
        const std::string_view before = WordBefore(t, from);
        if (IsTitle(before)) continue;  // staff: "Mr Grant"
        if (IsWordName(word)) {
            // Capitalised, not in capitals ("he WILL"), and not a word above all ("may", "will").
            const Span span = norm.ToOriginal(from, j);
            auto upper = [&](std::size_t k) { return k < span.end && original[k] >= 'A' && original[k] <= 'Z'; };
            const bool capital = span.end <= original.size() && upper(span.begin) && !upper(span.begin + 1);
            if (!capital || IsStrongWordName(word) || IsDeterminer(before)) continue;
            if (before.empty() && !SaidOfAPerson(WordAfter(t, j))) continue;
        }
        std::size_t to = j;
        if (to + 1 < t.size() && t[to] == '\'' && t[to + 1] == 's') to += 2;  // "oliver's"
        out.emplace_back(from, to);
    }
}

}  // namespace steward::screening
