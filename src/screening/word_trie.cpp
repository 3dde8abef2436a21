// WordTrie: a trie of spellings built with edge lists, then laid out as a double array (each
// node's children at its base plus the byte's code), built once per screener.
#include "screening/word_trie.hpp"

#include <algorithm>

namespace steward::screening {

void WordTrie::Add(const std::string& spelling, Output output) {
    if (!spelling.empty()) added_.emplace_back(spelling, output);
}

bool WordTrie::Finish() {
    for (const auto& [s, output] : added_) AddOne(s, output);
    // A run is consumed greedily: exact only if the node after a run does not continue with a
    // separator byte.
    bool exact = true;
    for (std::uint32_t next : separator_next_) {
        if (next == 0) continue;
        for (const Edge& e : building_[next]) {
            if (IsSeparator(static_cast<char>(e.byte))) exact = false;
        }
    }
    Layout();
    building_.clear();
    building_.shrink_to_fit();
    separator_next_.clear();
    separator_next_.shrink_to_fit();
    pending_.clear();
    pending_.shrink_to_fit();
    added_.clear();
    added_.shrink_to_fit();
    return exact;
}

// Commoner bytes get smaller codes, so that siblings lie close together. Returns 1 + the
// largest code.
std::uint32_t WordTrie::AssignCodes() {
    std::array<std::uint32_t, 256> count{};
    for (const auto& children : building_) {
        for (const Edge& e : children) ++count[e.byte];
    }
    std::array<std::uint16_t, 256> order{};
    for (std::uint16_t b = 0; b < 256; ++b) order[b] = b;
    std::stable_sort(order.begin(), order.end(), [&](std::uint16_t a, std::uint16_t b) { return count[a] > count[b]; });
    code_.fill(0);
    std::uint32_t next_code = kSeparatorCode + 1;
    for (std::uint16_t b : order) {
        if (count[b] != 0) code_[b] = static_cast<std::uint16_t>(next_code++);
    }
    return next_code;
}

// Places the nodes depth first, each node's children at the lowest base after the node's own
// slot where every child's slot is free (a failed search falls back to the end, which keeps the
// build linear), so a word's chain of slots is close together.
void WordTrie::Layout() {
    const std::uint32_t span = AssignCodes();  // codes are < span
    std::vector<std::uint32_t> slot_of(building_.size(), 0);
    slots_.assign(span + 1, Slot{});
    slots_[0].check = kFree - 1;  // the root: used, and no node's child
    std::size_t first_free = 1;
    std::vector<std::uint32_t> stack{0};
    std::vector<std::uint32_t> codes;
    while (!stack.empty()) {
        const std::uint32_t node = stack.back();
        stack.pop_back();
        const std::uint32_t at = slot_of[node];
        codes.clear();
        for (const Edge& e : building_[node]) codes.push_back(code_[e.byte]);
        if (separator_next_[node] != 0) codes.push_back(kSeparatorCode);
        std::sort(codes.begin(), codes.end());
        std::uint32_t flags = separator_next_[node] != 0 ? 1 : 0;
        if (!pending_[node].empty()) {
            flags |= 2;
            if (ranges_.size() <= at) ranges_.resize(at + 1);
            ranges_[at].begin = static_cast<std::uint32_t>(outputs_.size());
            outputs_.insert(outputs_.end(), pending_[node].begin(), pending_[node].end());
            ranges_[at].end = static_cast<std::uint32_t>(outputs_.size());
        }
        slots_[at].packed = flags;
        if (codes.empty()) continue;
        while (first_free < slots_.size() && slots_[first_free].check != kFree) ++first_free;
        auto fits = [&](std::size_t base) {
            for (std::uint32_t c : codes) {
                if (base + c < slots_.size() && slots_[base + c].check != kFree) return false;
            }
            return true;
        };
        const std::size_t from = std::max<std::size_t>(first_free, at + 1);
        std::size_t base = from > codes[0] ? from - codes[0] : 0;
        for (std::size_t tries = 0; !fits(base); ++base, ++tries) {
            if (tries == 512) base = slots_.size();  // the end is always free
        }
        if (slots_.size() < base + span + 1) slots_.resize(base + span + 1, Slot{});
        slots_[at].packed |= static_cast<std::uint32_t>(base) << 2;
        auto place = [&](std::uint32_t child, std::uint32_t code) {
            slots_[base + code].check = at;
            slot_of[child] = static_cast<std::uint32_t>(base + code);
        };
        for (const Edge& e : building_[node]) place(e.child, code_[e.byte]);
        if (separator_next_[node] != 0) place(separator_next_[node], kSeparatorCode);
        // Depth first, the first child next: a word's chain of nodes lies in a few cache lines.
        if (separator_next_[node] != 0) stack.push_back(separator_next_[node]);
        for (auto e = building_[node].rbegin(); e != building_[node].rend(); ++e) stack.push_back(e->child);
    }
    slots_[0].check = kFree;
    ranges_.resize(slots_.size());
    ranges_.shrink_to_fit();
    outputs_.shrink_to_fit();
    slots_.shrink_to_fit();
}

void WordTrie::AddOne(const std::string& spelling, Output output) {
    std::uint32_t node = 0;
    for (char c : spelling) {
        const auto byte = static_cast<std::uint8_t>(c);
        std::uint32_t child = 0;
        if (c == kSeparatorRun) {
            child = separator_next_[node];
        } else {
            for (const Edge& e : building_[node]) {
                if (e.byte == byte) child = e.child;
            }
        }
        if (child == 0) {
            child = static_cast<std::uint32_t>(building_.size());
            separator_next_.push_back(0);
            pending_.emplace_back();
            building_.emplace_back();
            if (c == kSeparatorRun) separator_next_[node] = child;
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
    return slots_.size() * (sizeof(Slot) + sizeof(Range)) + outputs_.size() * sizeof(Output);
}

}  // namespace steward::screening
