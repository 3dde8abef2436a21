// Sentences, the per-comment view of the hits and the co-occurrence families of word classes
// (classifier_families.hpp).
#include "screening/classifier_families.hpp"

#include <algorithm>

namespace steward::screening {
namespace {

namespace tables {
using enum Tag;
constexpr Tag kNo = kOther;  // an unused class slot

// Co-occurrence families (session 5, round 4): word classes are lexicon entries tagged
// "part_<class>" (data/lexicons/safeguarding.txt, threat.txt); a class hit alone flags nothing.
// A family fires when every one of its classes has a hit inside one sentence, so "dad" + "hits"
// + "me" is a disclosure while "dad hurt his back" is not. A child reference (kind child_ref)
// counts as the "victim" class. The hits that made a family fire become its findings.
constexpr std::array<Family, 10> kFamilies = {{
    {"actor_harm", Category::kSafeguarding, {kPartVictim, kPartActor, kPartHarm, kNo}},
    {"passive_harm", Category::kSafeguarding, {kPartVictim, kPartPassiveHarm, kNo, kNo}},
    {"self_harm", Category::kSafeguarding, {kPartVictim, kPartSelfHarm, kNo, kNo}},
    {"neglect", Category::kSafeguarding, {kPartVictim, kPartNeglect, kNo, kNo}},
    {"exploitation", Category::kSafeguarding, {kPartVictim, kPartExploitation, kNo, kNo}},
    {"coercion", Category::kSafeguarding, {kPartVictim, kPartCoercion, kPartUnwanted, kNo}},
    {"age_flattery", Category::kSafeguarding, {kPartFlattery, kPartTarget, kNo, kNo}},
    // Grooming: a request for secrecy, a way to make contact and someone it is aimed at (a child
    // or "you"), anywhere in the comment ("Which one is the girl in red? ... chat privately").
    {"secret_contact", Category::kSafeguarding, {kPartSecrecy, kPartContact, kPartTarget, kNo}, true},
    // Round 5: an image of the writer or their child spread against their will ("a video of me
    // crying ... going round snap"), and a member of staff contacting a pupil privately ("Mr X
    // added my 13 year old on WhatsApp and messages him after 11pm").
    {"image_spread", Category::kSafeguarding, {kPartImageOf, kPartSpread, kNo, kNo}},
    {"staff_private_contact", Category::kSafeguarding, {kPartStaff, kPartReach, kPartPupil, kPartPrivate}},
}};
constexpr std::array<Family, 6> kThreatFamilies = {{
    {"intent_violence", Category::kThreat, {kPartIntent, kPartViolence, kNo, kNo}},
    {"veiled_target", Category::kThreat, {kPartVeiled, kPartTarget, kNo, kNo}},
    // Round 5: threats with no violence verb. The writer arriving armed ("I'm bringing a bat to
    // the next parents' evening"), and fuel or a weapon "with X's name on it".
    {"armed_arrival", Category::kThreat, {kPartArrive, kPartArm, kPartDestination, kNo}},
    {"named_menace", Category::kThreat, {kPartMenaceObject, kPartNameOnIt, kNo, kNo}},
    // Session 9: damage to someone's things ("see if ur car still has four tyres", "the windows
    // won't last the weekend"), said with a condition or a provocation, or with intent.
    {"property_damage", Category::kThreat, {kPartProperty, kPartDamage, kPartProvoke, kNo}},
    {"property_damage_intent", Category::kThreat, {kPartProperty, kPartDamage, kPartIntent, kNo}},
}};

// Every tag the code looks at, by its lexicon text.
constexpr std::array<std::pair<std::string_view, Tag>, 42> kTagNames = {{
    {"part_defuse", kPartDefuse}, {"weapon", kWeapon}, {"pupil", kPupil}, {"grooming", kGrooming},
    {"pupil_threat", kPupilThreat}, {"hedge", kHedge}, {"defuse", kDefuse}, {"target", kTarget},
    {"marker", kMarker}, {"part_victim", kPartVictim}, {"part_actor", kPartActor},
    {"part_harm", kPartHarm}, {"part_passive_harm", kPartPassiveHarm}, {"part_self_harm", kPartSelfHarm},
    {"part_neglect", kPartNeglect}, {"part_exploitation", kPartExploitation},
    {"part_coercion", kPartCoercion}, {"part_unwanted", kPartUnwanted}, {"part_flattery", kPartFlattery},
    {"part_target", kPartTarget}, {"part_secrecy", kPartSecrecy}, {"part_contact", kPartContact},
    {"part_image_of", kPartImageOf}, {"part_spread", kPartSpread}, {"part_staff", kPartStaff},
    {"part_reach", kPartReach}, {"part_pupil", kPartPupil}, {"part_private", kPartPrivate},
    {"part_intent", kPartIntent}, {"part_violence", kPartViolence}, {"part_veiled", kPartVeiled},
    {"part_arrive", kPartArrive}, {"part_arm", kPartArm}, {"part_destination", kPartDestination},
    {"part_menace_object", kPartMenaceObject}, {"part_name_on_it", kPartNameOnIt},
    {"part_kin", kPartKin}, {"part_laugh", kPartLaugh}, {"part_against_me", kPartAgainstMe},
    {"part_property", kPartProperty}, {"part_damage", kPartDamage}, {"part_provoke", kPartProvoke},
}};
static_assert(kTagNames.size() + 1 == static_cast<std::size_t>(kEnd), "a name for every tag but kOther");
static_assert(static_cast<unsigned>(kEnd) - static_cast<unsigned>(kFirstClass) <= 64, "a ClassMask bit per class");
}  // namespace tables

using tables::kFamilies;
using tables::kThreatFamilies;

constexpr ClassMask MaskOf(const Family& family) {
    ClassMask mask = 0;
    for (Tag part : family.parts) mask |= ClassBit(part);
    return mask;
}

template <std::size_t N>
constexpr std::array<ClassMask, N> MasksOf(const std::array<Family, N>& families) {
    std::array<ClassMask, N> masks{};
    for (std::size_t i = 0; i < N; ++i) masks[i] = MaskOf(families[i]);
    return masks;
}
constexpr auto kFamilyMasks = MasksOf(kFamilies);
constexpr auto kThreatFamilyMasks = MasksOf(kThreatFamilies);

// The classes a hit counts for, per side: a class is looked up in the family's own lexicon kind
// (safeguarding.txt or threat.txt), so the two files may both define e.g. a "part_target" class;
// a child reference counts as the safeguarding "victim" and "target" classes.
ClassMask SafeguardingClasses(const Rule& rule) {
    if (rule.code == Kind::kSafeguarding) return ClassBit(rule.tag_code);
    if (rule.code == Kind::kChildRef) return ClassBit(Tag::kPartVictim) | ClassBit(Tag::kPartTarget);
    return 0;
}

// A pupil's name in full (a scan hit) or a first name alone (a target AddFirstNameTargets adds).
bool IsPupil(const Rule& rule) { return rule.code == Kind::kPupilName || rule.code == Kind::kPupilFirstName; }

// A named pupil is someone a threat may be aimed at, like "Mr X" or "you".
ClassMask ThreatClasses(const Rule& rule) {
    if (rule.code == Kind::kThreat) return ClassBit(rule.tag_code);
    return IsPupil(rule) ? ClassBit(Tag::kPartTarget) : 0;
}

// The hits that make `family` fire in [from, to): one per class, the first in scan order that is
// not defused. Nothing is allocated.
bool FamilyHits(const CommentHits& comment, const Family& family, std::size_t from, std::size_t to,
                FiredFamily& fired) {
    const bool safeguarding = family.category == Category::kSafeguarding;
    fired = FiredFamily{&family, {}, 0};
    for (Tag part : family.parts) {
        const ClassMask bit = ClassBit(part);
        if (bit == 0) continue;
        const Hit* hit = nullptr;
        for (const CommentHits::ClassHit& c : comment.class_hits()) {
            const ClassMask classes = safeguarding ? c.safeguarding : c.threat;
            if ((classes & bit) != 0 && c.hit->from >= from && c.hit->to <= to && !c.defused) {
                hit = c.hit;
                break;
            }
        }
        if (hit == nullptr) return false;
        fired.hits[fired.count++] = hit;
    }
    return fired.count > 0;
}

// The sentence that holds offset `at`, or nullptr if none does (`at` on a sentence break).
const Sentence* SentenceAt(CommentHits& comment, std::size_t at) {
    for (const Sentence& s : comment.Sentences()) {
        if (at >= s.from && at < s.to) return &s;
    }
    return nullptr;
}

// True if offset `at` lies in a sentence that also holds hits of threat classes `a` and `b`
// (Tag::kOther always holds).
bool SentenceHas(CommentHits& comment, std::size_t at, Tag a, Tag b) {
    const Sentence* s = SentenceAt(comment, at);
    if (s == nullptr) return false;
    const std::vector<Hit>& hits = comment.scan().hits;
    auto has = [&](Tag part) {
        return part == Tag::kOther || std::any_of(hits.begin(), hits.end(), [&](const Hit& h) {
                   return h.rule->code == Kind::kThreat && h.rule->tag_code == part && h.from >= s->from &&
                          h.to <= s->to;
               });
    };
    return has(a) && has(b);
}

}  // namespace

Tag TagOf(std::string_view tag) {
    for (const auto& [name, code] : tables::kTagNames) {
        if (name == tag) return code;
    }
    return Tag::kOther;
}

void Rule::SetTag(std::string t) {
    tag = std::move(t);
    tag_code = TagOf(tag);
    part = tag.rfind("part_", 0) == 0;
}

void SplitSentences(const std::string& t, std::vector<Sentence>& out) {
    out.clear();
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i) {
        if (i < t.size() && !EndsSentence(t, i)) continue;
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
}

CommentHits& CommentHits::Of(const ScanResult& scan) {
    thread_local CommentHits comment;
    comment.Reset(scan);
    return comment;
}

// One pass to find whether there is a defuser (rare), one to note the class hits.
void CommentHits::Reset(const ScanResult& scan) {
    scan_ = &scan;
    split_ = false;
    const std::vector<Hit>& hits = scan.hits;
    any_defused_ = std::any_of(hits.begin(), hits.end(), [](const Hit& h) {
        return h.rule->tag_code == Tag::kPartDefuse;
    });
    if (any_defused_) MarkDefused();
    class_hits_.clear();
    safeguarding_ = threat_ = 0;
    for (const Hit& h : hits) {
        const ClassHit c{&h, SafeguardingClasses(*h.rule), ThreatClasses(*h.rule), Defused(h)};
        if ((c.safeguarding | c.threat) == 0) continue;
        class_hits_.push_back(c);
        if (c.defused) continue;
        safeguarding_ |= c.safeguarding;
        threat_ |= c.threat;
    }
}

// Each hit against the defusers only (a few at most), not against every other hit.
void CommentHits::MarkDefused() {
    const std::vector<Hit>& hits = scan_->hits;
    defusers_.clear();
    for (const Hit& o : hits) {
        if (o.rule->tag_code == Tag::kPartDefuse) defusers_.push_back(&o);
    }
    defused_.assign(hits.size(), 0);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const Hit& h = hits[i];
        defused_[i] = std::any_of(defusers_.begin(), defusers_.end(), [&](const Hit* o) {
            return o->rule->code == h.rule->code && o->from < h.to && h.from < o->to;
        });
    }
}

// The targets are not in scan().hits, so none is defused (Defused() indexes those).
void CommentHits::AddTargets(std::span<const Hit> hits) {
    for (const Hit& h : hits) {
        const ClassHit c{&h, SafeguardingClasses(*h.rule), ThreatClasses(*h.rule), false};
        class_hits_.push_back(c);
        safeguarding_ |= c.safeguarding;
        threat_ |= c.threat;
    }
}

const std::vector<Sentence>& CommentHits::Sentences() {
    if (!split_) SplitSentences(scan_->norm.text(), sentences_);
    split_ = true;
    return sentences_;
}

void FiredFamilies(CommentHits& comment, std::vector<FiredFamily>& out) {
    out.clear();
    // A family whose classes do not all occur (not defused) in the comment fires in none of its
    // sentences: most comments have a lone class hit ("my", "me") and stop here.
    if (comment.safeguarding_classes() == 0 && comment.threat_classes() == 0) return;
    std::array<const Family*, kFamilies.size() + kThreatFamilies.size()> candidates{};
    std::size_t n = 0;
    auto consider = [&](const auto& list, const auto& masks, ClassMask present) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if ((masks[i] & ~present) == 0) candidates[n++] = &list[i];
        }
    };
    consider(kFamilies, kFamilyMasks, comment.safeguarding_classes());
    consider(kThreatFamilies, kThreatFamilyMasks, comment.threat_classes());
    if (n == 0) return;
    FiredFamily fired;
    for (std::size_t i = 0; i < n; ++i) {
        if (candidates[i]->whole_comment && FamilyHits(comment, *candidates[i], 0, std::string::npos, fired)) {
            out.push_back(fired);
        }
    }
    for (const Sentence& s : comment.Sentences()) {  // split once, not once per family
        for (std::size_t i = 0; i < n; ++i) {
            if (!candidates[i]->whole_comment && FamilyHits(comment, *candidates[i], s.from, s.to, fired)) {
                out.push_back(fired);
            }
        }
    }
}

// A threat word that is not the writer's threat: a joke about a brother or sister with a laugh
// ("my sister stole my charger, I'm going to kill her 😂"), or a threat reported as made against
// the writer ("they said they'll stab me if I tell": a disclosure, still safeguarding).
bool ThreatDefused(CommentHits& comment, const Hit& h) {
    return SentenceHas(comment, h.from, Tag::kPartKin, Tag::kPartLaugh) ||
           SentenceHas(comment, h.from, Tag::kPartAgainstMe, Tag::kOther);
}

bool ThreatFamilyLacksOnlyTarget(const CommentHits& comment) {
    const ClassMask present = comment.threat_classes() | ClassBit(Tag::kPartTarget);
    return std::any_of(kThreatFamilyMasks.begin(), kThreatFamilyMasks.end(), [&](ClassMask m) {
        return (m & ClassBit(Tag::kPartTarget)) != 0 && (m & ~present) == 0;
    });
}

const Hit* ThreatAtPupil(CommentHits& comment, const std::vector<FiredFamily>& fired) {
    const auto& classes = comment.class_hits();
    auto is_pupil = [](const CommentHits::ClassHit& c) { return IsPupil(*c.hit->rule); };
    if (std::none_of(classes.begin(), classes.end(), is_pupil)) {
        return nullptr;  // no pupil named (most comments)
    }
    auto pupil_near = [&](std::size_t at) -> const Hit* {
        const Sentence* s = SentenceAt(comment, at);
        if (s == nullptr) return nullptr;
        for (const CommentHits::ClassHit& c : classes) {
            if (IsPupil(*c.hit->rule) && c.hit->from >= s->from && c.hit->to <= s->to) return c.hit;
        }
        return nullptr;
    };
    for (const FiredFamily& f : fired) {  // each has a hit per class (FamilyHits)
        if (f.family->category != Category::kThreat) continue;
        if (const Hit* pupil = pupil_near(f.hits[0]->from)) return pupil;
    }
    for (const Hit& h : comment.scan().hits) {
        if (h.rule->code != Kind::kThreat || h.rule->part || comment.Defused(h) || ThreatDefused(comment, h)) continue;
        if (const Hit* pupil = pupil_near(h.from)) return pupil;
    }
    return nullptr;
}

namespace {

// What a first-name target reports as ("threat/veiled_target/pupil_first_name").
const Rule& FirstNameRule() {
    static const Rule rule = [] {
        Rule r;
        r.SetKind("pupil_first_name");
        r.rule_id = "name/pupil_first_name";
        r.entry.severity = Severity::kMedium;
        return r;
    }();
    return rule;
}

}  // namespace

void FindPupilFirstNames(std::string_view text, const ScanResult& scan, const StaffIndex& staff,
                         const PupilNameIndex& pupils, std::vector<PupilFirstName>& out) {
    out.clear();
    thread_local std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.clear();
    pupils.FindFirstNamesInto(scan.norm, text, spans);
    const std::string_view t = scan.norm.text();
    for (const auto& [from, to] : spans) {
        std::string_view word = t.substr(from, to - from);
        const bool possessive = word.ends_with("'s");
        if (possessive) word.remove_suffix(2);
        if (!staff.HasNameWord(word)) out.push_back(PupilFirstName{from, to, possessive});
    }
}

void AddFirstNameTargets(std::string_view text, CommentHits& comment, bool threat, const StaffIndex& staff,
                         const PupilNameIndex& pupils) {
    if (!threat && !ThreatFamilyLacksOnlyTarget(comment)) return;
    thread_local std::vector<PupilFirstName> names;
    thread_local std::vector<Hit> targets;  // valid until this thread's next comment
    targets.clear();
    FindPupilFirstNames(text, comment.scan(), staff, pupils, names);
    for (const PupilFirstName& name : names) targets.push_back(Hit{&FirstNameRule(), name.from, name.to});
    comment.AddTargets(targets);
}

}  // namespace steward::screening
