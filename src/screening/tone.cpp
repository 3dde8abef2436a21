// Caption tone: a lexicon score with negation ("not good", "nobody ... should be proud") and
// intensifiers ("really", "absolutely"), explainable by the words that moved it. Neutral notices
// ("sadly", "unfortunately", "postponed") are deliberately absent from the negative lexicon.
#include <cmath>

#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

int WordsBetween(const std::string& t, std::size_t from, std::size_t to) {
    int words = 0;
    bool in_word = false;
    for (std::size_t i = from; i < to && i < t.size(); ++i) {
        bool letter = (t[i] >= 'a' && t[i] <= 'z') || t[i] == '\'';
        if (letter && !in_word) ++words;
        in_word = letter;
        if (t[i] == '.' || t[i] == '!' || t[i] == '?') return 99;  // a sentence end stops scope
    }
    return words;
}

double BaseWeight(const Hit& h) {
    double w = h.rule->entry.severity == Severity::kHigh ? 2.0 : 1.0;
    return h.rule->code == Kind::kTonePositive ? w : -w;
}

}  // namespace

ToneScore ToneFromScan(std::string_view text, const ScanResult& scan) {
    ToneScore tone;
    const std::string& t = scan.norm.text();
    double total = 0.0, negative = 0.0;
    for (const Hit& h : scan.hits) {
        const Kind k = h.rule->code;
        if (k != Kind::kTonePositive && k != Kind::kToneNegative && k != Kind::kToneSarcasm) continue;
        double w = k == Kind::kToneSarcasm ? -2.0 : BaseWeight(h);
        if (k != Kind::kToneSarcasm) {
            for (const Hit& m : scan.hits) {
                if (m.to > h.from) break;
                int gap = WordsBetween(t, m.to, h.from);
                if (m.rule->code == Kind::kNegator && gap <= 3) w = w > 0 ? -w : -w * 0.5;
                if (m.rule->code == Kind::kIntensifier && gap <= 1) w *= 1.5;
            }
        }
        total += w;
        if (w < 0) negative += w;
        Finding f = MakeFinding(text, scan, h, Category::kTone);
        f.confidence = std::min(1.0, std::abs(w) / 2.0);
        f.severity = w < 0 ? Severity::kMedium : Severity::kLow;
        tone.contributions.push_back(std::move(f));
    }
    tone.score = std::tanh(total / 3.0);
    tone.negative = negative <= -2.0;
    return tone;
}

}  // namespace steward::screening
