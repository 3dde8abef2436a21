// WordTrie: a trie of spellings with edge lists (dense rows only for nodes with many children),
// numbered breadth first, built once per screener.
#include "screening/word_trie.hpp"

#include <algorithm>

namespace steward::screening {

void WordTrie::Add(const std::string& spelling, Output output) {
    if (!spelling.empty()) added_.emplace_back(spelling, output);
}

// Node numbers in breadth-first order from the root (children by byte, then the separator run).
std::vector<std::uint32_t> WordTrie::BreadthFirstOrder() const {
    std::vector<std::uint32_t> order{0};
    order.reserve(nodes_.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t n = order[i];
        for (const Edge& e : building_[n]) order.push_back(e.child);
        if (nodes_[n].separator_next != 0) order.push_back(nodes_[n].separator_next);
    }
    return order;
}

bool WordTrie::Finish() {
    for (const auto& [s, output] : added_) AddOne(s, output);
    // A run is consumed greedily: exact only if the node after a run does not continue with a
    // separator byte.
    bool exact = true;
    for (const Node& node : nodes_) {
        if (node.separator_next == 0) continue;
        for (const Edge& e : building_[node.separator_next]) {
            if (IsSeparator(static_cast<char>(e.byte))) exact = false;
        }
    }
    const std::vector<std::uint32_t> order = BreadthFirstOrder();
    std::vector<std::uint32_t> renumber(nodes_.size(), 0);
    for (std::size_t i = 0; i < order.size(); ++i) renumber[order[i]] = static_cast<std::uint32_t>(i);
    std::vector<Node> laid(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::uint32_t old = order[i];
        std::vector<Edge>& children = building_[old];
        std::sort(children.begin(), children.end(), [](const Edge& a, const Edge& b) { return a.byte < b.byte; });
        Node& nd = laid[i];
        nd.separator_next = renumber[nodes_[old].separator_next];  // 0 stays 0 (the root is no child)
        nd.edge_count = static_cast<std::uint8_t>(std::min<std::size_t>(children.size(), 255));
        nd.edge_begin = static_cast<std::uint32_t>(keys_.size());
        for (const Edge& e : children) {
            keys_.push_back(e.byte);
            children_.push_back(renumber[e.child]);
        }
        if (children.size() >= kDenseFrom) {
            nd.dense = 1;
            nd.edge_begin = static_cast<std::uint32_t>(dense_.size() / 256);
            dense_.resize(dense_.size() + 256, 0);
            for (const Edge& e : children) dense_[nd.edge_begin * 256u + e.byte] = renumber[e.child];
        }
        nd.output_begin = static_cast<std::uint32_t>(outputs_.size());
        nd.output_count = static_cast<std::uint16_t>(pending_[old].size());
        outputs_.insert(outputs_.end(), pending_[old].begin(), pending_[old].end());
    }
    for (const Edge& e : building_[0]) first_[e.byte] = renumber[e.child];
    nodes_ = std::move(laid);
    keys_.shrink_to_fit();
    children_.shrink_to_fit();
    dense_.shrink_to_fit();
    outputs_.shrink_to_fit();
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
        return o.value == output.value && o.kind == output.kind;
    });
    if (!duplicate) outs.push_back(output);
}

std::size_t WordTrie::bytes() const {
    return keys_.size() + children_.size() * sizeof(std::uint32_t) + dense_.size() * sizeof(std::uint32_t) +
           nodes_.size() * sizeof(Node) + outputs_.size() * sizeof(Output);
}

}  // namespace steward::screening
