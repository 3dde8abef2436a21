// ScanPlan: the group databases, the word trie and when each is scanned.
#include "screening/scan_plan.hpp"

#include <algorithm>

#include "screening/literal_factors.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

constexpr std::size_t kGroups = static_cast<std::size_t>(ScanGroup::kCount);
std::size_t G(ScanGroup g) { return static_cast<std::size_t>(g); }

// What a byte tells ScanTriggers: bit 0 digit, 1 '@', 2 '*', 3 '.', 4 'w' or 'h'; and the
// byte's LeetCanonical form, for the word view.
struct ByteClass {
    std::array<std::uint8_t, 256> flags{};
    std::array<char, 256> canonical{};
};

const ByteClass& Bytes() {
    static const ByteClass table = [] {
        ByteClass b;
        for (int i = 0; i < 256; ++i) {
            char c = static_cast<char>(i);
            b.canonical[static_cast<std::size_t>(i)] = LeetCanonical(c);
            std::uint8_t f = 0;
            if (c >= '0' && c <= '9') f |= 1;
            if (c == '@') f |= 2;
            if (c == '*') f |= 4;
            if (c == '.') f |= 8;
            if (c == 'w' || c == 'h') f |= 16;
            b.flags[static_cast<std::size_t>(i)] = f;
        }
        return b;
    }();
    return table;
}

// Which databases to scan for `t` (see ScanGroup), and the word view of `t` in `view`, in one
// pass. Each personal-data flag is a necessary condition of every pattern in its group, so
// skipping a group never loses a match.
std::array<bool, kGroups> ScanTriggers(std::string_view t, std::string& view) {
    const ByteClass& bytes = Bytes();
    const std::size_t n = t.size();
    view.resize(n);
    std::uint8_t seen = 0;
    bool url = false;
    for (std::size_t i = 0; i < n; ++i) {
        auto c = static_cast<unsigned char>(t[i]);
        view[i] = bytes.canonical[c];
        std::uint8_t f = bytes.flags[c];
        seen |= f;
        if ((f & 8) && i + 1 < n && t[i + 1] >= 'a' && t[i + 1] <= 'z') url = true;  // .com
        if ((f & 16) && i + 3 < n &&
            ((c == 'w' && t[i + 1] == 'w' && t[i + 2] == 'w' && t[i + 3] == '.') ||
             (c == 'h' && t[i + 1] == 't' && t[i + 2] == 't' && t[i + 3] == 'p'))) {
            url = true;  // www. or http
        }
    }
    bool star = (seen & 4) != 0;
    std::array<bool, kGroups> wanted{};
    wanted[G(ScanGroup::kAlways)] = true;
    wanted[G(ScanGroup::kDigit)] = (seen & 1) != 0;
    wanted[G(ScanGroup::kAt)] = (seen & 2) != 0;
    wanted[G(ScanGroup::kUrl)] = url;
    wanted[G(ScanGroup::kWordsCanon)] = !star;
    wanted[G(ScanGroup::kWordsRaw)] = !star;
    wanted[G(ScanGroup::kWordsLeet)] = star;
    return wanted;
}

// A regex with more fixed strings than this is gated instead (keeps the trie small). 256 takes
// "year 10" (168 spellings) into the trie: its scan alone ran on a quarter of the comments.
constexpr std::size_t kMaxTextSpellings = 256;
// Necessary literals checked (string search) before a triggered regex is scanned, at most.
constexpr std::size_t kMaxNeeds = 12;

constexpr std::string_view kSeparators = "[\\s\\-_.]+";  // as CanonicalWordRegex writes them

// Every spelling of a multi-word entry's canonical regex, its words joined by
// WordTrie::kSeparatorRun; empty if a word has no small exact set or there are too many.
std::vector<std::string> MultiWordSpellings(const std::string& canonical) {
    std::vector<std::string> out{""};
    std::size_t from = 0;
    while (true) {
        std::size_t cut = canonical.find(kSeparators, from);
        std::string_view part = std::string_view(canonical).substr(from, cut == std::string::npos ? std::string::npos : cut - from);
        std::vector<std::string> spellings = part.empty() ? std::vector<std::string>{} : ExactStrings(part);
        if (spellings.empty() || out.size() * spellings.size() > 256) return {};
        for (const std::string& s : spellings) {  // the greedy run must not eat the next word's first byte
            if (WordTrie::IsSeparator(s.front())) return {};
        }
        std::vector<std::string> next;
        for (const std::string& a : out) {
            for (const std::string& b : spellings) next.push_back(a.empty() ? b : a + WordTrie::kSeparatorRun + b);
        }
        out = std::move(next);
        if (cut == std::string::npos) return out;
        from = cut + kSeparators.size();
    }
}

}  // namespace

core::Result<std::unique_ptr<ScanPlan>> ScanPlan::Build(const std::vector<Rule>& rules) {
    auto plan = std::unique_ptr<ScanPlan>(new ScanPlan());
    auto status = plan->Compile(rules);
    if (!status) return status.error();
    return plan;
}

std::string Canonical(std::string s) {
    for (char& c : s) c = LeetCanonical(c);
    return s;
}

bool EndsAnother(const std::vector<std::string>& spellings) {
    for (const std::string& a : spellings) {
        for (const std::string& b : spellings) {
            if (a.size() > b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0) return true;
        }
    }
    return false;
}

core::Status ScanPlan::Compile(const std::vector<Rule>& rules) {
    std::array<std::vector<PatternSpec>, kGroups> specs;
    suffixes_.resize(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const Rule& rule = rules[i];
        auto id = static_cast<unsigned>(i);
        if (!rule.word) {
            auto group = static_cast<std::uint8_t>(rule.group);
            if (rule.lead_boundary) {  // accepted matches start at word starts: the trie finds them
                std::vector<std::string> exact = ExactStrings(rule.regex, kMaxTextSpellings);
                if (!exact.empty()) {
                    AddSpellings(exact, id, group, /*on_text=*/true);
                    continue;
                }
                std::vector<std::string> leading = LeadingStrings(rule.regex);
                // "(?:is|r|you) ... joke": one-byte leading strings gate it when the text
                // must also hold a longer literal (Gated::needs), else it stays in its group.
                if (leading.empty() && !NecessaryLiterals(rule.regex, 3).empty()) leading = LeadingStrings(rule.regex, 1);
                if (!leading.empty()) {
                    auto status = AddGated(rule.regex, leading, id, group, /*on_view=*/false);
                    if (!status) return status;
                    continue;
                }
            }
            bool gapped = rule.group == ScanGroup::kAlways && rule.regex.find_first_of("+*{") != std::string::npos;
            specs[G(gapped ? ScanGroup::kGapped : rule.group)].push_back(PatternSpec{rule.regex, id});
            if (gapped) specs[G(ScanGroup::kAlways)].push_back(PatternSpec{rule.regex, kProbeId + id, true});
            continue;
        }
        specs[G(ScanGroup::kWordsLeet)].push_back(PatternSpec{rule.regex, id});
        const std::string& canonical = rule.canonical_regex;
        if (canonical.empty()) {
            specs[G(ScanGroup::kWordsRaw)].push_back(PatternSpec{rule.regex, id});
            continue;
        }
        std::vector<std::string> spellings = ExactStrings(canonical);
        if (!spellings.empty()) {
            AddSpellings(spellings, id, static_cast<std::uint8_t>(ScanGroup::kWordsCanon), /*on_text=*/false);
            continue;
        }
        std::vector<std::string> whole = MultiWordSpellings(canonical);
        if (whole.empty()) {
            specs[G(ScanGroup::kWordsCanon)].push_back(PatternSpec{canonical, id});
            continue;
        }
        auto status = AddGated(canonical, whole, id, static_cast<std::uint8_t>(ScanGroup::kWordsCanon), true);
        if (!status) return status;
    }
    if (!trie_.Finish()) {  // MultiWordSpellings keeps separators from following runs
        return core::Error{core::ErrorCode::kInternal, "Screening word trie is not exact."};
    }
    SetAlwaysGate(specs[G(ScanGroup::kAlways)]);
    for (std::size_t g = 0; g < kGroups; ++g) {
        if (specs[g].empty()) continue;
        auto db = PatternDb::Compile(specs[g]);
        if (!db) return db.error();
        dbs_[g] = std::move(*db);
    }
    return core::OkStatus();
}

// How common a byte is in comments: 0 ASCII punctuation, 1 a UTF-8 lead byte (emoji, '£'),
// 2 letters, digits, space and UTF-8 continuation bytes.
int Commonness(unsigned char c) {
    bool common = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || (c >= 0x80 && c < 0xc0);
    return common ? 2 : c >= 0xc0 ? 1 : 0;
}

// One byte per string of `set` (its rarest), and the commonness of the most common of them
// (3 if the set is empty: no gate).
std::pair<int, std::vector<unsigned char>> GateBytes(const std::vector<std::string>& set) {
    std::pair<int, std::vector<unsigned char>> out{set.empty() ? 3 : 0, {}};
    for (const std::string& s : set) {
        auto best = static_cast<unsigned char>(s.front());
        for (char ch : s) {
            if (Commonness(static_cast<unsigned char>(ch)) < Commonness(best)) best = static_cast<unsigned char>(ch);
        }
        out.first = std::max(out.first, Commonness(best));
        out.second.push_back(best);
    }
    return out;
}

// Every match of a pattern contains one of its necessary literals and begins with one of its
// leading strings: the gate takes a byte of each string of whichever set has rarer bytes.
void ScanPlan::SetAlwaysGate(const std::vector<PatternSpec>& specs) {
    always_bytes_.fill(false);
    always_gated_ = true;
    for (const PatternSpec& spec : specs) {
        auto needs = GateBytes(NecessaryLiterals(spec.expression, 1));
        auto leading = GateBytes(LeadingStrings(spec.expression, 1));
        const auto& gate = leading.first < needs.first ? leading : needs;
        if (gate.first == 3) {
            always_gated_ = false;
            return;
        }
        for (unsigned char c : gate.second) always_bytes_[c] = true;
    }
}

void ScanPlan::AddSpellings(const std::vector<std::string>& spellings, unsigned rule, std::uint8_t group,
                            bool on_text) {
    for (const std::string& s : spellings) {
        auto length = static_cast<std::uint32_t>(s.size());
        if (!on_text) {
            trie_.Add(s, WordTrie::Output{rule, length, kWordSpelling});
            continue;
        }
        trie_.Add(Canonical(s), WordTrie::Output{static_cast<std::uint32_t>(text_spellings_.size()), length, kTextSpelling});
        text_spellings_.push_back(TextSpelling{s, rule, group});
    }
    if (EndsAnother(spellings)) suffixes_[rule] = SuffixSpellings{spellings, on_text};
}

core::Status ScanPlan::AddGated(const std::string& regex, const std::vector<std::string>& gates, unsigned rule,
                                std::uint8_t group, bool on_view) {
    auto db = PatternDb::Compile({PatternSpec{regex, rule}});
    if (!db) return db.error();
    auto index = static_cast<std::uint32_t>(gated_.size());
    std::vector<std::string> needs = on_view ? std::vector<std::string>{} : NecessaryLiterals(regex, 3);
    if (needs.size() > kMaxNeeds) needs.clear();
    gated_.push_back(Gated{std::move(*db), std::move(needs), group, on_view});
    for (const std::string& g : gates) trie_.Add(on_view ? g : Canonical(g), WordTrie::Output{index, 0, kGate});
    return core::OkStatus();
}

std::size_t ScanPlan::LeftmostStart(unsigned rule, std::string_view t, std::string_view view, std::size_t start,
                                    std::size_t end) const {
    const SuffixSpellings& s = suffixes_[rule];
    std::string_view text = s.on_text ? t : view;
    for (const std::string& spelling : s.spellings) {
        if (spelling.size() <= end && end - spelling.size() < start &&
            text.compare(end - spelling.size(), spelling.size(), spelling) == 0) {
            start = end - spelling.size();
        }
    }
    return start;
}

bool ScanPlan::Scan(std::string_view t, std::vector<Match>& matches) const {
    thread_local std::string view;
    thread_local std::vector<std::uint32_t> stamp;
    thread_local std::uint32_t generation = 0;
    thread_local std::vector<std::uint32_t> triggered;
    std::array<bool, kGroups> wanted = ScanTriggers(t, view);
    // Text spellings and gated regexes of group kAlways keep wanted[kAlways]; its database is
    // scanned only if the text has a byte its patterns need.
    const bool scan_always = !always_gated_ || std::any_of(t.begin(), t.end(), [&](char c) {
        return always_bytes_[static_cast<unsigned char>(c)];
    });
    if (stamp.size() < gated_.size()) stamp.resize(gated_.size(), 0);
    if (++generation == 0) {
        std::fill(stamp.begin(), stamp.end(), 0);
        generation = 1;
    }
    triggered.clear();
    trie_.Scan(t, view, [&](const WordTrie::Output& o, std::size_t from, std::size_t to) {
        switch (o.kind) {
            case kWordSpelling: {
                if (!wanted[G(ScanGroup::kWordsCanon)]) return;
                if (!suffixes_[o.value].spellings.empty()) from = LeftmostStart(o.value, t, view, from, to);
                matches.push_back(Match{o.value, from, to});
                return;
            }
            case kTextSpelling: {
                const TextSpelling& s = text_spellings_[o.value];
                if (!wanted[s.group] || t.compare(from, s.text.size(), s.text) != 0) return;
                if (!suffixes_[s.rule].spellings.empty()) from = LeftmostStart(s.rule, t, view, from, to);
                matches.push_back(Match{s.rule, from, to});
                return;
            }
            default:
                if (stamp[o.value] == generation || !wanted[gated_[o.value].group]) return;
                stamp[o.value] = generation;
                triggered.push_back(o.value);
        }
    });
    for (std::uint32_t g : triggered) {
        const Gated& gated = gated_[g];
        bool possible = gated.needs.empty() || std::any_of(gated.needs.begin(), gated.needs.end(), [&](const std::string& n) {
            return t.find(n) != std::string_view::npos;
        });
        if (!possible) continue;
        if (!gated.db->Scan(gated.on_view ? std::string_view(view) : t, matches)) return false;
    }
    for (std::size_t g = 0; g < kGroups; ++g) {
        if (g == G(ScanGroup::kGapped)) {  // kAlways ran first: scan only if one of its probes matched
            auto probes = std::remove_if(matches.begin(), matches.end(), [](const Match& m) { return m.id >= kProbeId; });
            wanted[g] = probes != matches.end();
            matches.erase(probes, matches.end());
        }
        if (!wanted[g] || dbs_[g] == nullptr || (g == G(ScanGroup::kAlways) && !scan_always)) continue;
        std::string_view text = g == G(ScanGroup::kWordsCanon) ? std::string_view(view) : t;
        if (!dbs_[g]->Scan(text, matches)) return false;
    }
    return true;
}

std::size_t ScanPlan::database_bytes() const {
    std::size_t bytes = trie_.bytes();
    for (const auto& g : gated_) bytes += g.db->DatabaseBytes();
    for (const auto& db : dbs_) bytes += db != nullptr ? db->DatabaseBytes() : 0;
    return bytes;
}

}  // namespace steward::screening
