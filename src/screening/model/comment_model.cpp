// CommentModel: parsing the model file and scoring a normalised comment (see comment_model.hpp).
#include "screening/model/comment_model.hpp"

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

int CategoryIndex(std::string_view name) {
    for (std::size_t i = 0; i < kModelCategoryCount; ++i) {
        if (kNames[i] == name) return static_cast<int>(i);
    }
    return -1;
}

// Splits a line at tabs.
std::vector<std::string_view> Fields(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) return out;
        start = tab + 1;
    }
}

bool ParseNumber(std::string_view s, double& out) {
    if (s.empty()) return false;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

core::Error Bad(std::string_view source, std::size_t line, std::string message) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message),
                       std::string(source) + " line " + std::to_string(line)};
}

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

std::uint64_t FeatureKey(std::string_view name) {
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

std::vector<std::string> FeatureNames(std::string_view normalized) {
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
    return out;
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

void CommentModel::FindSlots(std::string_view normalized, std::vector<const Slot*>& found) const {
    found.clear();
    if (slots_.empty()) return;
    thread_local std::vector<std::uint64_t> keys;
    const std::size_t passed = PassingKeys(normalized, keys);
    // The slots are rarely in L1 by now: ask for all of them before the first compare waits.
    for (std::size_t i = 0; i < passed; ++i) __builtin_prefetch(&slots_[keys[i] & mask_]);
    for (std::size_t i = 0; i < passed; ++i) {
        const std::uint64_t key = keys[i];
        for (std::uint64_t at = key & mask_;; at = (at + 1) & mask_) {
            const Slot& slot = slots_[at];
            if (slot.key == key) {
                if (std::find(found.begin(), found.end(), &slot) == found.end()) found.push_back(&slot);
                break;
            }
            if (slot.key == 0) break;
        }
    }
}

std::array<double, kModelCategoryCount> CommentModel::Scores(std::string_view normalized) const {
    thread_local std::vector<const Slot*> found;
    FindSlots(normalized, found);
    std::array<double, kModelCategoryCount> z{};
    for (const Slot* slot : found) {
        for (std::size_t c = 0; c < kModelCategoryCount; ++c) z[c] += slot->weights[c];
    }
    return z;
}

std::uint32_t CommentModel::Vote(std::string_view normalized) const {
    if (enabled_ == 0) return 0;
    const std::array<double, kModelCategoryCount> z = Scores(normalized);
    std::uint32_t out = 0;
    for (std::size_t c = 0; c < kModelCategoryCount; ++c) {
        if (((enabled_ >> c) & 1u) != 0 && z[c] >= cut_[c]) out |= 1u << static_cast<unsigned>(kModelCategories[c]);
    }
    return out;
}

// The file's lines, read one at a time into a model under construction.
struct CommentModel::Builder {
    struct Row {
        std::uint64_t hash = 0;
        std::array<float, kModelCategoryCount> weights{};
        std::size_t line = 0;
    };
    CommentModel model;
    std::vector<Row> rows;
    std::string last_feature;

    core::Status Threshold(const std::vector<std::string_view>& f, std::string_view source, std::size_t line) {
        if (f.size() != 3) return Bad(source, line, "a threshold line has 3 tab-separated fields: threshold, category, probability");
        int c = CategoryIndex(f[1]);
        double value = 0;
        if (c < 0) return Bad(source, line, "unknown category '" + std::string(f[1]) + "'");
        if (!ParseNumber(f[2], value) || value <= 0 || value >= 1) {
            return Bad(source, line, "the threshold must be a number between 0 and 1 (exclusive)");
        }
        if ((model.enabled_ >> c) & 1u) return Bad(source, line, "a second threshold for '" + std::string(f[1]) + "'");
        model.enabled_ |= 1u << c;
        model.cut_[c] = std::log(value / (1 - value));
        return core::OkStatus();
    }

    core::Status Weight(const std::vector<std::string_view>& f, std::string_view source, std::size_t line) {
        if (f.size() != 4) return Bad(source, line, "a weight line has 4 tab-separated fields: weight, feature, category, value");
        if (f[1].empty()) return Bad(source, line, "the feature name is empty");
        int c = CategoryIndex(f[2]);
        double value = 0;
        if (c < 0) return Bad(source, line, "unknown category '" + std::string(f[2]) + "'");
        if (!ParseNumber(f[3], value) || std::fabs(value) > 1e6) return Bad(source, line, "the weight is not a finite number");
        if (rows.empty() || last_feature != f[1]) {
            last_feature = std::string(f[1]);
            rows.push_back({FeatureKey(f[1]), {}, line});
        }
        rows.back().weights[c] += static_cast<float>(value);
        return core::OkStatus();
    }

    core::Status Finish(std::string_view source) {
        std::vector<std::pair<std::uint64_t, std::size_t>> seen;  // key, line: each feature on adjacent lines
        seen.reserve(rows.size());
        for (const Row& row : rows) seen.emplace_back(row.hash, row.line);
        std::sort(seen.begin(), seen.end());
        for (std::size_t i = 1; i < seen.size(); ++i) {
            if (seen[i].first == seen[i - 1].first) {
                return Bad(source, std::max(seen[i].second, seen[i - 1].second),
                           "this feature appeared on earlier lines already: write each feature's weights on adjacent lines");
            }
        }
        model.feature_count_ = rows.size();
        std::size_t capacity = 16;
        while (capacity * 2 < rows.size() * 3) capacity *= 2;  // at most 2/3 full
        model.slots_.assign(capacity, Slot{});
        model.filter_.assign(kFilterBits / 64, 0);
        model.mask_ = capacity - 1;
        for (const Row& row : rows) {
            if (std::all_of(row.weights.begin(), row.weights.end(), [](float w) { return w == 0.0f; })) continue;  // adds nothing
            std::uint64_t at = row.hash & model.mask_;
            while (model.slots_[at].key != 0) at = (at + 1) & model.mask_;
            model.slots_[at] = Slot{row.hash, row.weights};
            const std::uint64_t bit = (row.hash >> 40) & (kFilterBits - 1);
            model.filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
        }
        return core::OkStatus();
    }
};

core::Result<CommentModel> CommentModel::Parse(std::string_view text, std::string_view source) {
    Builder b;
    std::size_t line_no = 0;
    while (!text.empty()) {
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (++line_no == 1) {
            if (line != "steward-comment-model 1") {
                return Bad(source, line_no, "the first line must be 'steward-comment-model 1'; this is not a comment model file");
            }
            continue;
        }
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string_view> f = Fields(line);
        core::Status status = f[0] == "threshold" ? b.Threshold(f, source, line_no)
                              : f[0] == "weight"  ? b.Weight(f, source, line_no)
                                                  : core::Status(Bad(source, line_no, "unknown line kind '" + std::string(f[0]) + "' (expected threshold or weight)"));
        if (!status) return status.error();
    }
    if (line_no == 0) return Bad(source, 1, "the file is empty; expected 'steward-comment-model 1'");
    core::Status finished = b.Finish(source);
    if (!finished) return finished.error();
    return std::move(b.model);
}

}  // namespace steward::screening::model
