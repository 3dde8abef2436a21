// WordTrie: a dense trie over the bytes that occur in spellings (a symbol table keeps the rows
// short), built once per screener.
#include "screening/word_trie.hpp"

#include <algorithm>

namespace steward::screening {

void WordTrie::Add(const std::string& spelling, Output output) {
    if (!spelling.empty()) added_.emplace_back(spelling, output);
}

bool WordTrie::Finish() {
    for (const auto& [s, output] : added_) {
        for (char c : s) {
            if (c == kSeparatorRun) continue;
            auto& sym = symbol_[static_cast<unsigned char>(c)];
            if (sym == 0) sym = static_cast<std::uint8_t>(symbols_++);
        }
    }
    next_.assign(symbols_, 0);
    for (const auto& [s, output] : added_) AddOne(s, output);
    for (int c = 0; c < 256; ++c) {
        std::uint8_t sym = symbol_[static_cast<std::size_t>(c)];
        first_[static_cast<std::size_t>(c)] = sym == 0 ? 0 : next_[sym];
    }
    // A run is consumed greedily: exact only if the node after a run does not continue with a
    // separator byte.
    auto separator_child = [&](std::size_t node) {
        for (int c = 0; c < 256; ++c) {
            std::uint8_t sym = symbol_[static_cast<std::size_t>(c)];
            if (sym != 0 && IsSeparator(static_cast<char>(c)) && next_[node * symbols_ + sym] != 0) return true;
        }
        return false;
    };
    bool exact = true;
    for (std::size_t node = 0; node < nodes_.size(); ++node) {
        std::uint32_t after = nodes_[node].separator_next;
        if (after != 0 && separator_child(after)) exact = false;
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        nodes_[i].edge_begin = static_cast<std::uint32_t>(edges_.size());
        for (int c = 0; c < 256; ++c) {
            std::uint8_t sym = symbol_[static_cast<std::size_t>(c)];
            std::uint32_t child = sym == 0 ? 0 : next_[i * symbols_ + sym];
            if (child != 0) edges_.push_back(Edge{static_cast<std::uint8_t>(c), child});
        }
        nodes_[i].edge_end = static_cast<std::uint32_t>(edges_.size());
        if (nodes_[i].edge_end - nodes_[i].edge_begin >= kDenseFrom) {
            nodes_[i].dense = static_cast<std::uint32_t>(dense_.size() / 256);
            dense_.resize(dense_.size() + 256, 0);
            for (std::uint32_t e = nodes_[i].edge_begin; e < nodes_[i].edge_end; ++e) {
                dense_[nodes_[i].dense * 256u + edges_[e].byte] = edges_[e].child;
            }
        }
        nodes_[i].output_begin = static_cast<std::uint32_t>(outputs_.size());
        outputs_.insert(outputs_.end(), pending_[i].begin(), pending_[i].end());
        nodes_[i].output_end = static_cast<std::uint32_t>(outputs_.size());
    }
    next_.clear();
    next_.shrink_to_fit();
    pending_.clear();
    pending_.shrink_to_fit();
    added_.clear();
    added_.shrink_to_fit();
    return exact;
}

void WordTrie::AddOne(const std::string& spelling, Output output) {
    std::uint32_t node = 0;
    for (char c : spelling) {
        std::size_t slot = node * symbols_ + symbol_[static_cast<unsigned char>(c)];
        std::uint32_t child = c == kSeparatorRun ? nodes_[node].separator_next : next_[slot];
        if (child == 0) {
            child = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
            pending_.emplace_back();
            next_.resize(nodes_.size() * symbols_, 0);
            if (c == kSeparatorRun) nodes_[node].separator_next = child;
            else next_[slot] = child;
        }
        node = child;
    }
    auto& outs = pending_[node];
    bool duplicate = std::any_of(outs.begin(), outs.end(), [&](const Output& o) {
        return o.value == output.value && o.kind == output.kind;
    });
    if (!duplicate) outs.push_back(output);
}

std::size_t WordTrie::bytes() const {
    return edges_.size() * sizeof(Edge) + dense_.size() * sizeof(std::uint32_t) + nodes_.size() * sizeof(Node) + outputs_.size() * sizeof(Output);
}

}  // namespace steward::screening
