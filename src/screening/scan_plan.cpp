// ScanPlan: the group databases, the word trie and when each is scanned.
#include "screening/scan_plan.hpp"

#include <algorithm>

#include "screening/literal_factors.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

constexpr std::size_t kGroups = static_cast<std::size_t>(ScanGroup::kCount);
std::size_t G(ScanGroup g) { return static_cast<std::size_t>(g); }

// A regex with more fixed strings than this is gated instead (keeps the trie small). 256 takes
// "year 10" (168 spellings) into the trie: its scan alone ran on a quarter of the comments.
constexpr std::size_t kMaxTextSpellings = 256;
// Necessary literals checked (string search) before a triggered regex is scanned, at most.
constexpr std::size_t kMaxNeeds = 12;
// Word-start sets that must all occur before a gated regex is scanned, at most.
constexpr std::size_t kMaxGateSets = 4;

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
    Specs specs;
    suffixes_.resize(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        auto status = rules[i].word ? AddWordRule(rules[i], static_cast<unsigned>(i), specs)
                                    : AddRegexRule(rules[i], static_cast<unsigned>(i), specs);
        if (!status) return status;
    }
    if (!trie_.Finish()) {  // MultiWordSpellings keeps separators from following runs
        return core::Error{core::ErrorCode::kInternal, "Screening word trie is not exact."};
    }
    SetAlwaysGate(specs[G(ScanGroup::kAlways)]);
    digit_db_digits_ = std::string::npos;
    for (const PatternSpec& spec : specs[G(ScanGroup::kDigit)]) {
        digit_db_digits_ = std::min(digit_db_digits_, std::max<std::size_t>(1, MinDigits(spec.expression)));
    }
    for (std::size_t g = 0; g < kGroups; ++g) {
        if (specs[g].empty()) continue;
        auto db = PatternDb::Compile(specs[g]);
        if (!db) return db.error();
        dbs_[g] = std::move(*db);
        batchable_[g] = std::none_of(specs[g].begin(), specs[g].end(),
                                     [](const PatternSpec& spec) { return HasAnchor(spec.expression); });
    }
    return core::OkStatus();
}

core::Status ScanPlan::AddRegexRule(const Rule& rule, unsigned id, Specs& specs) {
    auto group = static_cast<std::uint8_t>(rule.group);
    if (rule.lead_boundary) {  // accepted matches start at word starts: the trie finds them
        std::vector<std::string> exact = ExactStrings(rule.regex, kMaxTextSpellings);
        if (!exact.empty()) {
            AddSpellings(exact, id, group, /*on_text=*/true);
            return core::OkStatus();
        }
        // Gated by the words it must hold at word starts ("(?:a|my) (?:\w+ )?(?:bat|axe)":
        // "a" or "my" AND "bat" or "axe"). A lone one-byte set gates it only when the text must
        // also hold a longer literal (Gated::needs), else it stays in its group.
        std::vector<std::vector<std::string>> sets = WordStartFactors(rule.regex, kMaxGateSets);
        bool weak = sets.size() == 1 && std::any_of(sets[0].begin(), sets[0].end(), [](const std::string& x) {
            return x.size() < 2;
        });
        if (weak && NecessaryLiterals(rule.regex, 3).empty()) sets.clear();
        if (!sets.empty()) return AddGated(rule.regex, sets, id, group, /*on_view=*/false);
    }
    bool gapped = rule.group == ScanGroup::kAlways && rule.regex.find_first_of("+*{") != std::string::npos;
    specs[G(gapped ? ScanGroup::kGapped : rule.group)].push_back(PatternSpec{rule.regex, id});
    if (gapped) specs[G(ScanGroup::kAlways)].push_back(PatternSpec{rule.regex, kProbeId + id, true});
    return core::OkStatus();
}

core::Status ScanPlan::AddWordRule(const Rule& rule, unsigned id, Specs& specs) {
    const auto canon_group = static_cast<std::uint8_t>(ScanGroup::kWordsCanon);
    specs[G(ScanGroup::kWordsLeet)].push_back(PatternSpec{rule.regex, id});
    const std::string& canonical = rule.canonical_regex;
    if (canonical.empty()) {
        // "[f]4[f\\*]": no word-view form, but a few fixed strings, checked against the text.
        std::vector<std::string> raw = ExactStrings(rule.regex);
        if (!raw.empty()) AddSpellings(raw, id, static_cast<std::uint8_t>(ScanGroup::kWordsRaw), /*on_text=*/true);
        else specs[G(ScanGroup::kWordsRaw)].push_back(PatternSpec{rule.regex, id});
        return core::OkStatus();
    }
    std::vector<std::string> spellings = ExactStrings(canonical);
    if (!spellings.empty()) {
        AddSpellings(spellings, id, canon_group, /*on_text=*/false);
        return core::OkStatus();
    }
    std::vector<std::string> whole = MultiWordSpellings(canonical);
    if (whole.empty()) {
        // Too many spellings for the trie ("k[i1|][l1|][l1|] yourse[l1|]f laughing"): scanned
        // only when the view holds, at word starts, one spelling of each of its rare words
        // (a word rule's matches are kept only where they begin at a word start).
        std::vector<std::vector<std::string>> sets = WordStartFactors(canonical, kMaxGateSets);
        if (!sets.empty()) return AddGated(canonical, sets, id, canon_group, /*on_view=*/true);
        specs[G(ScanGroup::kWordsCanon)].push_back(PatternSpec{canonical, id});
        return core::OkStatus();
    }
    // "well[\\s\\-_.]+done": for a given end, a match's start is fixed unless one spelling ends
    // another ("'em done", "em done"), so the trie's word-start spellings are its matches.
    if (!EndsAnother(whole)) {
        AddSpellings(whole, id, canon_group, /*on_text=*/false);
        return core::OkStatus();
    }
    return AddGated(canonical, {whole}, id, canon_group, /*on_view=*/true);
}

void LiteralSet::Build(std::vector<std::string> literals) {
    std::sort(literals.begin(), literals.end());
    literals.erase(std::unique(literals.begin(), literals.end()), literals.end());
    literals.erase(std::remove(literals.begin(), literals.end(), std::string()), literals.end());
    literals_ = std::move(literals);
    std::fill(pairs_.begin(), pairs_.end(), 0);
    from_.fill(0);
    for (const std::string& l : literals_) {
        auto first = static_cast<unsigned char>(l[0]);
        ++from_[first + 1];
        for (unsigned x = 0; x < 256; ++x) {  // a one-byte literal: every pair it begins
            if (l.size() > 1) x = static_cast<unsigned char>(l[1]);
            unsigned key = first << 8 | x;
            pairs_[key >> 6] |= std::uint64_t{1} << (key & 63);
            if (l.size() > 1) break;
        }
    }
    for (std::size_t b = 1; b < from_.size(); ++b) from_[b] += from_[b - 1];
}

bool LiteralSet::FoundIn(std::string_view t) const {
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i) {
        auto c0 = static_cast<unsigned char>(t[i]);
        unsigned key = c0 << 8 | (i + 1 < n ? static_cast<unsigned char>(t[i + 1]) : 0u);
        if ((pairs_[key >> 6] >> (key & 63) & 1) == 0) continue;
        // The literals beginning with c0 are sorted: a one-byte one comes first, then those whose
        // second byte is the text's are one run, found by binary search ("in" need not try "i0".."i9").
        auto k = literals_.begin() + from_[c0];
        const auto end = literals_.begin() + from_[c0 + 1];
        if (k->size() == 1) return true;
        if (i + 1 == n) continue;
        const char c1 = t[i + 1];
        k = std::lower_bound(k, end, c1, [](const std::string& l, char c) {
            return static_cast<unsigned char>(l[1]) < static_cast<unsigned char>(c);  // std::string's order
        });
        for (; k != end && (*k)[1] == c1; ++k) {
            const std::string& l = *k;  // its first two bytes match: try the third inline
            if (l.size() > n - i || (l.size() > 2 && l[2] != t[i + 2])) continue;
            if (t.substr(i).starts_with(l)) return true;
        }
    }
    return false;
}

// Every match of a pattern contains one of its necessary literals and begins with one of its
// leading strings: the gate takes whichever set has the longer shortest string (then fewer
// strings). kAlways is scanned only when the text holds one of these literals.
void ScanPlan::SetAlwaysGate(const std::vector<PatternSpec>& specs) {
    always_gated_ = true;
    std::vector<std::string> literals;
    for (const PatternSpec& spec : specs) {
        std::vector<std::string> needs = NecessaryLiterals(spec.expression, 1);
        std::vector<std::string> leading = LeadingStrings(spec.expression, 1);
        auto shortest = [](const std::vector<std::string>& set) {
            std::size_t m = std::string::npos;
            for (const std::string& x : set) m = std::min(m, x.size());
            return set.empty() ? 0 : m;
        };
        bool lead = shortest(leading) > shortest(needs) ||
                    (shortest(leading) == shortest(needs) && leading.size() < needs.size());
        const std::vector<std::string>& gate = lead ? leading : needs;
        if (gate.empty()) {
            always_gated_ = false;
            return;
        }
        literals.insert(literals.end(), gate.begin(), gate.end());
    }
    always_literals_.Build(std::move(literals));
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
    if (EndsAnother(spellings)) {
        // Longest first: LeftmostStart stops at the first (longest) one that ends the match.
        std::vector<std::string> longest = spellings;
        std::stable_sort(longest.begin(), longest.end(),
                         [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        suffixes_[rule] = SuffixSpellings{std::move(longest), on_text};
    }
}

core::Status ScanPlan::AddGated(const std::string& regex, const std::vector<std::vector<std::string>>& gates,
                                unsigned rule, std::uint8_t group, bool on_view) {
    auto db = PatternDb::Compile({PatternSpec{regex, rule}});
    if (!db) return db.error();
    auto index = static_cast<std::uint32_t>(gated_.size());
    std::vector<std::string> needs = on_view ? std::vector<std::string>{} : NecessaryLiterals(regex, 3);
    if (needs.size() > kMaxNeeds) needs.clear();
    auto all = static_cast<std::uint8_t>((1u << gates.size()) - 1);
    gated_.push_back(Gated{std::move(*db), std::move(needs), on_view, !HasAnchor(regex), rule});
    for (std::size_t set = 0; set < gates.size(); ++set) {
        for (const std::string& g : gates[set]) {
            // The regex's group and sets ride along, so the walk need not read gated_.
            WordTrie::Output out{index, static_cast<std::uint32_t>(set), kGate, {group, all}};
            trie_.Add(on_view ? g : Canonical(g), out);
        }
    }
    return core::OkStatus();
}

std::size_t ScanPlan::LeftmostStart(unsigned rule, std::string_view t, std::string_view view, std::size_t start,
                                    std::size_t end) const {
    // The earliest start is that of the longest spelling ending at `end`: spellings are sorted
    // longest first, and one no longer than the match cannot start before it.
    const SuffixSpellings& s = suffixes_[rule];
    std::string_view text = s.on_text ? t : view;
    for (const std::string& spelling : s.spellings) {
        if (spelling.size() <= end - start) break;
        if (spelling.size() <= end && text.compare(end - spelling.size(), spelling.size(), spelling) == 0) {
            return end - spelling.size();
        }
    }
    return start;
}

std::size_t ScanPlan::database_bytes() const {
    std::size_t bytes = trie_.bytes();
    for (const auto& g : gated_) bytes += g.db->DatabaseBytes();
    for (const auto& db : dbs_) bytes += db != nullptr ? db->DatabaseBytes() : 0;
    return bytes;
}

}  // namespace steward::screening
