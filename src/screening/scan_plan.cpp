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
        batchable_[g] = std::none_of(specs[g].begin(), specs[g].end(),
                                     [](const PatternSpec& spec) { return HasAnchor(spec.expression); });
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
    gated_.push_back(Gated{std::move(*db), std::move(needs), group, on_view, !HasAnchor(regex)});
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

std::size_t ScanPlan::database_bytes() const {
    std::size_t bytes = trie_.bytes();
    for (const auto& g : gated_) bytes += g.db->DatabaseBytes();
    for (const auto& db : dbs_) bytes += db != nullptr ? db->DatabaseBytes() : 0;
    return bytes;
}

}  // namespace steward::screening
