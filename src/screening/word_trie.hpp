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
            std::uint32_t node = first_[static_cast<unsigned char>(view[p])];
            if (node != 0) Walk(node, p, p, view, visit);
        }
    }

    bool empty() const { return nodes_.size() <= 1; }
    std::size_t bytes() const;

    static bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
    static bool IsSeparator(char c) {
        return c == ' ' || c == '-' || c == '_' || c == '.' || c == '\t' || c == '\n' || c == '\v' ||
               c == '\f' || c == '\r';
    }

  private:
    struct Node {
        std::uint32_t output_begin = 0, output_end = 0;  // into outputs_ (after Finish)
        std::uint32_t separator_next = 0;                 // child after a separator run, 0 = none
        std::uint32_t edge_begin = 0, edge_end = 0;       // into edges_ (after Finish), by byte
        std::uint32_t dense = kNoDense;                   // row of dense_ for nodes with many children
    };
    static constexpr std::uint32_t kNoDense = 0xffffffffu;
    static constexpr std::uint32_t kDenseFrom = 6;  // children from which a node gets a dense row
    struct Edge {
        std::uint8_t byte;
        std::uint32_t child;
    };
    // While building: each node's children in building_ (a dense node x byte table cost
    // megabytes that the allocator kept); Finish lays them out in edges_ by byte (most nodes
    // have one or two children), which keeps the walk in cache.
    std::array<std::uint32_t, 256> first_{};   // byte -> child of the root, 0 = none
    std::vector<std::vector<Edge>> building_{{}};
    std::vector<Edge> edges_;
    std::vector<std::uint32_t> dense_;  // 256 children per row
    std::vector<Node> nodes_{Node{}};
    std::vector<std::vector<Output>> pending_{{}};  // outputs per node until Finish
    std::vector<Output> outputs_;
    std::vector<std::pair<std::string, Output>> added_;  // kept until Finish

    void AddOne(const std::string& spelling, Output output);

    std::uint32_t Child(const Node& nd, unsigned char c) const {
        if (nd.dense != kNoDense) return dense_[nd.dense * 256u + c];
        for (std::uint32_t e = nd.edge_begin; e < nd.edge_end; ++e) {
            if (edges_[e].byte == c) return edges_[e].child;
        }
        return 0;
    }

    // Follows `view` from `node` (reached at byte q) and reports outputs; where a separator
    // byte both continues a spelling and starts a separator run, both paths are followed.
    template <class Visit>
    void Walk(std::uint32_t node, std::size_t p, std::size_t q, std::string_view view, Visit& visit) const {
        const std::size_t n = view.size();
        while (node != 0) {
            const Node& nd = nodes_[node];
            for (std::uint32_t o = nd.output_begin; o < nd.output_end; ++o) visit(outputs_[o], p, q + 1);
            if (++q >= n) return;
            const char c = view[q];
            const std::uint32_t literal = Child(nd, static_cast<unsigned char>(c));
            if (nd.separator_next != 0 && IsSeparator(c)) {
                if (literal != 0) Walk(literal, p, q, view, visit);
                while (q + 1 < n && IsSeparator(view[q + 1])) ++q;
                node = nd.separator_next;
                continue;
            }
            node = literal;
        }
    }
};

}  // namespace steward::screening
