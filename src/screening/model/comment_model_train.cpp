// TrainCommentModel: see comment_model_train.hpp.
#include "screening/model/comment_model_train.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>

#include "screening/model/comment_model.hpp"
#include "screening/normalizer.hpp"

namespace steward::screening::model {
namespace {

constexpr std::uint32_t Bit(Category c) { return 1u << static_cast<unsigned>(c); }
constexpr std::uint32_t kSevere = Bit(Category::kHate) | Bit(Category::kSexual) | Bit(Category::kThreat) |
                                  Bit(Category::kSafeguarding);
constexpr std::uint32_t kHostile = Bit(Category::kProfanity) | Bit(Category::kHate) | Bit(Category::kSexual) |
                                   Bit(Category::kThreat) | Bit(Category::kSpam);

// Deterministic shuffling (xorshift64), the same on every platform.
class Shuffler {
  public:
    void Shuffle(std::vector<std::size_t>& v) {
        for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[Next() % i]);
    }

  private:
    std::uint64_t Next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        return state_;
    }
    std::uint64_t state_ = 0x5eed5eed5eedull;
};

struct Data {
    std::vector<std::string> names;             // feature id -> name (sorted)
    std::vector<std::vector<std::size_t>> feats;  // per example: feature ids, with repeats
};

bool Trained(const TrainingExample& e, const TrainOptions& o) { return e.role != ExampleRole::kInnocent || o.innocent_train; }

// True if a feature name ("u:tok", "b:tok tok") holds one of `excluded` as a whole token, or as
// a possessive or plural of one ("nowak's", "nowaks", "jones'").
bool HoldsExcludedToken(std::string_view feature, const std::vector<std::string>& excluded) {
    if (excluded.empty() || feature.size() < 2 || feature[1] != ':') return false;
    feature.remove_prefix(2);
    auto is_excluded = [&](std::string_view t) { return std::find(excluded.begin(), excluded.end(), t) != excluded.end(); };
    while (!feature.empty()) {
        const std::size_t space = feature.find(' ');
        std::string_view token = feature.substr(0, space);
        if (is_excluded(token)) return true;
        for (std::string_view end : {"'s", "'", "s"}) {
            if (token.size() > end.size() + 1 && token.substr(token.size() - end.size()) == end &&
                is_excluded(token.substr(0, token.size() - end.size()))) {
                return true;
            }
        }
        if (space == std::string_view::npos) break;
        feature.remove_prefix(space + 1);
    }
    return false;
}

Data Prepare(const std::vector<TrainingExample>& examples, const TrainOptions& o) {
    std::vector<std::vector<std::string>> raw;
    std::map<std::string, int> lines;  // feature -> training lines holding it
    for (const TrainingExample& e : examples) {
        raw.push_back(FeatureNames(ScreeningNormalized(e.text)));
        if (!Trained(e, o)) continue;
        std::vector<std::string> distinct = raw.back();
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (const std::string& f : distinct) ++lines[f];
    }
    Data d;
    std::map<std::string, std::size_t> id;
    for (const auto& [name, count] : lines) {
        if (count < o.min_count && name != "bias") continue;
        if (HoldsExcludedToken(name, o.excluded_tokens)) continue;
        id.emplace(name, d.names.size());
        d.names.push_back(name);
    }
    for (const std::vector<std::string>& names : raw) {
        std::vector<std::size_t> ids;
        for (const std::string& f : names) {
            auto it = id.find(f);
            if (it != id.end()) ids.push_back(it->second);
        }
        if (o.binary) {
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
        d.feats.push_back(std::move(ids));
    }
    return d;
}

using Weights = std::vector<double>;  // feature id * categories + category index

double Score(const Weights& w, const std::vector<std::size_t>& feats, std::size_t c, std::size_t nc) {
    double z = 0;
    for (std::size_t f : feats) z += w[f * nc + c];
    return z;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0))); }

// Logistic regression by SGD over `rows` (indices into examples), then rounded and pruned as the
// file will hold it.
Weights Fit(const std::vector<TrainingExample>& ex, const Data& d, std::vector<std::size_t> rows,
            const TrainOptions& o) {
    const std::vector<Category> cats = TrainedCategories();
    const std::size_t nc = cats.size();
    Weights w(d.names.size() * nc, 0.0);
    Shuffler shuffler;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        shuffler.Shuffle(rows);
        const double eta = o.rate / (1.0 + epoch * 0.5);
        for (std::size_t i : rows) {
            const double weight = ex[i].role == ExampleRole::kTrain      ? 1.0
                                  : ex[i].role == ExampleRole::kInnocent ? o.innocent_weight
                                                                         : o.tune_weight;
            for (std::size_t c = 0; c < nc; ++c) {
                const double y = (ex[i].labels & Bit(cats[c])) ? 1.0 : 0.0;
                const double g = (Sigmoid(Score(w, d.feats[i], c, nc)) - y) * weight;
                for (std::size_t f : d.feats[i]) w[f * nc + c] = w[f * nc + c] * (1 - eta * o.l2) - eta * g;
            }
        }
    }
    return w;
}

struct CrossValidation {
    std::vector<std::size_t> tune;                 // example indices of kTune lines
    std::vector<std::vector<double>> tune_prob;    // out-of-fold probability per category
    std::vector<std::size_t> innocent;
    // Highest probability any fold model gives; with innocent_train, the one fold model that did not
    // train on the line.
    std::vector<std::vector<double>> innocent_prob;
};

CrossValidation CrossValidate(const std::vector<TrainingExample>& ex, const Data& d, const TrainOptions& o) {
    const std::size_t nc = TrainedCategories().size();
    CrossValidation cv;
    for (std::size_t i = 0; i < ex.size(); ++i) {
        if (ex[i].role == ExampleRole::kTune) cv.tune.push_back(i);
        if (ex[i].role == ExampleRole::kInnocent) cv.innocent.push_back(i);
    }
    cv.tune_prob.assign(cv.tune.size(), std::vector<double>(nc, 0.0));
    cv.innocent_prob.assign(cv.innocent.size(), std::vector<double>(nc, 0.0));
    for (int fold = 0; fold < o.folds; ++fold) {
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < ex.size(); ++i) {
            if (ex[i].role == ExampleRole::kTrain) rows.push_back(i);
        }
        for (std::size_t k = 0; k < cv.tune.size(); ++k) {
            if (static_cast<int>(k % o.folds) != fold) rows.push_back(cv.tune[k]);
        }
        for (std::size_t k = 0; o.innocent_train && k < cv.innocent.size(); ++k) {
            if (static_cast<int>(k % o.folds) != fold) rows.push_back(cv.innocent[k]);
        }
        const Weights w = Fit(ex, d, rows, o);
        for (std::size_t k = 0; k < cv.tune.size(); ++k) {
            if (static_cast<int>(k % o.folds) != fold) continue;
            for (std::size_t c = 0; c < nc; ++c) cv.tune_prob[k][c] = Sigmoid(Score(w, d.feats[cv.tune[k]], c, nc));
        }
        for (std::size_t k = 0; k < cv.innocent.size(); ++k) {
            if (o.innocent_train && static_cast<int>(k % o.folds) != fold) continue;
            for (std::size_t c = 0; c < nc; ++c) {
                double p = Sigmoid(Score(w, d.feats[cv.innocent[k]], c, nc));
                cv.innocent_prob[k][c] = std::max(cv.innocent_prob[k][c], p);
            }
        }
    }
    return cv;
}

// Out-of-fold counts at threshold t (hundredths) for category index c on the tune lines.
struct Counts {
    int tp = 0, fp = 0, exact = 0;
};

Counts CountAt(const std::vector<TrainingExample>& ex, const CrossValidation& cv, std::size_t c, int t) {
    const std::uint32_t bit = Bit(TrainedCategories()[c]);
    Counts n;
    for (std::size_t k = 0; k < cv.tune.size(); ++k) {
        const TrainingExample& e = ex[cv.tune[k]];
        const bool says = t > 0 && cv.tune_prob[k][c] * 100 >= t;
        if (says) ++((e.labels & bit) ? n.tp : n.fp);
        n.exact += CombineWithRules(e.rules, says ? bit : 0) == e.labels;
    }
    return n;
}

// True if fold models at threshold t would change no more than options.innocent_slack innocent
// lines' categories.
bool Harmless(const std::vector<TrainingExample>& ex, const CrossValidation& cv, std::size_t c, int t, int slack) {
    const std::uint32_t bit = Bit(TrainedCategories()[c]);
    int changed = 0;
    for (std::size_t k = 0; k < cv.innocent.size(); ++k) {
        const std::uint32_t rules = ex[cv.innocent[k]].rules;
        if (cv.innocent_prob[k][c] * 100 >= t && CombineWithRules(rules, bit) != rules && ++changed > slack) return false;
    }
    return true;
}

// The lowest threshold (hundredths, at least the floor) for category index c at which the model
// alone is precise out of fold (tp / (tp + fp) >= options.precision), no innocent line changes, and
// the tune lines' whole category sets are right at least as often as with the rules alone; 0
// (never vote) when there is none. The rules were written on these tune lines, so their misses
// there are few: the precision of the model's own calls is the steadier signal.
int ChooseThreshold(const std::vector<TrainingExample>& ex, const CrossValidation& cv, std::size_t c,
                    const TrainOptions& o) {
    const bool severe = (Bit(TrainedCategories()[c]) & kSevere) != 0;
    const bool insult = TrainedCategories()[c] == Category::kInsult;
    const int floor = static_cast<int>(std::lround((severe ? o.floor_severe : insult ? o.floor_insult : o.floor_other) * 100));
    const int rules_exact = CountAt(ex, cv, c, 0).exact;
    for (int t = floor; t <= 99; ++t) {
        const Counts n = CountAt(ex, cv, c, t);
        if (n.tp == 0 || n.tp < o.precision * (n.tp + n.fp) || n.exact < rules_exact) continue;
        if (Harmless(ex, cv, c, t, o.innocent_slack)) return t;
    }
    return 0;
}

std::string Write(const Data& d, const Weights& w, const std::vector<int>& thresholds, double prune) {
    const std::vector<Category> cats = TrainedCategories();
    const std::size_t nc = cats.size();
    std::string out = "steward-comment-model 1\n";
    out += "# Made by bench/train_comment_model.cpp (see src/screening/model/README.md); do not edit.\n";
    char buf[64];
    for (std::size_t c = 0; c < nc; ++c) {
        if (thresholds[c] == 0) continue;
        std::snprintf(buf, sizeof buf, "%d.%02d", thresholds[c] / 100, thresholds[c] % 100);
        out += "threshold\t" + std::string(CategoryName(cats[c])) + "\t" + buf + "\n";
    }
    for (std::size_t f = 0; f < d.names.size(); ++f) {
        for (std::size_t c = 0; c < nc; ++c) {
            if (thresholds[c] == 0 || std::fabs(w[f * nc + c]) < prune) continue;  // only categories it may add
            std::snprintf(buf, sizeof buf, "%.4f", w[f * nc + c]);
            out += "weight\t" + d.names[f] + "\t" + std::string(CategoryName(cats[c])) + "\t" + buf + "\n";
        }
    }
    return out;
}

// How the chosen thresholds do out of fold on the tune lines (the figure to compare settings by;
// the probe holdouts are for the final measurement only).
std::string Report(const std::vector<TrainingExample>& ex, const CrossValidation& cv, const std::vector<int>& thresholds) {
    const std::vector<Category> cats = TrainedCategories();
    int rules_exact = 0, exact = 0, changed = 0;
    for (std::size_t k = 0; k < cv.tune.size(); ++k) {
        const TrainingExample& e = ex[cv.tune[k]];
        std::uint32_t add = 0;
        for (std::size_t c = 0; c < cats.size(); ++c) {
            if (thresholds[c] > 0 && cv.tune_prob[k][c] * 100 >= thresholds[c]) add |= Bit(cats[c]);
        }
        const std::uint32_t got = CombineWithRules(e.rules, add);
        rules_exact += e.rules == e.labels;
        exact += got == e.labels;
        changed += got != e.rules;
    }
    char buf[200];
    std::snprintf(buf, sizeof buf, "tune lines %zu, out of fold: exact-set rules %d -> with model %d (%d lines changed)\n",
                  cv.tune.size(), rules_exact, exact, changed);
    std::string out = buf;
    for (std::size_t c = 0; c < cats.size(); ++c) {
        const Counts n = CountAt(ex, cv, c, thresholds[c]);
        std::snprintf(buf, sizeof buf, "  %-12s threshold %.2f  model alone tp %d fp %d\n", std::string(CategoryName(cats[c])).c_str(),
                      thresholds[c] / 100.0, n.tp, n.fp);
        out += buf;
    }
    return out;
}

}  // namespace

std::vector<Category> TrainedCategories() {
    return {Category::kInsult, Category::kHate, Category::kSexual, Category::kThreat,
            Category::kSafeguarding, Category::kSpam, Category::kComplaint, Category::kQuestion};
}

std::string ScreeningNormalized(std::string_view text) {
    NormalizeOptions options;  // as ScreeningView() in screener.cpp
    options.collapse_separators = true;
    options.squeeze_repeats = true;
    return Normalize(text, options).text();
}

std::uint32_t CombineWithRules(std::uint32_t rules, std::uint32_t added) {
    std::uint32_t s = (rules | added) & ~Bit(Category::kOk);
    if (added == 0) return rules;
    if (s & kSevere) s &= ~(Bit(Category::kInsult) | Bit(Category::kComplaint));
    if (s & Bit(Category::kSpam)) s &= ~Bit(Category::kComplaint);
    if (s & kHostile) s &= ~Bit(Category::kQuestion);
    // A complaint the rules read is the model's insult only if the rules see an insult too: the
    // label rules call a rhetorical complaint complaint only, and the model cannot see whether a
    // phrase is aimed at a person ("the new uniform policy is a joke") or at a service.
    if ((added & Bit(Category::kInsult)) && (rules & Bit(Category::kComplaint)) && !(rules & Bit(Category::kInsult))) {
        s &= ~Bit(Category::kInsult);
    }
    // The classifier takes the model's question only where no insult is found (Categorise).
    if ((added & Bit(Category::kQuestion)) && !(rules & Bit(Category::kQuestion)) && (s & Bit(Category::kInsult))) {
        s &= ~Bit(Category::kQuestion);
    }
    return s == 0 ? Bit(Category::kOk) : s;
}

TrainedModel TrainCommentModel(const std::vector<TrainingExample>& examples, const TrainOptions& options) {
    const Data d = Prepare(examples, options);
    const CrossValidation cv = CrossValidate(examples, d, options);
    std::vector<int> thresholds;
    for (std::size_t c = 0; c < TrainedCategories().size(); ++c) thresholds.push_back(ChooseThreshold(examples, cv, c, options));
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        if (Trained(examples[i], options)) rows.push_back(i);
    }
    return {Write(d, Fit(examples, d, rows, options), thresholds, options.prune), Report(examples, cv, thresholds)};
}

}  // namespace steward::screening::model
