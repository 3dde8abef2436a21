// StaffIndex: titles and staff names found token by token in the normalised text.
#include "screening/staff_names.hpp"

#include <algorithm>
#include <array>

#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

bool IsWordChar(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

struct Word {
    std::size_t from, to;
    std::string_view text;
};

void WordsInto(std::string_view t, std::vector<Word>& out) {
    out.clear();
    std::size_t i = 0;
    while (i < t.size()) {
        if (!IsWordChar(t[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < t.size() && (IsWordChar(t[j]) || (t[j] == '\'' && j + 1 < t.size() && IsWordChar(t[j + 1]) &&
                                                     !(t[j + 1] == 's' && (j + 2 >= t.size() || !IsWordChar(t[j + 2])))))) {
            ++j;
        }
        out.push_back(Word{i, j, t.substr(i, j - i)});
        i = j;
    }
}

std::vector<Word> Words(std::string_view t) {
    std::vector<Word> out;
    WordsInto(t, out);
    return out;
}

std::string_view FirstWord(std::string_view key) { return key.substr(0, key.find(' ')); }

// "Hall-Osei" -> "hall osei"; "O'Brien" -> "o'brien" (as the text tokenises it).
std::string Key(const std::string& name) {
    std::string folded = NormalizeForMatch(name), out;  // Words() points into `folded`
    for (const Word& w : Words(folded)) out += (out.empty() ? "" : " ") + std::string(w.text);
    return out;
}

// The forms a key with an apostrophe is written in: "o'hare", "ohare" (dropped, as pupils' names
// are keyed: pupil_names.cpp NameKey) and "o hare" (a space for it); others: the key alone.
std::vector<std::string> KeyForms(const std::string& key) {
    if (key.find('\'') == std::string::npos) return {key};
    std::string dropped, spaced;
    for (char c : key) {
        if (c != '\'') dropped += c;
        spaced += c == '\'' ? ' ' : c;
    }
    return {key, dropped, spaced};
}

bool IsTitle(std::string_view w) {
    static constexpr std::array<std::string_view, 7> kTitles = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof"};
    for (std::string_view t : kTitles) {
        if (w == t) return true;
    }
    return false;
}

// Words that follow a title without being a name: "Mr and Mrs", "miss you".
bool IsFunctionWord(std::string_view w) {
    static constexpr std::array<std::string_view, 40> kWords = {
        "and", "or", "the", "a", "an", "is", "was", "are", "to", "for", "at", "in", "on", "of", "you",
        "u", "i", "me", "my", "we", "our", "us", "it", "this", "that", "him", "her", "them", "so",
        "said", "says", "has", "had", "will", "would", "can", "could", "did", "does", "not"};
    for (std::string_view t : kWords) {
        if (w == t) return true;
    }
    return false;
}

bool Adjacent(std::string_view t, const Word& a, const Word& b) {  // "mr king", "mrs. patel", "hall-osei"
    if (b.from < a.to || b.from - a.to > 2) return false;
    for (std::size_t i = a.to; i < b.from; ++i) {
        if (t[i] != ' ' && t[i] != '.' && t[i] != '-') return false;
    }
    return true;
}

}  // namespace

StaffIndex::StaffIndex(const std::vector<PersonName>& staff) {
    for (const PersonName& p : staff) {
        std::string last = Key(p.last), first = Key(p.first);
        if (!last.empty()) {
            for (std::string& form : KeyForms(last)) surnames_.insert(std::move(form));
            initials_ += last[0];
        }
        if (!first.empty()) {
            for (std::string& form : KeyForms(first)) first_names_.insert(std::move(form));
        }
        if (!first.empty() && !last.empty()) {
            for (const std::string& given : KeyForms(first)) {
                for (const std::string& family : KeyForms(last)) full_names_.insert(given + " " + family);
            }
        }
    }
    for (const NameKeySet* keys : {&surnames_, &first_names_}) {
        for (const std::string& key : *keys) {
            for (std::size_t i = 0; i < key.size();) {
                std::size_t end = std::min(key.find(' ', i), key.size());
                name_words_.emplace(key.substr(i, end - i));
                i = end + 1;
            }
        }
    }
    for (const std::string& key : surnames_) surname_starts_.emplace(FirstWord(key));
    for (const std::string& key : full_names_) full_name_starts_.emplace(FirstWord(key));
}

std::vector<StaffMention> StaffIndex::Find(const NormalizedText& norm, std::string_view original) const {
    const std::string& t = norm.text();
    thread_local std::vector<Word> words;
    thread_local std::string key;
    WordsInto(t, words);
    std::vector<StaffMention> out;
    // The number of words from `k` that form a name in `names` (up to three), or 0.
    auto name_at = [&](std::size_t k, const NameKeySet& names, const NameKeySet& starts) -> std::size_t {
        if (k >= words.size() || !starts.contains(words[k].text)) return 0;
        key.clear();
        std::size_t best = 0;
        for (std::size_t n = 0; n < 3 && k + n < words.size(); ++n) {
            if (n > 0 && !Adjacent(t, words[k + n - 1], words[k + n])) break;
            if (n > 0) key += ' ';
            key += words[k + n].text;
            if (names.contains(std::string_view(key))) best = n + 1;
        }
        return best;
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t full = name_at(i, full_names_, full_name_starts_);  // "nisha patel"
        bool title = IsTitle(words[i].text);
        if (!title) {
            if (full > 0) out.push_back({words[i].from, words[i + full - 1].to, true});
            continue;
        }
        std::size_t j = i + 1;
        if (j >= words.size() || !Adjacent(t, words[i], words[j])) continue;
        std::string_view name = words[j].text;
        std::size_t n = name_at(j, full_names_, full_name_starts_);  // "mrs nisha patel"
        if (n == 0) n = name_at(j, surnames_, surname_starts_);      // "mrs patel"
        if (n == 0 && first_names_.contains(name)) n = 1;            // "miss bethan"
        bool listed = n > 0 || (name.size() == 1 && initials_.find(name[0]) != std::string::npos);  // "mr p"
        if (listed) {
            std::size_t last = j + (n > 0 ? n : 1) - 1;
            out.push_back({words[i].from, words[last].to, true});
            i = last;
            continue;
        }
        if (name.size() < 2 || IsFunctionWord(name)) continue;
        Span first = norm.ToOriginal(words[j].from, words[j].from + 1);
        bool capital = first.begin < original.size() && original[first.begin] >= 'A' && original[first.begin] <= 'Z';
        if (words[i].text == "miss" && !capital) continue;  // "miss the bus"
        out.push_back({words[i].from, words[j].to, false});
        i = j;
    }
    return out;
}

}  // namespace steward::screening

// ---- Insults aimed at staff (declared in screener_internal.hpp) ----
namespace steward::screening {
namespace {

bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

// The next word at or after `i` in the same sentence: [from, to), or from == npos.
std::pair<std::size_t, std::size_t> NextWord(const std::string& t, std::size_t i) {
    while (i < t.size() && !IsWordChar(t[i])) {
        if (IsSentenceEnd(t[i])) return {std::string::npos, 0};
        ++i;
    }
    if (i >= t.size()) return {std::string::npos, 0};
    std::size_t j = i;
    while (j < t.size() && IsWordChar(t[j])) ++j;
    return {i, j};
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
    for (std::string_view x : list) {
        if (w == x) return true;
    }
    return false;
}

bool Insulting(const Hit& h) { return h.rule->code == Kind::kInsult || h.rule->code == Kind::kPersonInsult; }

// "<mention> is (so|such a|an absolute ...)? <insult>": the insulting hit, or nullptr.
const Hit* Predicate(const ScanResult& scan, const StaffMention& m) {
    const std::string& t = scan.norm.text();
    auto [from, to] = NextWord(t, m.to);
    if (from == std::string::npos) return nullptr;
    std::string_view copula = std::string_view(t).substr(from, to - from);
    if (!OneOf(copula, {"is", "was", "s", "are", "r", "seems", "looks", "remains", "has", "being"})) return nullptr;
    std::size_t start = from, end = to;
    for (int k = 0; k < 5; ++k) {  // modifiers, then the word that must be insulting
        auto [f, e] = NextWord(t, end);
        if (f == std::string::npos) break;
        end = e;
        std::string_view w = std::string_view(t).substr(f, e - f);
        if (!OneOf(w, {"a", "an", "so", "such", "really", "very", "absolutely", "completely", "totally", "utterly",
                       "just", "bloody", "truly", "incredibly", "the", "most", "actually", "genuinely", "frankly",
                       "proper", "quite", "pretty", "been", "being", "always", "beyond", "plain"})) {
            break;
        }
    }
    for (const Hit& h : scan.hits) {
        if (Insulting(h) && h.from >= start && h.from < end) return &h;
    }
    return nullptr;
}

bool SameSentence(const std::string& t, std::size_t a, std::size_t b) {
    for (std::size_t i = std::min(a, b); i < std::max(a, b) && i < t.size(); ++i) {
        if (IsSentenceEnd(t[i]) && !(t[i] == '.' && i > 0 && i + 1 < t.size() && t[i + 1] == ' ' &&
                                     (i < 4 || t.compare(i - 2, 2, "mr") == 0 || t.compare(i - 3, 3, "mrs") == 0 ||
                                      t.compare(i - 2, 2, "ms") == 0 || t.compare(i - 2, 2, "dr") == 0))) {
            return false;
        }
    }
    return true;
}

}  // namespace

StaffTargeting TargetStaff(std::string_view text, const ScanResult& scan, const StaffIndex& staff, bool insult) {
    StaffTargeting out;
    if (!std::any_of(scan.hits.begin(), scan.hits.end(), [](const Hit& h) { return Insulting(h) || h.rule->code == Kind::kProfaneInsult; })) {
        return out;
    }
    const std::string& t = scan.norm.text();
    for (const StaffMention& m : staff.Find(scan.norm, text)) {
        const Hit* predicate = Predicate(scan, m);
        bool targeted = predicate != nullptr;
        if (predicate != nullptr && predicate->rule->code == Kind::kPersonInsult) {
            out.findings.push_back(MakeFinding(text, scan, *predicate, Category::kInsult));
        }
        if (!targeted && insult) {  // "Honestly Mrs Thornton you are a disgrace"
            targeted = std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& h) {
                return (h.rule->code == Kind::kInsult || h.rule->code == Kind::kProfaneInsult) &&
                       SameSentence(t, m.to, h.from);
            });
        }
        if (!targeted) continue;
        out.insult = out.insult || predicate != nullptr;
        out.findings.push_back(SpanFinding(text, scan.norm.ToOriginal(m.from, m.to), Category::kInsult,
                                           m.listed ? "insult/targets_staff" : "insult/targets_named_adult",
                                           Severity::kMedium, m.listed ? 1.0 : 0.7));
    }
    return out;
}

}  // namespace steward::screening
