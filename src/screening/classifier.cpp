// Comment classification: turns a scan's hits into categories and one action, by the rules of
// testdata/dev/README.md (multi-label rules and escalation priority).
#include <algorithm>
#include <array>
#include <cstdint>

#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

struct Sentence {
    std::size_t from = 0;  // normalised offsets
    std::size_t to = 0;
    bool asks = false;     // ends with '?'
};

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

bool IsInterrogative(std::string_view w) {
    static constexpr std::array<std::string_view, 35> kWords = {
        "what", "what's", "whats", "when", "when's", "whens", "where", "where's", "wheres", "who", "who's",
        "whos", "hows", "whom",
        "which", "how", "is", "are", "do", "does", "did", "can", "could", "will", "would", "should",
        "has", "have", "may", "anyone", "any", "r", "wil", "shall", "am"};
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// At least four words (letters, digits, apostrophes) and one of them interrogative, or three
// words led by one ("Will it reopen?").
bool ReadsAsQuestion(std::string_view s) {
    int words = 0;
    bool interrogative = false;
    bool leads = false;
    std::size_t i = 0;
    while (i < s.size()) {
        auto word_char = [&](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\''; };
        if (!word_char(s[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < s.size() && word_char(s[j])) ++j;
        bool asks = IsInterrogative(s.substr(i, j - i));
        if (++words == 1) leads = asks;
        interrogative = interrogative || asks;
        i = j;
    }
    return (words >= 4 && interrogative) || (words == 3 && leads);
}

bool HitIn(const ScanResult& scan, Kind kind, std::size_t from, std::size_t to) {
    return std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& h) {
        return h.rule->code == kind && h.from < to && h.to > from;
    });
}

// True if an insult or swear word lies in [from, to).
bool HostileIn(const ScanResult& scan, std::size_t from, std::size_t to) {
    return HitIn(scan, Kind::kInsult, from, to) || HitIn(scan, Kind::kProfanity, from, to) ||
           HitIn(scan, Kind::kProfaneInsult, from, to) || HitIn(scan, Kind::kPersonInsult, from, to);
}

// A genuine information request: a '?' sentence with an interrogative word, or a question cue.
// With `separate_only` (the comment also insults someone), only a '?' sentence that is itself
// free of insults counts: "Is PE on Wednesday? And tell her to stop being a cow." asks; "Who
// employs these idiots?" does not.
bool AsksQuestion(const ScanResult& scan, bool separate_only) {
    if (!separate_only && scan.Has(Kind::kQuestion)) return true;
    const std::string& t = scan.norm.text();
    for (const Sentence& s : Sentences(t)) {
        if (!s.asks) continue;
        if (HitIn(scan, Kind::kRhetorical, s.from, s.to) || HitIn(scan, Kind::kQuestionBlock, s.from, s.to)) continue;
        if (separate_only && HostileIn(scan, s.from, s.to)) continue;
        if (ReadsAsQuestion(std::string_view(t).substr(s.from, s.to - s.from))) return true;
    }
    return false;
}

// A profane insult word ("prick", "dickhead") aimed at someone: "is a", "you", "such a", ...
bool ProfaneInsultTargeted(const ScanResult& scan, const Hit& hit) {
    const std::string& t = scan.norm.text();
    std::size_t from = hit.from > 40 ? hit.from - 40 : 0;
    std::string before = t.substr(from, hit.from - from);
    static const std::array<std::string_view, 16> kCues = {
        " is a", " is an", "you ", " ur ", "such a", "absolute", "proper", " u ", "you're",
        "what a", " are ", "total", "typical", "little", "@", "bloody"};
    if (before.find("like a") != std::string::npos) return false;
    before = " " + before;
    return hit.from == 0 ||
           std::any_of(kCues.begin(), kCues.end(),
                       [&](std::string_view c) { return before.find(c) != std::string::npos; });
}

// A link to a public body's site (government, NHS, police, schools, universities, the BBC) is
// shared news or information, not advertising: "the council's roadworks page ... leeds.gov.uk".
bool UrlIsPublicBody(std::string_view url) {
    std::size_t start = url.find("://");
    std::string_view host = url.substr(start == std::string_view::npos ? 0 : start + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    static constexpr std::array<std::string_view, 8> kSuffixes = {
        ".gov.uk", ".nhs.uk", ".police.uk", ".sch.uk", ".ac.uk", "bbc.co.uk", ".gov.wales", ".gov.scot"};
    return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view s) {
        return host.size() >= s.size() && host.compare(host.size() - s.size(), s.size(), s) == 0 &&
               (host.size() == s.size() || s.front() == '.' || host[host.size() - s.size() - 1] == '.');
    });
}

bool UrlIsSchool(std::string_view url, const PreparedContacts& contacts) {
    for (const std::string& site : contacts.sites) {
        if (!site.empty() && url.find(site) != std::string_view::npos) return true;
    }
    for (const std::string& domain : contacts.domains) {
        if (!domain.empty() && url.find(domain) != std::string_view::npos) return true;
    }
    return false;
}

// Co-occurrence families (session 5, round 4): word classes are lexicon entries tagged
// "part_<class>" (data/lexicons/safeguarding.txt, threat.txt); a class hit alone flags nothing.
// A family fires when every one of its classes has a hit inside one sentence, so "dad" + "hits"
// + "me" is a disclosure while "dad hurt his back" is not. A child reference (kind child_ref)
// counts as the "victim" class. The hits that made a family fire become its findings.
struct Family {
    std::string_view name;
    Category category;
    std::array<std::string_view, 4> parts;  // "" = unused
    bool whole_comment = false;             // the classes may meet anywhere in the comment
};
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

struct FiredFamily {
    const Family* family = nullptr;
    std::vector<const Hit*> hits;
};

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

// A threat word that is not the writer's threat: a joke about a brother or sister with a laugh
// ("my sister stole my charger, I'm going to kill her 😂"), or a threat reported as made against
// the writer ("they said they'll stab me if I tell": a disclosure, still safeguarding).
bool ThreatDefused(const ScanResult& scan, const Hit& h) {
    return SentenceHas(scan, h.from, "part_kin", "part_laugh") || SentenceHas(scan, h.from, "part_against_me", "");
}

// The categories of one comment: a bit per Category, iterated in Category order.
class CategorySet {
  public:
    void insert(Category c) { bits_ |= 1u << static_cast<unsigned>(c); }
    bool count(Category c) const { return (bits_ >> static_cast<unsigned>(c)) & 1u; }
    bool empty() const { return bits_ == 0; }
    std::vector<Category> List() const {
        std::vector<Category> out;
        for (unsigned c = 0; c <= static_cast<unsigned>(Category::kTone); ++c) {
            if ((bits_ >> c) & 1u) out.push_back(static_cast<Category>(c));
        }
        return out;
    }

  private:
    std::uint32_t bits_ = 0;
};

Action ActionFor(const CategorySet& cats) {
    if (cats.count(Category::kSafeguarding)) return Action::kDsl;
    if (cats.count(Category::kHate) || cats.count(Category::kSexual) || cats.count(Category::kThreat)) {
        return Action::kRemoveAndEscalate;
    }
    if (cats.count(Category::kComplaint)) return Action::kComplaints;
    if (cats.count(Category::kQuestion)) return Action::kReplyWithin24h;
    return Action::kNone;
}

struct Signals {
    bool profanity = false, insult = false, hate = false, sexual = false, threat = false;
    bool safeguarding = false, grooming = false, spam = false, complaint = false;
    bool child = false, links = false;
};

Signals Collect(const ScanResult& scan, const std::vector<Finding>& pd, const PreparedContacts& contacts) {
    Signals s;
    const std::string& t = scan.norm.text();
    int spam_weak = 0;
    for (const Hit& h : scan.hits) {
        const std::string& tag = h.rule->tag;
        if (IsPart(h)) continue;  // word classes count only through FiredFamilies
        if (Defused(scan, h)) continue;
        switch (h.rule->code) {
            case Kind::kProfanity: s.profanity = true; break;
            case Kind::kProfaneInsult:
                s.profanity = true;
                if (ProfaneInsultTargeted(scan, h)) s.insult = true;
                break;
            case Kind::kInsult: s.insult = true; break;
            case Kind::kSlur: case Kind::kHate: s.hate = true; break;
            case Kind::kSexual: s.sexual = true; break;
            case Kind::kChildRef: s.child = true; break;
            case Kind::kThreat:
                if (tag == "weapon" || tag == "pupil") s.safeguarding = true;
                if (!ThreatDefused(scan, h)) s.threat = true;
                break;
            case Kind::kSafeguarding:
                s.safeguarding = true;
                if (tag == "grooming") s.grooming = true;
                if (tag == "pupil_threat") s.threat = true;
                break;
            case Kind::kSpam: s.spam = true; break;
            case Kind::kSpamWeak: case Kind::kHandle: ++spam_weak; break;
            case Kind::kComplaint:
                // A grievance cue inside an insult phrase ("what a joke of a teacher") is the insult.
                if (!HitIn(scan, Kind::kInsult, h.from, h.to)) s.complaint = true;
                break;
            case Kind::kUrl: {
                std::string_view url = std::string_view(t).substr(h.from, h.to - h.from);
                bool in_email = std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& o) {
                    return o.rule->code == Kind::kPdEmail && o.from <= h.from && h.to <= o.to;
                });
                if (!in_email && !UrlIsSchool(url, contacts) && !UrlIsPublicBody(url)) s.links = true;
                break;
            }
            default: break;
        }
    }
    if (scan.Has(Kind::kHateGroup) && scan.Has(Kind::kHateCue)) s.hate = true;
    // A threat aimed at a protected group ("bomb the mosque", "smash the windows of every Polish
    // family") is hate as well as a threat.
    if (s.threat && scan.Has(Kind::kHateGroup)) s.hate = true;
    if (s.sexual && s.child) s.safeguarding = true;
    if (s.links || spam_weak >= 2) s.spam = true;
    if (s.grooming) s.spam = false;
    (void)pd;
    return s;
}

}  // namespace

CommentVerdict ClassifyComment(std::string_view text, const ScanResult& scan,
                               const PreparedContacts& contacts, const StaffIndex& staff) {
    std::vector<Finding> pd = PersonalDataFindings(text, scan, contacts, /*include_names=*/true);
    Signals s = Collect(scan, pd, contacts);
    std::vector<FiredFamily> fired = FiredFamilies(scan);
    for (const FiredFamily& f : fired) {
        if (f.family->category == Category::kSafeguarding) s.safeguarding = true;
        if (f.family->category == Category::kThreat) s.threat = true;
    }
    StaffTargeting targeting = TargetStaff(text, scan, staff, s.insult);
    s.insult = s.insult || targeting.insult;
    CategorySet cats;
    if (s.profanity) cats.insert(Category::kProfanity);
    if (s.hate) cats.insert(Category::kHate);
    if (s.sexual) cats.insert(Category::kSexual);
    if (s.threat) cats.insert(Category::kThreat);
    if (s.safeguarding) cats.insert(Category::kSafeguarding);
    if (!pd.empty()) cats.insert(Category::kPersonalData);
    if (s.spam) cats.insert(Category::kSpam);
    bool severe = s.hate || s.sexual || s.threat || s.safeguarding;
    if (s.insult && !severe) cats.insert(Category::kInsult);
    if (s.complaint && !severe && !s.spam) cats.insert(Category::kComplaint);
    bool hostile = s.profanity || s.hate || s.sexual || s.threat || s.spam || s.grooming;
    if (!hostile && AsksQuestion(scan, /*separate_only=*/s.insult)) cats.insert(Category::kQuestion);

    CommentVerdict verdict;
    verdict.action = ActionFor(cats);
    for (const Hit& h : scan.hits) {
        Category c = h.rule->category;
        if (h.rule->code == Kind::kProfaneInsult) c = Category::kProfanity;
        if (h.rule->code == Kind::kSafeguarding && h.rule->tag == "pupil_threat") c = Category::kSafeguarding;
        if (IsPart(h) || Defused(scan, h)) continue;  // classes are reported through their family below
        // A defused weapon threat ("said they'll stab me") still explains the DSL route.
        bool weapon = h.rule->code == Kind::kThreat && (h.rule->tag == "weapon" || h.rule->tag == "pupil");
        if (weapon && !cats.count(Category::kThreat)) c = Category::kSafeguarding;
        if (cats.count(c) && c != Category::kPersonalData) verdict.findings.push_back(MakeFinding(text, scan, h, c));
    }
    for (const FiredFamily& f : fired) {
        for (const Hit* h : f.hits) {
            Finding finding = MakeFinding(text, scan, *h, f.family->category);
            // "safeguarding/actor_harm/part_actor/safeguarding.txt:175": family, class, entry.
            std::string_view own = finding.rule_id;
            if (h->rule->code != Kind::kChildRef && own.find('/') != std::string_view::npos) own.remove_prefix(own.find('/') + 1);
            finding.rule_id = std::string(CategoryName(f.family->category)) + "/" + std::string(f.family->name) + "/" +
                              std::string(own);
            verdict.findings.push_back(std::move(finding));
        }
    }
    for (Finding& f : pd) verdict.findings.push_back(std::move(f));
    if (cats.count(Category::kInsult)) {
        for (Finding& f : targeting.findings) verdict.findings.push_back(std::move(f));
    }
    SortFindings(verdict.findings);
    if (cats.empty()) cats.insert(Category::kOk);
    verdict.categories = cats.List();
    return verdict;
}

}  // namespace steward::screening
