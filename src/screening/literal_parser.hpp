// The regex parser behind literal_factors.hpp (internal): a small recursive-descent parser over
// the regex subset the lexicons use, computing per node the exact set of strings it matches (when
// finite and small), a set of strings one of which every match contains, what every match begins
// with, and whether a match can be empty or ends with a byte that makes the next one a word start.
// Unknown syntax makes the parse fail, and a failed parse means "nothing known".
#pragma once

#include <algorithm>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace steward::screening::literal_parser {

using StringSet = std::set<std::string>;

inline constexpr std::size_t kCap = 256;        // largest exact set kept
inline constexpr std::size_t kMaxLength = 48;   // longest exact string kept

// What is known about the strings a node matches.
struct Info {
    std::optional<StringSet> exact;  // every string it matches (finite, small)
    std::optional<StringSet> need;   // every match contains one of these (none contains "")
    std::optional<StringSet> prefix; // every match begins with one of these
    bool empty_ok = true;   // may match "" (unknown: true)
    bool ends_apart = false;  // every non-empty match ends with a byte other than [A-Za-z0-9]
    // A match that begins at a word start holds one of these at a word start (the best known).
    std::optional<StringSet> words;
    std::size_t min_digits = 0;  // ASCII digits every match has, at least (unknown: 0)
};

// A byte after which a word starts (WordTrie's rule; upper case too, to be safe).
inline bool Apart(char c) {
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

// A node of one byte other than a known literal: \s, \w, '.', wide classes.
inline Info OneByte(bool apart) {
    Info info;
    info.empty_ok = false;
    info.ends_apart = apart;
    return info;
}

inline std::optional<StringSet> Prefix(const Info& info) { return info.exact ? info.exact : info.prefix; }

inline bool HasEmpty(const StringSet& s) { return s.count("") > 0; }

// The best "contains one of" set known for a node: its exact set if that cannot be empty.
inline std::optional<StringSet> Necessary(const Info& info) {
    if (info.exact && !info.exact->empty() && !HasEmpty(*info.exact)) return info.exact;
    return info.need;
}

std::size_t MinLength(const StringSet& s);
// Longer shortest string first, then fewer strings.
bool Better(const StringSet& a, const std::optional<StringSet>& b);
// `set` cut to its first words (each string up to the first ASCII byte after which a word starts;
// a '|', the lexicons' stand-in for i or l, does not end a word),
// minus strings another one begins with: what every string of `set` begins with, smaller.
StringSet FirstWords(const StringSet& set);
// How often a set of words is expected at word starts in comments (lower is rarer): a word that
// begins one of the commonest English words counts heavily, a short one more than a long one.
std::size_t WordScore(const StringSet& set);
// Every concatenation of a string of `a` and one of `b`; none if too many or too long.
std::optional<StringSet> Product(const StringSet& a, const StringSet& b);

inline Info Exact(StringSet s) {
    Info info;
    info.empty_ok = HasEmpty(s);
    info.ends_apart = std::all_of(s.begin(), s.end(), [](const std::string& x) { return x.empty() || Apart(x.back()); });
    info.min_digits = s.empty() ? 0 : std::string::npos;
    for (const std::string& x : s) {
        info.min_digits = std::min<std::size_t>(info.min_digits, std::count_if(x.begin(), x.end(), [](char c) {
            return c >= '0' && c <= '9';
        }));
    }
    info.exact = std::move(s);
    return info;
}

class Parser {
  public:
    explicit Parser(std::string_view re) : re_(re) {}

    std::optional<Info> Parse() {
        auto info = Alternation();
        if (!ok_ || pos_ != re_.size()) return std::nullopt;
        return info;
    }
    // True once an anchor (^ or $ outside a class) was read: it is taken as "" above, which is
    // right for a filter but not for an exact matcher.
    bool saw_anchor() const { return saw_anchor_; }
    // Per top-level alternative: for each word a match (beginning at a word start) must have at
    // a word start, its spellings; rarest (WordScore) first.
    const std::vector<std::vector<StringSet>>& top_words() const { return top_; }

  private:
    std::string_view re_;
    std::size_t pos_ = 0;
    bool saw_anchor_ = false;
    bool ok_ = true;
    int depth_ = 0;  // groups open
    std::vector<std::vector<StringSet>> top_;

    bool AtEnd() const { return pos_ >= re_.size(); }
    char Peek() const { return re_[pos_]; }

    Info Fail() {
        ok_ = false;
        return Info{};
    }

    Info Alternation() {
        std::vector<Info> alts{Concatenation()};
        while (ok_ && !AtEnd() && Peek() == '|') {
            ++pos_;
            alts.push_back(Concatenation());
        }
        if (alts.size() == 1) return alts.front();
        Info out;
        StringSet exact, need;
        bool all_exact = true, all_need = true;
        for (const Info& a : alts) {
            if (a.exact) exact.insert(a.exact->begin(), a.exact->end());
            else all_exact = false;
            auto n = Necessary(a);
            if (n) need.insert(n->begin(), n->end());
            else all_need = false;
        }
        if (all_exact && exact.size() <= kCap) out.exact = exact;
        if (all_need && !HasEmpty(need)) out.need = need;
        StringSet prefix;
        bool all_prefix = true;
        for (const Info& a : alts) {
            auto p = Prefix(a);
            if (p) prefix.insert(p->begin(), p->end());
            else all_prefix = false;
        }
        if (all_prefix && prefix.size() <= kCap) out.prefix = prefix;
        out.empty_ok = std::any_of(alts.begin(), alts.end(), [](const Info& a) { return a.empty_ok; });
        if (std::all_of(alts.begin(), alts.end(), [](const Info& a) { return a.words.has_value(); })) {
            StringSet words;
            for (const Info& a : alts) words.insert(a.words->begin(), a.words->end());
            out.words = FirstWords(words);
        }
        out.ends_apart = std::all_of(alts.begin(), alts.end(), [](const Info& a) { return a.ends_apart; });
        out.min_digits = std::min_element(alts.begin(), alts.end(), [](const Info& a, const Info& b) {
            return a.min_digits < b.min_digits;
        })->min_digits;
        return out;
    }

    Info Concatenation() {
        std::vector<Info> items;
        while (ok_ && !AtEnd() && Peek() != '|' && Peek() != ')') items.push_back(Quantified());
        if (!ok_) return Info{};
        std::vector<StringSet> words = WordSets(items);
        if (depth_ == 0) top_.push_back(words);
        Info out;
        if (!words.empty()) out.words = words.front();
        out.empty_ok = true;
        out.ends_apart = true;  // vacuously, until an item matches something
        for (const Info& item : items) {
            out.ends_apart = item.empty_ok ? out.ends_apart && item.ends_apart : item.ends_apart;
            out.empty_ok = out.empty_ok && item.empty_ok;
            out.min_digits += item.min_digits;
        }
        std::optional<StringSet> best;
        auto consider = [&](const std::optional<StringSet>& s) {
            if (s && !s->empty() && !HasEmpty(*s) && Better(*s, best)) best = s;
        };
        std::optional<StringSet> run = StringSet{""};  // product of the current run of exact items
        bool all_exact = true;
        std::optional<StringSet> whole = StringSet{""};
        for (const Info& item : items) {
            consider(Necessary(item));
            if (!item.exact) {
                consider(run);
                run = StringSet{""};
                all_exact = false;
                continue;
            }
            auto next = Product(*run, *item.exact);
            if (!next) {  // too many: the run so far is a factor; start again from this item
                consider(run);
                next = item.exact;
            }
            run = next;
            if (all_exact && whole) whole = Product(*whole, *item.exact);
        }
        consider(run);
        if (all_exact && whole) out.exact = whole;
        out.need = best;
        out.prefix = LeadingRun(items);
        return out;
    }

    // What every match of the concatenation `items` begins with: the product of its leading
    // exact items, extended by the first other item's own prefix when known.
    static std::optional<StringSet> LeadingRun(std::span<const Info> items) {
        StringSet run{""};
        for (const Info& item : items) {
            auto p = Prefix(item);
            if (!p) return run;
            auto next = Product(run, *p);
            if (!next) return run;
            if (!item.exact) return next;
            run = *next;
        }
        return run;
    }

    // For each item that must match and begins at a word start (when the concatenation does):
    // what the items from there begin with, and what the item itself holds at a word start.
    static std::vector<StringSet> WordSets(const std::vector<Info>& items) {
        std::vector<StringSet> sets;
        bool word_start = true;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Info& item = items[i];
            if (word_start && !item.empty_ok) {
                auto run = LeadingRun(std::span(items).subspan(i));
                if (run && !run->empty() && !HasEmpty(*run)) sets.push_back(FirstWords(*run));
                if (item.words && std::find(sets.begin(), sets.end(), *item.words) == sets.end()) sets.push_back(*item.words);
            }
            word_start = item.empty_ok ? word_start && item.ends_apart : item.ends_apart;
        }
        std::stable_sort(sets.begin(), sets.end(), [](const StringSet& a, const StringSet& b) {
            return WordScore(a) < WordScore(b);
        });
        return sets;
    }

    Info Quantified() {
        Info atom = Atom();
        if (!ok_ || AtEnd()) return atom;
        std::size_t min = 1, max = 1;
        char c = Peek();
        if (c == '?') { min = 0; max = 1; ++pos_; }
        else if (c == '*') { min = 0; max = 2; ++pos_; }
        else if (c == '+') { min = 1; max = 2; ++pos_; }
        else if (c == '{') {
            if (!Bounds(&min, &max)) return Fail();
        } else {
            return atom;
        }
        if (!AtEnd() && Peek() == '?') ++pos_;  // lazy: Hyperscan reports every match anyway
        if (!AtEnd() && (Peek() == '+' || Peek() == '?' || Peek() == '*' || Peek() == '{')) return Fail();
        Info out;
        out.ends_apart = atom.ends_apart;
        out.empty_ok = min == 0 || atom.empty_ok;
        if (min > 0) out.words = atom.words;
        out.min_digits = min * atom.min_digits;
        if (min == 0) {
            if (max == 1 && atom.exact) {
                StringSet s = *atom.exact;
                s.insert("");
                out.exact = s;
            }
            return out;
        }
        out.need = Necessary(atom);
        out.prefix = Prefix(atom);
        if (min == 1 && max == 1) out.exact = atom.exact;
        return out;
    }

    // {m}, {m,}, {m,n}; max 2 stands for "more than one" (only min and max == 1 matter here).
    bool Bounds(std::size_t* min, std::size_t* max) {
        std::size_t close = re_.find('}', pos_);
        if (close == std::string_view::npos) return false;
        std::string_view body = re_.substr(pos_ + 1, close - pos_ - 1);
        std::size_t comma = body.find(',');
        auto number = [](std::string_view s, std::size_t* v) {
            if (s.empty() || s.size() > 4) return false;
            *v = 0;
            for (char d : s) {
                if (d < '0' || d > '9') return false;
                *v = *v * 10 + static_cast<std::size_t>(d - '0');
            }
            return true;
        };
        if (!number(body.substr(0, comma), min)) return false;
        if (comma == std::string_view::npos) *max = *min;
        else if (body.size() == comma + 1) *max = 2;
        else if (!number(body.substr(comma + 1), max) || *max < *min) return false;
        if (*max > 1) *max = 2;
        pos_ = close + 1;
        return true;
    }

    Info Atom() {
        char c = Peek();
        if (c == '(') return Group();
        if (c == '[') return Class();
        if (c == '\\') return Escape();
        if (c == '.') { ++pos_; return OneByte(false); }
        if (c == '^' || c == '$') {
            ++pos_;
            saw_anchor_ = true;
            return Exact({""});
        }
        if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == ']' || c == '}') return Fail();
        return Exact({Utf8Char()});
    }

    // One UTF-8 character (Hyperscan's UTF-8 mode quantifies whole characters).
    std::string Utf8Char() {
        auto lead = static_cast<unsigned char>(re_[pos_]);
        std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        len = std::min(len, re_.size() - pos_);
        std::string out(re_.substr(pos_, len));
        pos_ += len;
        return out;
    }

    Info Group() {
        ++pos_;
        if (!AtEnd() && Peek() == '?') {
            if (pos_ + 1 >= re_.size() || re_[pos_ + 1] != ':') return Fail();  // flags, lookaround
            pos_ += 2;
        }
        ++depth_;
        Info inner = Alternation();
        --depth_;
        if (!ok_ || AtEnd() || Peek() != ')') return Fail();
        ++pos_;
        return inner;
    }

    Info Escape() {
        if (pos_ + 1 >= re_.size()) return Fail();
        char e = re_[pos_ + 1];
        pos_ += 2;
        if (e == 'b' || e == 'B') return Exact({""});
        if (e == 'd') return Exact({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
        if (e == 's' || e == 'W') return OneByte(true);
        if (e == 'S' || e == 'w' || e == 'D') return OneByte(false);
        if (IsPunct(e)) return Exact({std::string(1, e)});
        return Fail();
    }

    static bool IsPunct(char e) {
        return std::string_view(".-'/()[]{}*+?|\\^$@#!&%,:;=<>\"~` _").find(e) != std::string_view::npos;
    }

    // [abc], [0-9], [\s-], [^...]: exact when it is a small set of ASCII bytes (at most 10).
    Info Class() {
        ++pos_;
        bool negated = !AtEnd() && Peek() == '^';
        if (negated) ++pos_;
        std::set<char> chars;
        bool wide = negated;  // too many or non-ASCII: no exact set, but still parsed
        bool first = true;
        while (!AtEnd() && (Peek() != ']' || first)) {
            first = false;
            char c = Peek();
            if (static_cast<unsigned char>(c) >= 0x80) { wide = true; Utf8Char(); continue; }
            if (c == '\\') {
                if (pos_ + 1 >= re_.size()) return Fail();
                char e = re_[pos_ + 1];
                pos_ += 2;
                if (e == 's') { for (char s : std::string_view(" \t\n\v\f\r")) chars.insert(s); }
                else if (e == 'd') { for (char d = '0'; d <= '9'; ++d) chars.insert(d); }
                else if (e == 'S' || e == 'w' || e == 'W' || e == 'D') wide = true;
                else if (IsPunct(e)) chars.insert(e);
                else return Fail();
                continue;
            }
            ++pos_;
            if (!AtEnd() && Peek() == '-' && pos_ + 1 < re_.size() && re_[pos_ + 1] != ']') {
                char hi = re_[pos_ + 1];
                if (hi == '\\' || static_cast<unsigned char>(hi) >= 0x80 || hi < c) return Fail();
                for (int x = c; x <= hi; ++x) chars.insert(static_cast<char>(x));
                pos_ += 2;
                continue;
            }
            chars.insert(c);
        }
        if (AtEnd()) return Fail();
        ++pos_;  // ']'
        if (wide || chars.size() > 10) {
            bool apart = !negated && !chars.empty() && std::all_of(chars.begin(), chars.end(), Apart) && !wide;
            return OneByte(apart);
        }
        StringSet s;
        for (char c : chars) s.insert(std::string(1, c));
        return Exact(s);
    }
};


}  // namespace steward::screening::literal_parser
