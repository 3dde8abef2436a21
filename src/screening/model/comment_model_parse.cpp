// CommentModel's file parser (comment_model.hpp has the format).
#include <charconv>
#include <cmath>

#include "screening/model/comment_model.hpp"
#include "screening/model/comment_model_internal.hpp"

namespace steward::screening::model {
namespace {

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

}  // namespace

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
        int c = ModelCategoryIndex(f[1]);
        double value = 0;
        if (c < 0) return Bad(source, line, "unknown category '" + std::string(f[1]) + "'");
        if (!ParseNumber(f[2], value) || value <= 0 || value >= 1) {
            return Bad(source, line, "the threshold must be a number between 0 and 1 (exclusive)");
        }
        if ((model.enabled_ >> c) & 1u) return Bad(source, line, "a second threshold for '" + std::string(f[1]) + "'");
        model.enabled_ |= 1u << c;
        model.addable_ |= 1u << static_cast<unsigned>(kModelCategories[static_cast<std::size_t>(c)]);
        model.cut_[c] = std::log(value / (1 - value));
        return core::OkStatus();
    }

    core::Status Weight(const std::vector<std::string_view>& f, std::string_view source, std::size_t line) {
        if (f.size() != 4) return Bad(source, line, "a weight line has 4 tab-separated fields: weight, feature, category, value");
        if (f[1].empty()) return Bad(source, line, "the feature name is empty");
        int c = ModelCategoryIndex(f[2]);
        double value = 0;
        if (c < 0) return Bad(source, line, "unknown category '" + std::string(f[2]) + "'");
        if (!ParseNumber(f[3], value) || std::fabs(value) > 1e6) return Bad(source, line, "the weight is not a finite number");
        if (f[1].starts_with("r:") && value != 0) model.uses_rule_features_ = true;
        if (rows.empty() || last_feature != f[1]) {
            last_feature = std::string(f[1]);
            rows.push_back({FeatureKey(f[1]), {}, line});
        }
        rows.back().weights[c] += static_cast<float>(value);
        return core::OkStatus();
    }

    core::Status Finish(std::string_view source) {
        std::size_t capacity = 16;
        while (capacity < rows.size() * 2) capacity *= 2;
        model.keys_.assign(capacity, 0);
        model.filter_.assign(kFilterBits / 64, 0);
        model.slots_.assign(capacity, 0);
        model.mask_ = capacity - 1;
        model.rows_.reserve(rows.size() * kModelCategoryCount);
        for (const Row& row : rows) {
            if (model.Row(row.hash) != nullptr) {
                return Bad(source, row.line, "this feature appeared on earlier lines already: write each feature's weights on adjacent lines");
            }
            model.Insert(row.hash, model.rows_.size() / kModelCategoryCount);
            model.rows_.insert(model.rows_.end(), row.weights.begin(), row.weights.end());
        }
        model.BuildVoteTable();
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
