// A trie of spellings walked from each word start of a text (internal, scan_plan.hpp): word
// entries' spellings over the word view ("shit", "sh1t", "sh|t"), the spellings of lexicon
// regexes that are a small set of fixed strings, and the leading strings that gate the other
// regexes. Replaces Hyperscan scans per message: on short comments one hs_scan of a database
// cost more than the walk from all word starts.
//
// A word start is a position whose preceding byte of the normalised text is not a letter or
// digit: the only starts the screener's word-start and \b checks accept.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace steward::screening {

class WordTrie {
  public:
    // Byte standing for a run of separators ([\s\-_.]+) in a spelling.
    static constexpr char kSeparatorRun = '\x01';

    struct Output {
        std::uint32_t value = 0;   // what the caller stored
        std::uint32_t length = 0;  // bytes of the spelling (0 if it has a separator run)
        std::uint8_t kind = 0;     // the caller's
        std::uint8_t extra[2]{};   // the caller's (in what would be padding)
    };

    // Adds a spelling over the word view. A separator run (kSeparatorRun) matches one or more
    // separator bytes, greedily; the byte after it in the spelling must not be a separator.
    void Add(const std::string& spelling, Output output);
    // Call once after the last Add. False if a spelling continues with a separator byte right
    // after a separator run (the greedy run would then not be exact: do not rely on the walk).
    bool Finish();

    // Calls visit(output, start, end) for every spelling found in `view` (the word view of `t`,
    // same length) starting at a word start of `t`.
    template <class Visit>
    void Scan(std::string_view t, std::string_view view, Visit&& visit) const {
        const std::size_t n = view.size();
        for (std::size_t p = 0; p < n; ++p) {
            if (p > 0 && IsAlnum(t[p - 1])) continue;
            std::uint32_t node = Child(slots_[0], 0, static_cast<unsigned char>(view[p]));
            if (node != 0) Walk(node, p, p, view, visit);
        }
    }

    // The first output of the spelling equal to all of `s` (no separator runs), or nullptr.
    const Output* Exact(std::string_view s) const {
        std::uint32_t node = 0;
        for (char c : s) {
            node = Child(slots_[node], node, static_cast<unsigned char>(c));
            if (node == 0) return nullptr;
        }
        return node != 0 && (slots_[node].packed & 2) != 0 ? &outputs_[ranges_[node].begin] : nullptr;
    }

    bool empty() const { return outputs_.empty(); }
    std::size_t bytes() const;

    static bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
    static bool IsSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t' || c == '\n' || c == '\v' ||
               c == '\f' || c == '\r';
    }

  private:
    // The walk's layout is a double array: node n's child on byte c is slot base(n) + code(c),
    // and it is that child only if the slot's `check` names n. A step is two loads and no loop
    // over an edge list (perf put ~16% of the old walk on that loop's branch), and the slots are
    // laid out depth first (a 3.2 MB trie became 2.0 MB). The child after a separator run is
    // slot base(n) + kSeparatorCode.
    // The walk reads only this 8-byte Slot per step, so a word's chain of slots shares a cache
    // line or two; each slot also has an 8-byte Range in ranges_ (16 bytes a slot in all), read
    // only when a slot has outputs.
    struct Slot {
        std::uint32_t check = kFree;  // the parent's slot; kFree if unused
        std::uint32_t packed = 0;     // base << 2 | has outputs << 1 | has a separator-run child
    };
    struct Range {
        std::uint32_t begin = 0, end = 0;  // into outputs_
    };
    static constexpr std::uint32_t kFree = 0xffffffffu;
    static constexpr std::uint16_t kSeparatorCode = 1;  // codes of bytes start at 2; 0: in no spelling
    struct Edge {
        std::uint8_t byte;
        std::uint32_t child;
    };
    // While building: each node's children (building_), separator child and outputs; Finish
    // lays them out in slots_ (the root is slot 0) and drops them.
    std::vector<std::vector<Edge>> building_{{}};
    std::vector<std::uint32_t> separator_next_{0};  // child after a separator run, 0 = none
    std::vector<std::vector<Output>> pending_{{}};  // outputs per node until Finish
    std::vector<std::pair<std::string, Output>> added_;  // kept until Finish
    std::array<std::uint16_t, 256> code_{};  // byte -> code (0: the byte is in no spelling)
    std::vector<Slot> slots_;
    std::vector<Range> ranges_;  // by slot: its outputs (read only when the slot says it has some)
    std::vector<Output> outputs_;

    void AddOne(const std::string& spelling, Output output);
    std::uint32_t AssignCodes();
    void Layout();

    std::uint32_t Child(const Slot& s, std::uint32_t node, unsigned char c) const {
        const std::uint32_t t = (s.packed >> 2) + code_[c];
        return slots_[t].check == node ? t : 0;
    }

    // Follows `view` from `node` (reached at byte q) and reports outputs; where a separator
    // byte both continues a spelling and starts a separator run, both paths are followed.
    template <class Visit>
    void Walk(std::uint32_t node, std::size_t p, std::size_t q, std::string_view view, Visit& visit) const {
        const std::size_t n = view.size();
        while (node != 0) {
            const Slot& s = slots_[node];
            if ((s.packed & 2) != 0) {
                const Range r = ranges_[node];
                for (std::uint32_t o = r.begin; o < r.end; ++o) visit(outputs_[o], p, q + 1);
            }
            if (++q >= n) return;
            const char c = view[q];
            const std::uint32_t literal = Child(s, node, static_cast<unsigned char>(c));
            if ((s.packed & 1) != 0 && IsSeparator(c)) {
                if (literal != 0) Walk(literal, p, q, view, visit);
                while (q + 1 < n && IsSeparator(view[q + 1])) ++q;
                node = (s.packed >> 2) + kSeparatorCode;
                continue;
            }
            node = literal;
        }
    }
};

}  // namespace steward::screening
