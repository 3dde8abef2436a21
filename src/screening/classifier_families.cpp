// Sentences and the co-occurrence families of word classes (classifier_families.hpp).
#include "screening/classifier_families.hpp"

#include <algorithm>

namespace steward::screening {
namespace {

// Co-occurrence families (session 5, round 4): word classes are lexicon entries tagged
// "part_<class>" (data/lexicons/safeguarding.txt, threat.txt); a class hit alone flags nothing.
// A family fires when every one of its classes has a hit inside one sentence, so "dad" + "hits"
// + "me" is a disclosure while "dad hurt his back" is not. A child reference (kind child_ref)
// counts as the "victim" class. The hits that made a family fire become its findings.
constexpr std::array<Family, 10> kFamilies = {{
    {"actor_harm", Category::kSafeguarding, {"part_victim", "part_actor", "part_harm", ""}},
    {"passive_harm", Category::kSafeguarding, {"part_victim", "part_passive_harm", "", ""}},
    {"self_harm", Category::kSafeguarding, {"part_victim", "part_self_harm", "", ""}},
    {"neglect", Category::kSafeguarding, {"part_victim", "part_neglect", "", ""}},
    {"exploitation", Category::kSafeguarding, {"part_victim", "part_exploitation", "", ""}},
    {"coercion", Category::kSafeguarding, {"part_victim", "part_coercion", "part_unwanted", ""}},
    {"age_flattery", Category::kSafeguarding, {"part_flattery", "part_target", "", ""}},
    // Grooming: a request for secrecy, a way to make contact and someone it is aimed at (a child
    // or "you"), anywhere in the comment ("Which one is the girl in red? ... chat privately").
    {"secret_contact", Category::kSafeguarding, {"part_secrecy", "part_contact", "part_target", ""}, true},
    // Round 5: an image of the writer or their child spread against their will ("a video of me
    // crying ... going round snap"), and a member of staff contacting a pupil privately ("Mr X
    // added my 13 year old on WhatsApp and messages him after 11pm").
    {"image_spread", Category::kSafeguarding, {"part_image_of", "part_spread", "", ""}},
    {"staff_private_contact", Category::kSafeguarding, {"part_staff", "part_reach", "part_pupil", "part_private"}},
}};
constexpr std::array<Family, 4> kThreatFamilies = {{
    {"intent_violence", Category::kThreat, {"part_intent", "part_violence", "", ""}},
    {"veiled_target", Category::kThreat, {"part_veiled", "part_target", "", ""}},
    // Round 5: threats with no violence verb. The writer arriving armed ("I'm bringing a bat to
    // the next parents' evening"), and fuel or a weapon "with X's name on it".
    {"armed_arrival", Category::kThreat, {"part_arrive", "part_arm", "part_destination", ""}},
    {"named_menace", Category::kThreat, {"part_menace_object", "part_name_on_it", "", ""}},
}};

// A class is looked up in the family's own lexicon kind (safeguarding.txt or threat.txt), so the
// two files may both define e.g. a "part_target" class.
bool PartIs(const Hit& h, const Family& family, std::string_view part) {
    bool safeguarding = family.category == Category::kSafeguarding;
    Kind own = safeguarding ? Kind::kSafeguarding : Kind::kThreat;
    if (h.rule->code == own && h.rule->tag == part) return true;
    return safeguarding && (part == "part_victim" || part == "part_target") && h.rule->code == Kind::kChildRef;
}

// The hits that make `family` fire in [from, to): one per class, the first in scan order. Only
// the comment's class hits (`parts`) are looked at; nothing is allocated unless it fires.
bool FamilyHits(const ScanResult& scan, const std::vector<const Hit*>& parts, const Family& family,
                std::size_t from, std::size_t to, std::array<const Hit*, 4>& found) {
    std::size_t n = 0;
    for (std::string_view part : family.parts) {
        if (part.empty()) continue;
        const Hit* hit = nullptr;
        for (const Hit* h : parts) {
            if (h->from >= from && h->to <= to && PartIs(*h, family, part) && !Defused(scan, *h)) {
                hit = h;
                break;
            }
        }
        if (hit == nullptr) return false;
        found[n++] = hit;
    }
    return n > 0;
}

void FireIn(const ScanResult& scan, const std::vector<const Hit*>& parts, const Family& family,
            std::size_t from, std::size_t to, std::vector<FiredFamily>& out) {
    std::array<const Hit*, 4> found{};
    if (!FamilyHits(scan, parts, family, from, to, found)) return;
    FiredFamily fired{&family, {}};
    for (const Hit* h : found) {
        if (h != nullptr) fired.hits.push_back(h);
    }
    out.push_back(std::move(fired));
}

// True if offset `at` lies in a sentence that also holds hits of classes `a` and `b` (kind
// threat; an empty class always holds).
bool SentenceHas(const ScanResult& scan, std::size_t at, std::string_view a, std::string_view b) {
    for (const Sentence& s : Sentences(scan.norm.text())) {
        if (at < s.from || at >= s.to) continue;
        auto has = [&](std::string_view part) {
            return part.empty() || std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& h) {
                       return h.rule->code == Kind::kThreat && h.rule->tag == part && h.from >= s.from && h.to <= s.to;
                   });
        };
        return has(a) && has(b);
    }
    return false;
}

}  // namespace

const std::vector<Sentence>& Sentences(const std::string& t) {
    thread_local std::vector<Sentence> out;
    out.clear();
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i) {
        bool end = i == t.size() || t[i] == '?' || t[i] == '!' || t[i] == '\n' ||
                   (t[i] == '.' && (i + 1 >= t.size() || t[i + 1] == ' '));
        if (!end) continue;
        bool asks = i < t.size() && t[i] == '?';
        std::size_t j = i;
        while (j + 1 < t.size() && (t[j + 1] == '?' || t[j + 1] == '!')) {
            asks = asks || t[j + 1] == '?';
            ++j;
        }
        if (i > start) out.push_back(Sentence{start, i, asks});
        start = j + 1;
        i = j;
    }
    return out;
}

bool IsPart(const Hit& h) { return h.rule->tag.rfind("part_", 0) == 0; }

// An innocent construction that overlaps a rule's match defuses it: an entry tagged part_defuse
// of the same lexicon kind ("batter the cod" over "I'll batter the", "black eye from a hockey
// stick" over "black eye", "send them back to the office" over "send them back"). Unlike
// allow.txt, the innocent phrase need not contain the whole match, only share words with it.
bool Defused(const ScanResult& scan, const Hit& h) {
    return std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& o) {
        return o.rule->code == h.rule->code && o.rule->tag == "part_defuse" && o.from < h.to && h.from < o.to;
    });
}

std::vector<FiredFamily> FiredFamilies(const ScanResult& scan) {
    std::vector<FiredFamily> out;
    thread_local std::vector<const Hit*> parts;  // class hits, and child references (PartIs)
    parts.clear();
    bool any_class = false;
    for (const Hit& h : scan.hits) {
        const bool is_class = IsPart(h);
        any_class = any_class || is_class;
        if (is_class || h.rule->code == Kind::kChildRef) parts.push_back(&h);
    }
    if (!any_class) return out;
    const std::string& t = scan.norm.text();
    // A family that does not fire in the whole comment fires in none of its sentences: most
    // comments have a lone class hit ("my", "me") and stop here.
    std::array<const Hit*, 4> found{};
    std::vector<const Family*> families;
    auto consider = [&](const auto& list) {
        for (const Family& f : list) {
            if (FamilyHits(scan, parts, f, 0, t.size(), found)) families.push_back(&f);
        }
    };
    consider(kFamilies);
    consider(kThreatFamilies);
    if (families.empty()) return out;
    for (const Family* f : families) {
        if (f->whole_comment) FireIn(scan, parts, *f, 0, t.size(), out);
    }
    for (const Sentence& s : Sentences(t)) {  // split once, not once per family
        for (const Family* f : families) {
            if (!f->whole_comment) FireIn(scan, parts, *f, s.from, s.to, out);
        }
    }
    return out;
}

// A threat word that is not the writer's threat: a joke about a brother or sister with a laugh
// ("my sister stole my charger, I'm going to kill her 😂"), or a threat reported as made against
// the writer ("they said they'll stab me if I tell": a disclosure, still safeguarding).
bool ThreatDefused(const ScanResult& scan, const Hit& h) {
    return SentenceHas(scan, h.from, "part_kin", "part_laugh") || SentenceHas(scan, h.from, "part_against_me", "");
}

}  // namespace steward::screening
