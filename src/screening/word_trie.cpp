// WordTrie: a trie of spellings with edge lists (dense rows only for nodes with many children),
// built once per screener.
#include "screening/word_trie.hpp"

#include <algorithm>

namespace steward::screening {

void WordTrie::Add(const std::string& spelling, Output output) {
    if (!spelling.empty()) added_.emplace_back(spelling, output);
}

bool WordTrie::Finish() {
    for (const auto& [s, output] : added_) AddOne(s, output);
    for (const Edge& e : building_[0]) first_[e.byte] = e.child;
    // A run is consumed greedily: exact only if the node after a run does not continue with a
    // separator byte.
    bool exact = true;
    for (const Node& node : nodes_) {
        if (node.separator_next == 0) continue;
        for (const Edge& e : building_[node.separator_next]) {
            if (IsSeparator(static_cast<char>(e.byte))) exact = false;
        }
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        std::vector<Edge>& children = building_[i];
        std::sort(children.begin(), children.end(), [](const Edge& a, const Edge& b) { return a.byte < b.byte; });
        nodes_[i].edge_begin = static_cast<std::uint32_t>(edges_.size());
        edges_.insert(edges_.end(), children.begin(), children.end());
        nodes_[i].edge_end = static_cast<std::uint32_t>(edges_.size());
        if (children.size() >= kDenseFrom) {
            nodes_[i].dense = static_cast<std::uint32_t>(dense_.size() / 256);
            dense_.resize(dense_.size() + 256, 0);
            for (const Edge& e : children) dense_[nodes_[i].dense * 256u + e.byte] = e.child;
        }
        nodes_[i].output_begin = static_cast<std::uint32_t>(outputs_.size());
        outputs_.insert(outputs_.end(), pending_[i].begin(), pending_[i].end());
        nodes_[i].output_end = static_cast<std::uint32_t>(outputs_.size());
    }
    edges_.shrink_to_fit();
    dense_.shrink_to_fit();
    outputs_.shrink_to_fit();
    nodes_.shrink_to_fit();
    building_.clear();
    building_.shrink_to_fit();
    pending_.clear();
    pending_.shrink_to_fit();
    added_.clear();
    added_.shrink_to_fit();
    return exact;
}

void WordTrie::AddOne(const std::string& spelling, Output output) {
    std::uint32_t node = 0;
    for (char c : spelling) {
        const auto byte = static_cast<std::uint8_t>(c);
        std::uint32_t child = 0;
        if (c == kSeparatorRun) {
            child = nodes_[node].separator_next;
        } else {
            for (const Edge& e : building_[node]) {
                if (e.byte == byte) child = e.child;
            }
        }
        if (child == 0) {
            child = static_cast<std::uint32_t>(nodes_.size());
            nodes_.emplace_back();
            pending_.emplace_back();
            building_.emplace_back();
            if (c == kSeparatorRun) nodes_[node].separator_next = child;
            else building_[node].push_back(Edge{byte, child});
        }
        node = child;
    }
    auto& outs = pending_[node];
    bool duplicate = std::any_of(outs.begin(), outs.end(), [&](const Output& o) {
        return o.value == output.value && o.kind == output.kind && o.length == output.length;
    });
    if (!duplicate) outs.push_back(output);
}

std::size_t WordTrie::bytes() const {
    return edges_.size() * sizeof(Edge) + dense_.size() * sizeof(std::uint32_t) + nodes_.size() * sizeof(Node) + outputs_.size() * sizeof(Output);
}

}  // namespace steward::screening
