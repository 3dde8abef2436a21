// ScanPlan's scans: per message (Prepare: word view, triggers, trie walk) and per batch
// (ScanBatch: each Hyperscan database once over the concatenated messages that need it).
#include <algorithm>

#include "screening/scan_plan.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

constexpr std::size_t kGroups = static_cast<std::size_t>(ScanGroup::kCount);
static_assert(kGroups == std::tuple_size_v<decltype(ScanPlan::Message::wanted)>);
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
    // Raw pointers: a char store may alias anything, so through view[i] the compiler reloaded
    // the string's buffer pointer on every byte.
    char* out = view.data();
    const char* canonical = bytes.canonical.data();
    const std::uint8_t* flags = bytes.flags.data();
    std::uint8_t seen = 0;
    bool url = false;
    for (std::size_t i = 0; i < n; ++i) {
        auto c = static_cast<unsigned char>(t[i]);
        out[i] = canonical[c];
        std::uint8_t f = flags[c];
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

// Groups scanned over concatenated messages. Measured (cycles per 55-byte comment, one per
// call vs 100 joined): kGapped 148 -> 36, kDigit 1115 -> 465, gated regexes about 120 -> 30;
// but kAlways 169 -> 1099, kAt 738 -> 1711, kUrl 680 -> 1658, kWordsLeet 2788 -> 3800 (their
// engines do more work per byte in a long buffer), so those stay one message per scan.
constexpr std::array<bool, kGroups> kJoin = {false, true, true, false, false, false, false, false};

// Per-thread buffers of ScanBatch (no allocation once they have grown).
struct BatchBuffers {
    std::string joined;                // the members' texts, kBatchSeparator between them
    std::vector<std::size_t> starts;   // offset of each member in `joined`
    std::vector<Match> found;
    std::vector<std::uint32_t> rescan;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> gated;  // (gated regex, message)
};

BatchBuffers& Buffers() {
    thread_local BatchBuffers buffers;
    return buffers;
}

}  // namespace

bool HasAnchor(std::string_view re) {
    bool in_class = false;
    for (std::size_t i = 0; i < re.size(); ++i) {
        const char c = re[i];
        if (c == '\\') {
            if (!in_class && i + 1 < re.size() && (re[i + 1] == 'A' || re[i + 1] == 'z' || re[i + 1] == 'Z')) return true;
            ++i;  // an escaped byte is a literal
            continue;
        }
        if (in_class) {
            in_class = c != ']';
            continue;
        }
        if (c == '[') {
            in_class = true;
            if (i + 1 < re.size() && re[i + 1] == '^') ++i;  // negation, not an anchor
            if (i + 1 < re.size() && re[i + 1] == ']') ++i;  // "[]...]": a literal ']'
            continue;
        }
        if (c == '^' || c == '$') return true;
    }
    return false;
}

namespace {

// Which gate sets of each gated regex one message has shown so far (per thread; a new
// generation per message instead of clearing).
struct GateMarks {
    std::vector<std::uint32_t> marks;  // generation << 8 | sets seen
    std::uint32_t generation = 0;      // below 2^24

    void Begin(std::size_t gated) {
        if (marks.size() < gated) marks.resize(gated, 0);
        if (++generation == 1u << 24) {
            std::fill(marks.begin(), marks.end(), 0);
            generation = 1;
        }
    }
    // Records gate set `set` of regex `g` (all sets: `all`); true when that completes it.
    bool Mark(std::uint32_t g, std::uint32_t set, std::uint8_t all) {
        std::uint32_t seen = marks[g] >> 8 == generation ? marks[g] & 0xffu : 0;
        if (seen == all) return false;  // already complete
        seen |= 1u << set;
        marks[g] = generation << 8 | seen;
        return seen == all;
    }
};

}  // namespace

void ScanPlan::SetDatabaseFlags(Message& m, const std::array<bool, kSlots>& wanted) const {
    const std::string_view t = m.text;
    // Text spellings and gated regexes of group kAlways keep wanted[kAlways]; its database is
    // scanned only if the text holds a literal its patterns need.
    m.scan_always = !always_gated_ || always_literals_.FoundIn(t);
    m.scan_digit = wanted[G(ScanGroup::kDigit)];
    if (m.scan_digit && digit_db_digits_ > 1) {
        auto digits = std::count_if(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        m.scan_digit = static_cast<std::size_t>(digits) >= digit_db_digits_;
    }
}

void ScanPlan::Prepare(Message& m) const {
    thread_local GateMarks marks;
    const std::string_view t = m.text;
    std::array<bool, kGroups> wanted = ScanTriggers(t, m.view);
    const std::string_view view = m.view;
    SetDatabaseFlags(m, wanted);
    marks.Begin(gated_.size());
    std::vector<Match>& matches = *m.matches;
    std::vector<std::uint32_t>& triggered = m.triggered;
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
            default:  // kGate: extra = {group, all sets}
                if (wanted[o.extra[0]] && marks.Mark(o.value, o.length, o.extra[1])) triggered.push_back(o.value);
        }
    });
    // A triggered regex is scanned only if the text holds one of its necessary literals.
    std::erase_if(triggered, [&](std::uint32_t g) {
        const Gated& gated = gated_[g];
        return !gated.needs.empty() && std::none_of(gated.needs.begin(), gated.needs.end(), [&](const std::string& n) {
            return t.find(n) != std::string_view::npos;
        });
    });
    std::copy(wanted.begin(), wanted.end(), m.wanted.begin());
}

bool ScanPlan::ScanMembers(const PatternDb& db, bool batchable, bool on_view, std::span<Message> batch,
                           const std::vector<std::uint32_t>& members) const {
    auto text = [&](std::uint32_t i) { return on_view ? std::string_view(batch[i].view) : batch[i].text; };
    if (members.size() == 1 || !batchable) {
        for (std::uint32_t i : members) {
            if (!db.Scan(text(i), *batch[i].matches)) return false;
        }
        return true;
    }
    BatchBuffers& b = Buffers();
    b.joined.clear();
    b.starts.clear();
    for (std::uint32_t i : members) {
        if (!b.joined.empty() || !b.starts.empty()) b.joined.push_back(kBatchSeparator);
        b.starts.push_back(b.joined.size());
        b.joined.append(text(i));
    }
    b.found.clear();
    if (!db.Scan(b.joined, b.found)) return false;
    auto member_of = [&](const Match& m) {  // the member whose text holds the match's end
        return static_cast<std::size_t>(std::upper_bound(b.starts.begin(), b.starts.end(), m.to) - b.starts.begin()) - 1;
    };
    // A match starting before its member (across the separator) may hide, as the leftmost start
    // for its end, a match inside the member: that member is scanned again alone.
    b.rescan.clear();
    for (const Match& m : b.found) {
        if (m.id >= kProbeId) continue;  // probes: ScanBatch decides kGapped per message itself
        std::size_t k = member_of(m);
        if (m.from < b.starts[k]) b.rescan.push_back(static_cast<std::uint32_t>(k));
    }
    std::sort(b.rescan.begin(), b.rescan.end());
    b.rescan.erase(std::unique(b.rescan.begin(), b.rescan.end()), b.rescan.end());
    for (const Match& m : b.found) {
        if (m.id >= kProbeId) continue;
        std::size_t k = member_of(m);
        if (m.from < b.starts[k] || std::binary_search(b.rescan.begin(), b.rescan.end(), k)) continue;
        batch[members[k]].matches->push_back(Match{m.id, m.from - b.starts[k], m.to - b.starts[k]});
    }
    for (std::uint32_t k : b.rescan) {
        if (!db.Scan(text(members[k]), *batch[members[k]].matches)) return false;
    }
    return true;
}

// One message (ScreenComment): each database straight over its text, no gathering.
bool ScanPlan::ScanOne(Message& m) const {
    const std::string_view t = m.text;
    std::vector<Match>& matches = *m.matches;
    for (std::uint32_t g : m.triggered) {
        const Gated& gated = gated_[g];
        if (!gated.db->Scan(gated.on_view ? std::string_view(m.view) : t, matches)) return false;
    }
    std::array<bool, kGroups> wanted = m.wanted;
    for (std::size_t g = 0; g < kGroups; ++g) {
        if (g == G(ScanGroup::kGapped)) {  // kAlways ran first: scan only if one of its probes matched
            auto probes = std::remove_if(matches.begin(), matches.end(), [](const Match& x) { return x.id >= kProbeId; });
            wanted[g] = probes != matches.end();
            matches.erase(probes, matches.end());
        }
        if (!wanted[g] || dbs_[g] == nullptr || (g == G(ScanGroup::kAlways) && !m.scan_always)) continue;
        if (g == G(ScanGroup::kDigit) && !m.scan_digit) continue;
        std::string_view text = g == G(ScanGroup::kWordsCanon) ? std::string_view(m.view) : t;
        if (!dbs_[g]->Scan(text, matches)) return false;
    }
    return true;
}

bool ScanPlan::ScanBatch(std::span<Message> batch) const {
    if (batch.size() == 1) return ScanOne(batch[0]);
    BatchBuffers& b = Buffers();
    thread_local std::vector<std::uint32_t> members;
    b.gated.clear();
    for (std::size_t i = 0; i < batch.size(); ++i) {
        for (std::uint32_t g : batch[i].triggered) b.gated.emplace_back(g, static_cast<std::uint32_t>(i));
    }
    std::sort(b.gated.begin(), b.gated.end());
    bool ok = true;
    for (std::size_t k = 0; ok && k < b.gated.size();) {
        const std::uint32_t g = b.gated[k].first;
        members.clear();
        for (; k < b.gated.size() && b.gated[k].first == g; ++k) members.push_back(b.gated[k].second);
        ok = ScanMembers(*gated_[g].db, gated_[g].batchable, gated_[g].on_view, batch, members);
    }
    for (std::size_t g = 0; ok && g < kGroups; ++g) {
        members.clear();
        for (std::size_t i = 0; i < batch.size(); ++i) {
            Message& m = batch[i];
            bool want = m.wanted[g];
            if (g == G(ScanGroup::kAlways)) want = want && m.scan_always;
            if (g == G(ScanGroup::kDigit)) want = want && m.scan_digit;
            if (g == G(ScanGroup::kGapped)) {
                // kAlways ran first: scan kGapped only if one of its probes matched. Were
                // kAlways joined, its scan would drop probes (each reports once per buffer), so
                // kGapped would run wherever kAlways did: it reports only what probes allow.
                std::vector<Match>& ms = *m.matches;
                auto probes = std::remove_if(ms.begin(), ms.end(), [](const Match& x) { return x.id >= kProbeId; });
                want = probes != ms.end() || (kJoin[G(ScanGroup::kAlways)] && m.wanted[G(ScanGroup::kAlways)] &&
                                              m.scan_always && dbs_[G(ScanGroup::kAlways)] != nullptr);
                ms.erase(probes, ms.end());
            }
            if (want) members.push_back(static_cast<std::uint32_t>(i));
        }
        if (members.empty() || dbs_[g] == nullptr) continue;
        ok = ScanMembers(*dbs_[g], batchable_[g] && kJoin[g], g == G(ScanGroup::kWordsCanon), batch, members);
    }
    return ok;
}

bool ScanPlan::Scan(std::string_view t, std::vector<Match>& matches) const {
    thread_local Message m;
    m.text = t;
    m.matches = &matches;
    Prepare(m);
    return ScanBatch(std::span<Message>(&m, 1));
}

}  // namespace steward::screening
