// Caption tone: a lexicon score with negation ("not good", "nobody ... should be proud") and
// intensifiers ("really", "absolutely"), explainable by the words that moved it. Neutral notices
// ("sadly", "unfortunately", "postponed") are deliberately absent from the negative lexicon.
//
// Lexicon tags (data/lexicons/tone.txt) that change how a hit counts:
//   tone_negative [defuse]  a neutral phrase ("shocking pink", "rubbish collection", "awful
//                           weather"): tone hits inside it do not count
//   tone_negative [hedge]   "sadly", "unfortunately": medium negative words in that sentence halve
//   tone_negative [target]  "some parents", "a small number of Year 10 pupils": never negated
//   tone_sarcasm  [marker]  an eye-roll (🙄, "/s", "yeah right"): -1 itself, and praise before it
//                           in its sentence or the one before becomes blame
// A one-word praise sentence ending in '.' ("Brilliant.") is read as sarcasm when the caption
// criticises anything else. Negative when the negative contributions sum to <= -2.
#include <cmath>

#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

constexpr double kNegativeThreshold = -2.0;

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || c == '\''; }
bool IsSentenceEnd(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

int WordsBetween(const std::string& t, std::size_t from, std::size_t to) {
    int words = 0;
    bool in_word = false;
    for (std::size_t i = from; i < to && i < t.size(); ++i) {
        bool letter = IsLetter(t[i]);
        if (letter && !in_word) ++words;
        in_word = letter;
        if (IsSentenceEnd(t[i])) return 99;  // a sentence end stops scope
    }
    return words;
}

// Index of the sentence holding `pos`. Something with no letter before it in its sentence (an
// emoji after "stuff.") belongs to the sentence it trails.
int SentenceOf(const std::string& t, std::size_t pos) {
    int sentence = 0;
    bool letters = false;
    for (std::size_t i = 0; i < pos && i < t.size(); ++i) {
        if (IsSentenceEnd(t[i])) {
            if (letters) ++sentence;
            letters = false;
        } else if (IsLetter(t[i]) || (t[i] >= '0' && t[i] <= '9')) {
            letters = true;
        }
    }
    return sentence;
}

// "Brilliant." alone: nothing but spaces between the previous sentence end and the word, and a
// full stop right after it.
bool IsLonePraise(const std::string& t, const Hit& h) {
    for (std::size_t i = h.from; i-- > 0;) {
        if (IsSentenceEnd(t[i])) break;
        if (t[i] != ' ') return false;
    }
    std::size_t after = h.to;
    while (after < t.size() && t[after] == ' ') ++after;
    return after < t.size() && t[after] == '.';
}

bool Overlaps(const Hit& a, const Hit& b) { return a.from < b.to && b.from < a.to; }
bool Tagged(const Hit& h, Kind k, Tag tag) { return h.rule->code == k && h.rule->tag_code == tag; }

struct Scored {
    const Hit* hit;
    double weight;
    int sentence;
};

double BaseWeight(const Hit& h) {
    if (h.rule->code == Kind::kToneSarcasm) return h.rule->tag_code == Tag::kMarker ? -1.0 : -2.0;
    double w = h.rule->entry.severity == Severity::kHigh ? 2.0 : 1.0;
    return h.rule->code == Kind::kTonePositive ? w : -w;
}

// Negators (up to 3 words before) flip a word; an intensifier right before it multiplies by 1.5.
double Modified(const std::string& t, const ScanResult& scan, const Hit& h, double w) {
    if (h.rule->code == Kind::kToneSarcasm) return w;
    const bool negatable = h.rule->tag_code != Tag::kTarget;
    for (const Hit& m : scan.hits) {
        if (m.to > h.from) break;
        int gap = WordsBetween(t, m.to, h.from);
        if (negatable && m.rule->code == Kind::kNegator && gap <= 3) w = w > 0 ? -w : -w * 0.5;
        if (m.rule->code == Kind::kIntensifier && gap <= 1) w *= 1.5;
    }
    return w;
}

// One stretch of text counts once: of overlapping hits of one kind ("ashamed" inside "should be
// ashamed", two blame-target patterns) only the heaviest stays.
std::vector<Scored> Deduplicated(std::vector<Scored> in) {
    std::vector<Scored> out;
    for (const Scored& s : in) {
        bool beaten = false;
        for (const Scored& o : in) {
            if (&o == &s || o.hit->rule->code != s.hit->rule->code || !Overlaps(*o.hit, *s.hit)) continue;
            double a = std::abs(o.weight), b = std::abs(s.weight);
            beaten = beaten || a > b || (a == b && &o < &s);
        }
        if (!beaten) out.push_back(s);
    }
    return out;
}

// The hits that move the score, each with its weight before sarcasm is applied.
std::vector<Scored> ScoreHits(const std::string& t, const ScanResult& scan) {
    std::vector<int> hedged;
    for (const Hit& h : scan.hits) {
        if (Tagged(h, Kind::kToneNegative, Tag::kHedge)) hedged.push_back(SentenceOf(t, h.from));
    }
    std::vector<Scored> out;
    for (const Hit& h : scan.hits) {
        const Kind k = h.rule->code;
        if (k != Kind::kTonePositive && k != Kind::kToneNegative && k != Kind::kToneSarcasm) continue;
        if (Tagged(h, Kind::kToneNegative, Tag::kDefuse) || Tagged(h, Kind::kToneNegative, Tag::kHedge)) continue;
        bool defused = false;
        for (const Hit& d : scan.hits) defused = defused || (Tagged(d, Kind::kToneNegative, Tag::kDefuse) && Overlaps(h, d));
        if (defused) continue;
        Scored s{&h, Modified(t, scan, h, BaseWeight(h)), SentenceOf(t, h.from)};
        bool medium = h.rule->entry.severity != Severity::kHigh && k == Kind::kToneNegative;
        for (int sentence : hedged) {
            if (medium && s.weight < 0 && sentence == s.sentence) s.weight *= 0.5;
        }
        out.push_back(s);
    }
    return Deduplicated(std::move(out));
}

// Praise next to an eye-roll, or a lone "Brilliant." in a caption that criticises, is blame.
void ApplySarcasm(const std::string& t, std::vector<Scored>& scored) {
    std::vector<const Scored*> markers;
    bool criticises = false;
    for (const Scored& s : scored) {
        if (Tagged(*s.hit, Kind::kToneSarcasm, Tag::kMarker)) markers.push_back(&s);
        else if (s.weight < 0) criticises = true;
    }
    for (Scored& s : scored) {
        if (s.weight <= 0 || s.hit->rule->code != Kind::kTonePositive) continue;
        bool rolled = false;  // an eye-roll trails the praise it mocks
        for (const Scored* m : markers) {
            bool near = m->sentence == s.sentence || m->sentence == s.sentence + 1;
            rolled = rolled || (near && s.hit->to <= m->hit->from);
        }
        if (rolled || (criticises && IsLonePraise(t, *s.hit))) s.weight = -s.weight;
    }
}

}  // namespace

ToneScore ToneFromScan(std::string_view text, const ScanResult& scan) {
    ToneScore tone;
    const std::string& t = scan.norm.text();
    std::vector<Scored> scored = ScoreHits(t, scan);
    ApplySarcasm(t, scored);
    double total = 0.0, negative = 0.0;
    for (const Scored& s : scored) {
        total += s.weight;
        if (s.weight < 0) negative += s.weight;
        Finding f = MakeFinding(text, scan, *s.hit, Category::kTone);
        f.confidence = std::min(1.0, std::abs(s.weight) / 2.0);
        f.severity = s.weight < 0 ? Severity::kMedium : Severity::kLow;
        tone.contributions.push_back(std::move(f));
    }
    tone.score = std::tanh(total / 3.0);
    tone.negative = negative <= kNegativeThreshold;
    return tone;
}

}  // namespace steward::screening
