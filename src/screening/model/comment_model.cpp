// CommentModel: parsing the model file and scoring a normalised comment (see comment_model.hpp).
#include "screening/model/comment_model.hpp"

#include "screening/model/comment_model_internal.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace steward::screening::model {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

constexpr std::uint64_t Fnv(std::uint64_t h, std::string_view s) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= kFnvPrime;
    }
    return h;
}

constexpr bool WordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '*'; }
constexpr bool HighByte(char c) { return static_cast<unsigned char>(c) >= 0x80; }
constexpr bool MarkByte(char c) { return c == '?' || c == '!'; }

// kModelCategories' names as CategoryName prints them (this library links nothing of screening).
constexpr std::array<std::string_view, kModelCategoryCount> kNames = {
    "insult", "hate", "sexual", "threat", "safeguarding", "spam", "complaint", "question"};

// Kind and Tag names in their enums' order (screener_internal.hpp); a test checks them against
// KindOf and TagOf. A kind that is itself a decision (profanity, insult, hate, threat, spam, ...)
// and a tag of such a rule (weapon, grooming, ...) have no name, so they are no feature: with them
// the model learns to repeat the rules instead of what the words and word classes say.
constexpr std::array<std::string_view, 34> kKindNames = {
    "", "allow", "", "", "", "", "", "hate_group", "hate_cue",
    "", "child_ref", "", "", "", "spam_weak", "handle", "", "url",
    "question", "rhetorical", "question_block", "pd_phone", "pd_email", "pd_postcode", "pd_address", "pd_dob",
    "pd_spelled", "pupil_name", "tone_positive", "tone_negative", "tone_sarcasm", "negator", "intensifier",
    ""};
constexpr std::array<std::string_view, 43> kTagNames = {
    "", "part_defuse", "", "", "", "", "", "", "", "",
    "part_victim", "part_actor", "part_harm", "part_passive_harm", "part_self_harm", "part_neglect",
    "part_exploitation", "part_coercion", "part_unwanted", "part_flattery", "part_target", "part_secrecy",
    "part_contact", "part_image_of", "part_spread", "part_staff", "part_reach", "part_pupil", "part_private",
    "part_intent", "part_violence", "part_veiled", "part_arrive", "part_arm", "part_destination",
    "part_menace_object", "part_name_on_it", "part_kin", "part_laugh", "part_against_me"};
static_assert(kRuleKindBase + kKindNames.size() <= kRuleTagBase && kRuleTagBase + kTagNames.size() <= kRuleFeatureCount);

// "r:k:url" / "r:t:part_violence" for every bit with a name, built once.
const std::array<std::string, kRuleFeatureCount>& RuleFeatureNames() {
    static const std::array<std::string, kRuleFeatureCount> names = [] {
        std::array<std::string, kRuleFeatureCount> out;
        auto fill = [&](std::size_t base, const auto& list, const char* prefix) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (!list[i].empty()) out[base + i] = prefix + std::string(list[i]);
            }
        };
        fill(kRuleKindBase, kKindNames, "r:k:");
        fill(kRuleTagBase, kTagNames, "r:t:");
        return out;
    }();
    return names;
}

// The bits with a name (the others are dropped before scoring).
RuleFeatures NamedRuleFeatures(RuleFeatures rules) {
    static const RuleFeatures named = [] {
        RuleFeatures out;
        for (std::size_t i = 0; i < kRuleFeatureCount; ++i) {
            if (!RuleFeatureNames()[i].empty()) out.Set(i);
        }
        return out;
    }();
    rules.bits[0] &= named.bits[0];
    rules.bits[1] &= named.bits[1];
    return rules;
}

// Calls fn(i) for each bit i of `rules`, in order.
template <typename Fn>
void ForEachRuleBit(const RuleFeatures& rules, Fn&& fn) {
    for (std::size_t w = 0; w < rules.bits.size(); ++w) {
        for (std::uint64_t b = rules.bits[w]; b != 0; b &= b - 1) fn(w * 64 + static_cast<std::size_t>(__builtin_ctzll(b)));
    }
}

// The key of the pair feature "r:p:<name i>+<name j>" (i < j), mixed from the bits, not the names.
constexpr std::uint64_t RulePairKey(std::size_t i, std::size_t j) {
    std::uint64_t h = (i * kRuleFeatureCount + j + 1) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h == 0 ? 1 : h;
}

}  // namespace

int ModelCategoryIndex(std::string_view name) {
    for (std::size_t i = 0; i < kModelCategoryCount; ++i) {
        if (kNames[i] == name) return static_cast<int>(i);
    }
    return -1;
}

namespace {

constexpr std::uint64_t TokenHash(std::string_view token) { return Fnv(kFnvOffset, token); }

constexpr std::uint64_t UnigramKey(std::uint64_t token) {
    std::uint64_t h = (token ^ 0x9e3779b97f4a7c15ull) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
    return h == 0 ? 1 : h;  // 0 marks an empty slot
}

constexpr std::uint64_t BigramKey(std::uint64_t first, std::uint64_t second) {
    std::uint64_t h = (first * 0x94d049bb133111ebull) ^ (second + 0x2545f4914f6cdd1dull);
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 29;
    return h == 0 ? 1 : h;
}

constexpr std::uint64_t OtherKey(std::string_view name) { return UnigramKey(TokenHash(name) ^ 0x5a5a5a5a5a5a5a5aull); }

// Keys every comment has, computed at compile time.
constexpr std::uint64_t kBiasKey = OtherKey("bias");
constexpr std::uint64_t kStartHash = TokenHash("^");
constexpr std::uint64_t kEndHash = TokenHash("$");

}  // namespace

std::string_view RuleFeatureName(std::size_t i) { return i < kRuleFeatureCount ? std::string_view(RuleFeatureNames()[i]) : ""; }

std::uint32_t SettledCategories(std::uint32_t rules) {
    constexpr auto bit = [](Category c) { return 1u << static_cast<unsigned>(c); };
    constexpr std::uint32_t severe = bit(Category::kHate) | bit(Category::kSexual) | bit(Category::kThreat) | bit(Category::kSafeguarding);
    std::uint32_t settled = rules;
    if (rules & severe) settled |= bit(Category::kInsult) | bit(Category::kComplaint);
    if (rules & bit(Category::kSpam)) settled |= bit(Category::kComplaint);
    return settled;
}

std::uint64_t FeatureKey(std::string_view name) {
    if (name.starts_with("r:p:") && name.find('+') != std::string_view::npos) {  // a pair of rule features
        const std::size_t plus = name.find('+');
        const auto& names = RuleFeatureNames();
        const auto a = std::find(names.begin(), names.end(), "r:" + std::string(name.substr(4, plus - 4)));
        const auto b = std::find(names.begin(), names.end(), "r:" + std::string(name.substr(plus + 1)));
        if (a != names.end() && b != names.end() && a < b) return RulePairKey(a - names.begin(), b - names.begin());
    }
    if (name.starts_with("u:")) return UnigramKey(TokenHash(name.substr(2)));
    std::size_t space = name.find(' ');
    if (name.starts_with("b:") && space != std::string_view::npos) {
        return BigramKey(TokenHash(name.substr(2, space - 2)), TokenHash(name.substr(space + 1)));
    }
    return OtherKey(name);  // "bias" and any other name
}

Finding ModelFinding(Category category) {
    Finding f;
    f.span = Span{0, 0};  // points at no phrase: the whole comment decided it
    f.category = category;
    for (std::size_t i = 0; i < kModelCategoryCount; ++i) {
        if (kModelCategories[i] == category) f.rule_id = "model/" + std::string(kNames[i]);
    }
    f.severity = Severity::kLow;
    return f;
}

// Byte classes for Tokenize: 1 word ([a-z0-9'*]), 2 non-ASCII, 3 '?' or '!', 0 separator.
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const char ch = static_cast<char>(c);
        t[c] = WordByte(ch) ? 1 : HighByte(ch) ? 2 : MarkByte(ch) ? 3 : 0;
    }
    return t;
}();

std::uint32_t ExplainedCategories(const std::vector<Category>& categories, const std::vector<Finding>& findings) {
    std::uint32_t out = ~0u;
    for (Category c : categories) {
        const bool explained = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.category == c; });
        if (!explained) out &= ~(1u << static_cast<unsigned>(c));
    }
    return out;
}

void AddModelFindings(std::uint32_t voted, const std::vector<Category>& categories, std::vector<Finding>& findings) {
    for (Category c : categories) {
        if (((voted >> static_cast<unsigned>(c)) & 1u) == 0) continue;
        bool explained = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.category == c; });
        if (!explained) findings.push_back(ModelFinding(c));
    }
}

namespace {

// Calls fn(token) for each token of `t` in order (Tokenize's and Scores' one tokenizer).
template <typename Fn>
void ForEachToken(std::string_view t, Fn&& fn) {
    const std::size_t n = t.size();
    std::size_t i = 0;
    while (i < n) {
        const std::uint8_t cls = kByteClass[static_cast<unsigned char>(t[i])];
        if (cls == 0) { ++i; continue; }
        std::size_t j = i + 1;
        while (j < n && kByteClass[static_cast<unsigned char>(t[j])] == cls) ++j;
        std::string_view token = t.substr(i, j - i);
        i = j;
        if (cls == 1) {
            while (!token.empty() && token.front() == '\'') token.remove_prefix(1);
            while (!token.empty() && token.back() == '\'') token.remove_suffix(1);
            if (token.find_first_not_of('*') == std::string_view::npos) continue;  // a bare mask "**" says nothing
        } else if (cls == 3) {
            token = token.substr(0, 1);
        }
        fn(token);
    }
}

}  // namespace

void Tokenize(std::string_view t, std::vector<std::string_view>& out) {
    out.clear();
    ForEachToken(t, [&](std::string_view token) { out.push_back(token); });
}

std::vector<std::string> FeatureNames(std::string_view normalized, const RuleFeatures& rules) {
    std::vector<std::string_view> tokens;
    Tokenize(normalized, tokens);
    std::vector<std::string> out;
    out.emplace_back("bias");
    for (std::string_view tok : tokens) out.push_back("u:" + std::string(tok));
    std::string_view prev = "^";
    for (std::string_view tok : tokens) {
        out.push_back("b:" + std::string(prev) + " " + std::string(tok));
        prev = tok;
    }
    out.push_back("b:" + std::string(prev) + " $");
    const RuleFeatures named = NamedRuleFeatures(rules);
    ForEachRuleBit(named, [&](std::size_t i) { out.emplace_back(RuleFeatureName(i)); });
    ForEachRuleBit(named, [&](std::size_t i) {
        ForEachRuleBit(named, [&](std::size_t j) {
            if (i < j) out.push_back("r:p:" + std::string(RuleFeatureName(i).substr(2)) + "+" + std::string(RuleFeatureName(j).substr(2)));
        });
    });
    return out;
}

const float* CommentModel::Row(std::uint64_t hash) const {
    if (keys_.empty()) return nullptr;
    const std::uint64_t bit = (hash >> 40) & (kFilterBits - 1);  // most words are not features: one L1 read says so
    if (((filter_[bit >> 6] >> (bit & 63)) & 1u) == 0) return nullptr;
    return Probe(hash);
}

const float* CommentModel::Probe(std::uint64_t hash) const {
    for (std::uint64_t at = hash & mask_;; at = (at + 1) & mask_) {
        if (keys_[at] == hash) return &rows_[slots_[at] * kModelCategoryCount];
        if (keys_[at] == 0) return nullptr;
    }
}

void CommentModel::Insert(std::uint64_t hash, std::size_t row) {
    std::uint64_t at = hash & mask_;
    while (keys_[at] != 0) at = (at + 1) & mask_;
    keys_[at] = hash;
    slots_[at] = static_cast<std::uint32_t>(row);
    const std::uint64_t bit = (hash >> 40) & (kFilterBits - 1);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
}

std::size_t CommentModel::PassingKeys(std::string_view normalized, std::vector<std::uint64_t>& keys) const {
    // First every key of the comment, then one filter pass whose loads overlap (the filter is
    // usually out of L1 by now); the table is read only for the few keys that pass.
    const std::size_t most = 2 * normalized.size() + 2;  // at most one token per byte, two keys per token, bias and end
    if (keys.size() < most) keys.resize(most);            // grows only: no zero fill per comment
    std::uint64_t* out = keys.data();
    *out++ = kBiasKey;
    std::uint64_t prev = kStartHash;
    ForEachToken(normalized, [&](std::string_view tok) {
        const std::uint64_t h = TokenHash(tok);
        *out++ = UnigramKey(h);
        *out++ = BigramKey(prev, h);
        prev = h;
    });
    *out++ = BigramKey(prev, kEndHash);
    const std::uint64_t* filter = filter_.data();
    std::size_t passed = 0;
    for (const std::uint64_t* k = keys.data(); k != out; ++k) {
        const std::uint64_t bit = (*k >> 40) & (kFilterBits - 1);
        keys[passed] = *k;  // branch-free compaction: most keys fail the filter
        passed += (filter[bit >> 6] >> (bit & 63)) & 1u;
    }
    return passed;
}

std::array<double, kModelCategoryCount> CommentModel::Scores(std::string_view normalized, const RuleFeatures& rules) const {
    std::array<double, kModelCategoryCount> z{};
    if (keys_.empty()) return z;
    thread_local std::vector<std::uint64_t> keys;
    thread_local std::vector<const float*> found;  // a feature counts once per comment, as in training
    const std::size_t passed = PassingKeys(normalized, keys);
    found.clear();
    for (std::size_t i = 0; i < passed; ++i) {
        const float* row = Probe(keys[i]);
        if (row != nullptr && std::find(found.begin(), found.end(), row) == found.end()) found.push_back(row);
    }
    for (const float* row : found) {
        for (std::size_t c = 0; c < kModelCategoryCount; ++c) z[c] += row[c];
    }
    const RuleFeatures named = NamedRuleFeatures(rules);
    ForEachRuleBit(named, [&](std::size_t i) {
        for (std::size_t c = 0; c < kModelCategoryCount; ++c) z[c] += rule_rows_[i * kModelCategoryCount + c];
        ForEachRuleBit(named, [&](std::size_t j) {
            const float* row = i < j ? Probe(RulePairKey(i, j)) : nullptr;
            for (std::size_t c = 0; row != nullptr && c < kModelCategoryCount; ++c) z[c] += row[c];
        });
    });
    return z;
}

std::uint32_t CommentModel::Vote(std::string_view normalized, const RuleFeatures& rules) const {
    if (enabled_ == 0) return 0;
    if (!narrow_slots_.empty()) return VoteWith(narrow_slots_, normalized, rules);
    if (!wide_slots_.empty()) return VoteWith(wide_slots_, normalized, rules);
    std::uint32_t out = 0;  // more than kVoteMax categories with thresholds: the full scores
    std::array<double, kModelCategoryCount> z = Scores(normalized, rules);
    for (std::size_t c = 0; c < kModelCategoryCount; ++c) {
        if (((enabled_ >> c) & 1u) && z[c] >= cut_[c]) out |= 1u << static_cast<unsigned>(kModelCategories[c]);
    }
    return out;
}

// The same sums as Scores' for the voting categories, in the same order, from the one-line table.
template <std::size_t N>
std::uint32_t CommentModel::VoteWith(const std::vector<VoteSlot<N>>& table, std::string_view normalized,
                                     const RuleFeatures& rules) const {
    thread_local std::vector<std::uint64_t> keys;
    thread_local std::vector<const VoteSlot<N>*> found;
    auto find = [&](std::uint64_t key) -> const VoteSlot<N>* {
        for (std::uint64_t at = key & vote_mask_;; at = (at + 1) & vote_mask_) {
            if (table[at].key == key) return &table[at];
            if (table[at].key == 0) return nullptr;
        }
    };
    const std::size_t passed = PassingKeys(normalized, keys);
    // The slots are rarely in L1 by now: ask for all of them before the first compare waits.
    for (std::size_t i = 0; i < passed; ++i) __builtin_prefetch(&table[keys[i] & vote_mask_]);
    found.clear();
    for (std::size_t i = 0; i < passed; ++i) {
        const VoteSlot<N>* slot = find(keys[i]);
        if (slot != nullptr && std::find(found.begin(), found.end(), slot) == found.end()) found.push_back(slot);
    }
    std::array<double, N> z{};
    for (const VoteSlot<N>* slot : found) {
        for (std::size_t v = 0; v < N; ++v) z[v] += slot->weights[v];
    }
    const RuleFeatures named = uses_rule_features_ ? NamedRuleFeatures(rules) : RuleFeatures{};
    ForEachRuleBit(named, [&](std::size_t i) {
        for (std::size_t v = 0; v < N; ++v) z[v] += rule_vote_[i * kVoteMax + v];
        ForEachRuleBit(named, [&](std::size_t j) {
            const VoteSlot<N>* slot = i < j ? find(RulePairKey(i, j)) : nullptr;
            for (std::size_t v = 0; slot != nullptr && v < N; ++v) z[v] += slot->weights[v];
        });
    });
    std::uint32_t out = 0;
    for (std::size_t v = 0; v < N; ++v) {
        const std::size_t c = vote_category_[v];
        if (c < kModelCategoryCount && z[v] >= cut_[c]) out |= 1u << static_cast<unsigned>(kModelCategories[c]);
    }
    return out;
}

template <std::size_t N>
void CommentModel::FillVoteTable(std::vector<VoteSlot<N>>& table, std::size_t n) {
    std::size_t capacity = 16;
    while (capacity * 2 < rows_.size() / kModelCategoryCount * 3) capacity *= 2;  // at most 2/3 full
    table.assign(capacity, VoteSlot<N>{});
    vote_mask_ = capacity - 1;
    for (std::size_t at = 0; at < keys_.size(); ++at) {
        if (keys_[at] == 0) continue;
        VoteSlot<N> slot{keys_[at], {}};
        for (std::size_t v = 0; v < n; ++v) slot.weights[v] = rows_[slots_[at] * kModelCategoryCount + vote_category_[v]];
        if (std::all_of(slot.weights.begin(), slot.weights.end(), [](float w) { return w == 0.0f; })) continue;  // adds nothing
        std::uint64_t to = slot.key & vote_mask_;
        while (table[to].key != 0) to = (to + 1) & vote_mask_;
        table[to] = slot;
    }
}

void CommentModel::BuildVoteTable() {
    rule_rows_.assign(kRuleFeatureCount * kModelCategoryCount, 0.0f);
    for (std::size_t i = 0; i < kRuleFeatureCount; ++i) {
        if (RuleFeatureName(i).empty()) continue;
        const float* row = keys_.empty() ? nullptr : Probe(FeatureKey(RuleFeatureName(i)));
        if (row != nullptr) std::copy(row, row + kModelCategoryCount, &rule_rows_[i * kModelCategoryCount]);
    }
    vote_category_.fill(kModelCategoryCount);
    std::size_t n = 0;
    for (std::size_t c = 0; c < kModelCategoryCount; ++c) {
        if ((enabled_ >> c) & 1u) {
            if (n == vote_category_.size()) return;  // Vote uses Scores
            vote_category_[n++] = c;
        }
    }
    rule_vote_.assign(kRuleFeatureCount * kVoteMax, 0.0f);
    for (std::size_t i = 0; i < kRuleFeatureCount; ++i) {
        for (std::size_t v = 0; v < n; ++v) rule_vote_[i * kVoteMax + v] = rule_rows_[i * kModelCategoryCount + vote_category_[v]];
    }
    if (n <= 2) {
        FillVoteTable(narrow_slots_, n);  // 16-byte slots: half the cache lines of the wide ones
    } else {
        FillVoteTable(wide_slots_, n);
    }
}

}  // namespace steward::screening::model
