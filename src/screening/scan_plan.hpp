// How the screener's rules are matched (internal): which databases are scanned for a text.
//
// One WordTrie walk from each word start of the word view finds, with no Hyperscan call:
// - word entries (their spellings: "shit", "sh1t", "sh|t"), on text without a '*' mask, and the
//   whole spellings of multi-word entries ("well done": words joined by separator runs);
// - lexicon regexes that begin with \b and match a small set of fixed strings ("sort it out"),
//   and word entries the view cannot hold ("f4f"), checked against the text itself;
// - the gates of the other regexes that begin with \b: for each word such a regex must hold at
//   a word start, its spellings (WordStartFactors: "(?:a|my) (?:\w+ )?(?:bat|axe)" needs "bat"
//   or "axe"; up to four such sets, rare ones). The regex, compiled alone, is scanned only when
//   every one of its sets occurred at a word start and the text holds one of its `needs`.
// Hyperscan then scans the triggered regexes and the group databases of the rest:
// - kAlways: remaining regexes with a fixed shape, plus probes (no start offsets, ids from
//   kProbeId) of the kGapped ones (remaining regexes with repeats, costly start offsets):
//   kGapped is scanned only when one of its probes matched; kAlways itself only when the text
//   holds a literal that every match of one of its patterns needs ("lol", "haha", an emoji);
// - kDigit, kAt, kUrl: personal-data detectors, only when the normalised text has a digit (for
//   kDigit's database: as many digits as its patterns need, two), an '@' or a web address;
// - kWordsCanon (multi-word entries the trie can neither spell nor gate by their words) and
//   kWordsRaw (words the view cannot hold and the trie cannot spell) on text without '*';
//   kWordsLeet (every word, obfuscation-tolerant) on text with one.
// The matches differ from one database per group only by matches the word-start or \b checks
// reject anyway (the screener tests and `steward_bench_screening_eval --dump` compare outputs).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "screening/pattern_db.hpp"
#include "screening/word_trie.hpp"

namespace steward::screening {

struct Rule;

// True if `regex` has an anchor (^ or $ outside a class, \A, \z, \Z): its matches depend on
// where the scanned buffer starts or ends, so it is not scanned over concatenated messages.
bool HasAnchor(std::string_view regex);

// Fixed strings looked for anywhere in a text: a bit per pair of leading bytes first (most
// positions stop there), then only the strings that begin with those two bytes are compared.
class LiteralSet {
  public:
    void Build(std::vector<std::string> literals);
    bool FoundIn(std::string_view t) const;

  private:
    std::vector<std::uint64_t> pairs_ = std::vector<std::uint64_t>(65536 / 64);
    std::array<std::uint32_t, 257> from_{};  // literals_ beginning with byte b: [from_[b], from_[b + 1])
    std::vector<std::string> literals_;      // sorted
};

class ScanPlan {
  public:
    // Compiles the databases for `rules` (each rule's regex and canonical_regex already set).
    static core::Result<std::unique_ptr<ScanPlan>> Build(const std::vector<Rule>& rules);

    // Normalised text `t` in, matches of the rules out (ids are rule indexes). False only if
    // Hyperscan fails.
    bool Scan(std::string_view t, std::vector<Match>& matches) const;

    // One message of a batch (scan_plan_batch.cpp): Prepare walks the trie and decides which
    // databases the message needs; ScanBatch then scans each database ONCE over the
    // concatenation of the messages that need it, joined by kBatchSeparator. A match that
    // starts in an earlier message is dropped and, because Hyperscan reports only the leftmost
    // start per end, the message it ends in is scanned again alone for that database. Databases
    // with anchors (^ $ \A \z \Z) are scanned per message. Matches equal Scan's per message.
    struct Message {
        std::string_view text;              // normalised text (the caller keeps it alive)
        std::vector<Match>* matches = nullptr;  // appended to
        std::string view;                   // word view of `text` (set by Prepare)
        std::array<bool, 8> wanted{};       // per ScanGroup
        bool scan_always = false;
        bool scan_digit = false;            // kDigit's database: the text has its digits
        std::vector<std::uint32_t> triggered;  // gated regexes whose gate and needs hold
    };
    static constexpr char kBatchSeparator = '\n';
    void Prepare(Message& message) const;
    bool ScanBatch(std::span<Message> batch) const;

    std::size_t database_bytes() const;

  private:
    static constexpr std::size_t kSlots = 8;  // ScanGroup::kCount
    enum OutputKind : std::uint8_t { kWordSpelling, kTextSpelling, kGate };
    struct Gated {  // a regex compiled alone
        std::unique_ptr<PatternDb> db;
        std::vector<std::string> needs;  // one of these is in the text, or no match (empty: unknown)
        bool on_view = false;    // a multi-word entry's regex: over the word view
        bool batchable = true;   // no anchor: may be scanned over concatenated messages
        std::uint32_t rule = 0;  // its rule index (for diagnostics)
    };
    // Its gates are kGate outputs: value = index in gated_, length = gate set, extra = {the
    // ScanGroup whose trigger must also hold, a bit per gate set}: all sets must occur.
    struct TextSpelling {  // a fixed string of a regex, checked against the text
        std::string text;
        std::uint32_t rule = 0;
        std::uint8_t group = 0;
    };
    // Rules with a spelling that ends another of theirs ("em", "'em"): Hyperscan reports the
    // leftmost start per end, so a match found at a word start may have to start earlier.
    struct SuffixSpellings {
        std::vector<std::string> spellings;
        bool on_text = false;
    };

    std::array<std::unique_ptr<PatternDb>, kSlots> dbs_;  // per ScanGroup; null if empty
    std::array<bool, kSlots> batchable_{};  // no anchor in the group's patterns
    WordTrie trie_;
    std::vector<Gated> gated_;
    std::vector<TextSpelling> text_spellings_;
    std::vector<SuffixSpellings> suffixes_;  // by rule index; most empty
    // kAlways (and so kGapped, whose probes it holds) is scanned only when the text has one of
    // these: for each of its patterns, its necessary literals or its leading strings.
    LiteralSet always_literals_;
    bool always_gated_ = false;  // false: some pattern has no known literal, always scan
    // kDigit's database is scanned only when the text has this many digits (its patterns' least).
    std::size_t digit_db_digits_ = 1;

    void SetAlwaysGate(const std::vector<PatternSpec>& specs);

    using Specs = std::array<std::vector<PatternSpec>, kSlots>;  // per ScanGroup
    core::Status Compile(const std::vector<Rule>& rules);
    core::Status AddRegexRule(const Rule& rule, unsigned id, Specs& specs);
    core::Status AddWordRule(const Rule& rule, unsigned id, Specs& specs);
    void AddSpellings(const std::vector<std::string>& spellings, unsigned rule, std::uint8_t group, bool on_text);
    // `gates`: sets of spellings at word starts, one of each set must occur (kGate outputs, the
    // set's index as their length).
    core::Status AddGated(const std::string& regex, const std::vector<std::vector<std::string>>& gates,
                          unsigned rule, std::uint8_t group, bool on_view);
    bool ScanOne(Message& message) const;
    // Message::scan_always and scan_digit, from the text and the groups it wants.
    void SetDatabaseFlags(Message& message, const std::array<bool, kSlots>& wanted) const;
    // Scans `db` over the texts (or views) of batch[members...], each message's matches into its
    // own vector (scan_plan_batch.cpp).
    bool ScanMembers(const PatternDb& db, bool batchable, bool on_view, std::span<Message> batch,
                     const std::vector<std::uint32_t>& members) const;
    std::size_t LeftmostStart(unsigned rule, std::string_view t, std::string_view view, std::size_t start,
                              std::size_t end) const;
};

}  // namespace steward::screening
