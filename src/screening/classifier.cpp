// Comment classification: turns a scan's hits into categories and one action, by the rules of
// testdata/dev/README.md (multi-label rules and escalation priority).
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <utility>

#include "screening/classifier_families.hpp"
#include "screening/model/comment_model.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

// Short words by first letter and length, each with a value, so that a word is compared with one
// or two at most (IsInterrogative, LeadOf: once or more per sentence).
template <typename Value, std::size_t MaxLength>
class WordIndex {
  public:
    struct Entry {
        std::string_view text;
        Value value;
    };
    template <typename Entries>
    explicit WordIndex(const Entries& entries) {
        for (const Entry& e : entries) by_[static_cast<std::size_t>(e.text[0] - 'a')][e.text.size()].push_back(e);
    }
    // The value of `w`, or `none` if it is not in the index.
    Value Find(std::string_view w, Value none) const {
        if (w.empty() || w.size() >= MaxLength || w[0] < 'a' || w[0] > 'z') return none;
        for (const Entry& e : by_[static_cast<std::size_t>(w[0] - 'a')][w.size()]) {
            if (e.text == w) return e.value;
        }
        return none;
    }

  private:
    std::array<std::array<std::vector<Entry>, MaxLength>, 26> by_{};
};

bool IsInterrogative(std::string_view w) {
    using Index = WordIndex<bool, 8>;
    static const Index kIndex(std::array<Index::Entry, 35>{{
        {"what", true}, {"what's", true}, {"whats", true}, {"when", true}, {"when's", true}, {"whens", true},
        {"where", true}, {"where's", true}, {"wheres", true}, {"who", true}, {"who's", true}, {"whos", true},
        {"hows", true}, {"whom", true}, {"which", true}, {"how", true}, {"is", true}, {"are", true},
        {"do", true}, {"does", true}, {"did", true}, {"can", true}, {"could", true}, {"will", true},
        {"would", true}, {"should", true}, {"has", true}, {"have", true}, {"may", true}, {"anyone", true},
        {"any", true}, {"r", true}, {"wil", true}, {"shall", true}, {"am", true}}});
    return kIndex.Find(w, false);
}

bool WordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\''; }

// At least four words (letters, digits, apostrophes) and one of them interrogative, or three
// words led by one ("Will it reopen?").
bool ReadsAsQuestion(std::string_view s) {
    int words = 0;
    bool interrogative = false;
    bool leads = false;
    std::size_t i = 0;
    while (i < s.size()) {
        if (!WordChar(s[i])) { ++i; continue; }
        std::size_t j = i;
        while (j < s.size() && WordChar(s[j])) ++j;
        bool asks = IsInterrogative(s.substr(i, j - i));
        if (++words == 1) leads = asks;
        interrogative = interrogative || asks;
        if (words >= 4 && interrogative) return true;  // more words change nothing
        i = j;
    }
    return (words >= 4 && interrogative) || (words == 3 && leads);
}

template <std::size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// How a clause's first word may lead a question without '?' (ClauseLedAsQuestion).
enum class Lead : std::uint8_t { kNone, kFiller, kAuxiliary, kWh, kWhContracted, kAnyone, kAny };

// One look-up per clause (most words are none).
Lead LeadOf(std::string_view w) {
    using Index = WordIndex<Lead, 10>;
    static const Index kIndex(std::array<Index::Entry, 53>{{
        {"hi", Lead::kFiller}, {"hiya", Lead::kFiller}, {"hello", Lead::kFiller}, {"hey", Lead::kFiller},
        {"morning", Lead::kFiller}, {"afternoon", Lead::kFiller}, {"evening", Lead::kFiller},
        {"sorry", Lead::kFiller}, {"so", Lead::kFiller}, {"and", Lead::kFiller}, {"also", Lead::kFiller},
        {"ok", Lead::kFiller}, {"okay", Lead::kFiller}, {"um", Lead::kFiller}, {"erm", Lead::kFiller},
        {"quick", Lead::kFiller},
        {"do", Lead::kAuxiliary}, {"does", Lead::kAuxiliary}, {"did", Lead::kAuxiliary}, {"is", Lead::kAuxiliary},
        {"are", Lead::kAuxiliary}, {"was", Lead::kAuxiliary}, {"were", Lead::kAuxiliary}, {"has", Lead::kAuxiliary},
        {"have", Lead::kAuxiliary}, {"can", Lead::kAuxiliary}, {"could", Lead::kAuxiliary}, {"will", Lead::kAuxiliary},
        {"would", Lead::kAuxiliary}, {"should", Lead::kAuxiliary},
        {"what", Lead::kWh}, {"when", Lead::kWh}, {"where", Lead::kWh}, {"which", Lead::kWh}, {"who", Lead::kWh},
        {"how", Lead::kWh},
        {"what's", Lead::kWhContracted}, {"whats", Lead::kWhContracted}, {"when's", Lead::kWhContracted},
        {"whens", Lead::kWhContracted}, {"where's", Lead::kWhContracted}, {"wheres", Lead::kWhContracted},
        {"who's", Lead::kWhContracted}, {"whos", Lead::kWhContracted}, {"how's", Lead::kWhContracted},
        {"hows", Lead::kWhContracted},
        {"anyone", Lead::kAnyone}, {"anybody", Lead::kAnyone}, {"any", Lead::kAny},
        // as typed on a phone: "r the results out", "wen is the disco", "wat time is pick up"
        {"r", Lead::kAuxiliary}, {"wen", Lead::kWh}, {"wat", Lead::kWh}, {"wot", Lead::kWh},
    }});
    return kIndex.Find(w, Lead::kNone);
}

bool IsAuxiliary(std::string_view w) { return LeadOf(w) == Lead::kAuxiliary; }

// The next word of t from `at` (moved past it), or "" at a sentence's end (. ! ? newline) or
// the text's.
std::string_view NextWord(std::string_view t, std::size_t& at) {
    while (at < t.size() && !WordChar(t[at])) {
        if (EndsSentence(t, at)) return {};
        ++at;
    }
    const std::size_t from = at;
    while (at < t.size() && WordChar(t[at])) ++at;
    return t.substr(from, at - from);
}

// The lead of the first word from `at` that is not one of up to two greetings or fillers ("hiya
// when is ..."), that word left in w0 and `at` moved past it.
Lead LeadPastFillers(std::string_view t, std::size_t& at, std::string_view& w0) {
    w0 = NextWord(t, at);
    Lead lead = LeadOf(w0);
    for (int fillers = 0; lead == Lead::kFiller && fillers < 2; ++fillers) lead = LeadOf(w0 = NextWord(t, at));
    return lead;
}

// Words that start a clause as its subject: after a wh-word they make it a statement's clause
// ("when we got there", "where i live"), not a question.
constexpr std::array<std::string_view, 18> kClauseSubjects = {
    "i", "we", "you", "u", "he", "she", "they", "it", "i'm", "we're", "you're", "they're", "i'd", "we'd",
    "i've", "we've", "a", "an"};

// A clause without '?' that is built as a question (people often leave the mark off), from
// `at` in t: an auxiliary and then who or what it asks about ("do reception need a packed
// lunch", "is breakfast club still open"); a wh-word and, within three words, an auxiliary, not a
// clause's subject first ("what time do the year 6 get back", not "when we got there it was
// shut"); a wh-word with 's ("who's the best person to speak to"); "anyone know ...". Up to two
// greetings or fillers first are skipped ("hiya when is ..."). A number may be what an auxiliary
// asks about ("is 8.15 too early", "are 2 tickets enough"), except after was, were, has, have and
// would, which lead statements with the subject left off ("was 3-0 at half time"); "do everyone
// a favour" is an imperative, not an auxiliary asking. "any idea /
// news / update ..." asks. Four words at least, in one sentence. After a comma (`first_clause`
// false) only the auxiliary form counts: ", which was cancelled ..." is a relative clause.
bool ClauseLedAsQuestion(std::string_view t, std::size_t at, bool first_clause) {
    static constexpr std::array<std::string_view, 75> kSubjects = {
        "i", "we", "you", "u", "he", "she", "they", "it", "there", "the", "my", "our", "your", "his", "her",
        "their", "this", "that", "these", "those", "any", "anyone", "anybody", "someone", "somebody",
        "everyone", "kids", "children", "parents", "grandparents", "pupils", "staff", "reception", "nursery",
        "year", "yr", "mr", "mrs", "ms", "miss", "dr", "sir", "school", "siblings", "mums",
        // what a school's page is asked about
        "breakfast", "after", "club", "clubs", "trip", "uniform", "pe", "homework", "lunch", "dinner",
        "swimming", "non", "inset", "sports", "hall", "office", "canteen", "bus", "term", "parking", "nativity",
        "prom", "tomorrow", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday"};
    static constexpr std::array<std::string_view, 8> kAnyoneAsks = {
        "know", "knows", "got", "have", "seen", "able", "tried", "been"};
    static constexpr std::array<std::string_view, 6> kAnyAsks = {"idea", "ideas", "news", "update", "updates", "info"};
    static constexpr std::array<std::string_view, 5> kStatementAuxiliaries = {"was", "were", "has", "have", "would"};
    std::string_view w0;
    const Lead lead = LeadPastFillers(t, at, w0);
    if (lead == Lead::kNone || lead == Lead::kFiller) return false;  // most clauses stop here
    if (!first_clause && lead != Lead::kAuxiliary) return false;
    const std::string_view w1 = NextWord(t, at), w2 = NextWord(t, at), w3 = NextWord(t, at);
    if (w3.empty()) return false;
    switch (lead) {
        case Lead::kAuxiliary:
            if (w0 == "do" && w2 == "a" && (w3 == "favour" || w3 == "favor")) return false;  // an imperative
            return OneOf(w1, kSubjects) ||
                   (!w1.empty() && w1[0] >= '0' && w1[0] <= '9' && !OneOf(w0, kStatementAuxiliaries));
        case Lead::kWhContracted: return true;
        case Lead::kWh: return !OneOf(w1, kClauseSubjects) && (IsAuxiliary(w1) || IsAuxiliary(w2) || IsAuxiliary(w3));
        case Lead::kAnyone: return OneOf(w1, kAnyoneAsks);
        case Lead::kAny: return OneOf(w1, kAnyAsks);
        default: return false;
    }
}

// A comment without '?' that opens with a wh-word and then a clause's subject ("When we got there
// the gates were already shut", "where i live you can hear the playground"): the rules read its
// shape as a statement, which the model, seeing only words, cannot.
bool LedAsStatement(std::string_view t) {
    if (t.find('?') != std::string_view::npos) return false;
    std::size_t at = 0;
    std::string_view w0;
    return LeadPastFillers(t, at, w0) == Lead::kWh && OneOf(NextWord(t, at), kClauseSubjects);
}

// Calls `asks(from, to)` with the bounds of each sentence of t holding a clause built as a
// question without its '?' ("I'm a local resident, is the sports hall available to hire"), until
// it returns true. No sentence is split unless a clause leads as a question.
template <typename Asks>
bool AnyClauseLedAsQuestion(std::string_view t, Asks asks) {
    std::size_t sentence = 0;  // where the current sentence starts
    bool first_clause = true;
    for (std::size_t at = 0; at < t.size(); ++at) {
        if (first_clause || t[at - 1] == ',') {
            if (ClauseLedAsQuestion(t, at, first_clause)) {
                std::size_t end = at;
                while (end < t.size() && !EndsSentence(t, end)) ++end;
                // A sentence that ends with '?' was judged as one (ReadsAsQuestion).
                if ((end == t.size() || t[end] != '?') && asks(sentence, end)) return true;
            }
            first_clause = false;
        }
        if (EndsSentence(t, at)) {
            sentence = at + 1;
            first_clause = true;
        }
    }
    return false;
}

bool HitIn(const ScanResult& scan, Kind kind, std::size_t from, std::size_t to) {
    return std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& h) {
        return h.rule->code == kind && h.from < to && h.to > from;
    });
}

// True if a hit counts on its own: not a word class or an innocent construction (part_defuse; they
// count only through FiredFamilies), nor a hit such a construction defuses.
bool Counts(CommentHits& comment, const Hit& h) { return !h.rule->part && !comment.Defused(h); }

// True if an insult that counts lies in [from, to) ("the car park is a disgrace" is a complaint:
// its defused insult does not hide it).
bool InsultIn(CommentHits& comment, std::size_t from, std::size_t to) {
    const std::vector<Hit>& hits = comment.scan().hits;
    return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) {
        return h.rule->code == Kind::kInsult && h.from < to && h.to > from && Counts(comment, h);
    });
}

// True if an insult or swear word lies in [from, to).
bool HostileIn(const ScanResult& scan, std::size_t from, std::size_t to) {
    return HitIn(scan, Kind::kInsult, from, to) || HitIn(scan, Kind::kProfanity, from, to) ||
           HitIn(scan, Kind::kProfaneInsult, from, to) || HitIn(scan, Kind::kPersonInsult, from, to);
}

// A genuine information request: a '?' sentence with an interrogative word, a sentence built as
// a question without the mark (AnyClauseLedAsQuestion), or a question cue. With `separate_only` (the
// comment also insults someone), only a sentence that is itself free of insults counts: "Is PE on
// Wednesday? And tell her to stop being a cow." asks; "Who employs these idiots?" does not. A
// sentence that decides it is left in `asked` (normalised offsets; a cue is a finding of its own).
// With `concern` (the comment is a safeguarding report), a sentence asking whether what it reports
// is acceptable ("is that normal??", question.txt's concern_check) is part of the report.
bool AsksQuestion(CommentHits& comment, bool separate_only, bool concern, std::pair<std::size_t, std::size_t>& asked) {
    const ScanResult& scan = comment.scan();
    if (!separate_only && scan.Has(Kind::kQuestion)) return true;
    auto counts = [&](std::size_t from, std::size_t to) {
        if (HitIn(scan, Kind::kRhetorical, from, to) || HitIn(scan, Kind::kQuestionBlock, from, to)) return false;
        if (concern && HitIn(scan, Kind::kConcernCheck, from, to)) return false;
        if (separate_only && HostileIn(scan, from, to)) return false;
        const std::string& t = scan.norm.text();
        while (from < to && !WordChar(t[from])) ++from;  // the sentence's words, not the spaces and
        while (to > from && !WordChar(t[to - 1])) --to;  // marks around them
        asked = {from, to};
        return true;
    };
    const std::string& t = scan.norm.text();
    if (t.find('?') != std::string::npos) {
        for (const Sentence& s : comment.Sentences()) {
            if (s.asks && ReadsAsQuestion(std::string_view(t).substr(s.from, s.to - s.from)) && counts(s.from, s.to)) {
                return true;
            }
        }
    }
    return AnyClauseLedAsQuestion(t, counts);
}

// The word that ends right before `to` in t (skipping non-word bytes, not past a sentence's
// end), and moves `to` to its start; "" if there is none.
std::string_view PreviousWord(std::string_view t, std::size_t& to) {
    while (to > 0 && !WordChar(t[to - 1])) {
        if (EndsSentence(t, to - 1)) return {};
        --to;
    }
    const std::size_t end = to;
    while (to > 0 && WordChar(t[to - 1])) --to;
    return t.substr(to, end - to);
}

// A profane insult word ("prick", "dickhead") aimed at someone: "is a", "you", "such a", ...,
// or pointed at with "that" or "this", one describing word allowed between ("that twat Niall",
// "that nosy bitch at the gate"). "a bitch of a week" describes a thing, not a person.
bool ProfaneInsultTargeted(const ScanResult& scan, const Hit& hit) {
    const std::string& t = scan.norm.text();
    const std::string_view after = std::string_view(t).substr(hit.to);
    if (after.starts_with(" of a ") || after.starts_with(" of an ")) return false;
    if (after.starts_with(" who ") || after.starts_with(" who's ") || after.starts_with(" whos ")) return true;
    std::size_t at = hit.from;
    const std::string_view w1 = PreviousWord(t, at);
    const std::string_view w2 = PreviousWord(t, at);
    auto pointing = [](std::string_view w) { return w == "that" || w == "this"; };
    if (pointing(w1) || pointing(w2)) return true;
    std::size_t from = hit.from > 40 ? hit.from - 40 : 0;
    const std::string_view before = std::string_view(t).substr(from, hit.from - from);
    static const std::array<std::string_view, 16> kCues = {
        " is a", " is an", "you ", " ur ", "such a", "absolute", "proper", " u ", "you're",
        "what a", " are ", "total", "typical", "little", "@", "bloody"};
    if (before.find("like a") != std::string_view::npos) return false;
    // A cue in " " + before (no copy made): inside `before`, or its leading space is that " ".
    auto found = [&](std::string_view c) {
        return before.find(c) != std::string_view::npos || (c.front() == ' ' && before.starts_with(c.substr(1)));
    };
    return hit.from == 0 || std::any_of(kCues.begin(), kCues.end(), found);
}

// A link to a public body's site (government, NHS, police, schools, universities, the BBC) is
// shared news or information, not advertising: "the council's roadworks page ... leeds.gov.uk".
// The domains are lexicon data (public_body.txt): the host is one of them or ends with "." + one;
// one written with a leading '.' (".sch.uk") covers only the hosts that end with it.
bool UrlIsPublicBody(std::string_view url, const std::vector<std::string>& domains) {
    std::size_t start = url.find("://");
    std::string_view host = url.substr(start == std::string_view::npos ? 0 : start + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    return std::any_of(domains.begin(), domains.end(), [&](std::string_view d) {
        return !d.empty() && host.size() >= d.size() && host.compare(host.size() - d.size(), d.size(), d) == 0 &&
               (host.size() == d.size() || d.front() == '.' || host[host.size() - d.size() - 1] == '.');
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

// The categories of one comment: a bit per Category, iterated in Category order.
class CategorySet {
  public:
    void insert(Category c) { bits_ |= 1u << static_cast<unsigned>(c); }
    bool count(Category c) const { return (bits_ >> static_cast<unsigned>(c)) & 1u; }
    bool empty() const { return bits_ == 0; }
    std::vector<Category> List() const {
        std::vector<Category> out;
        out.reserve(static_cast<std::size_t>(std::popcount(bits_)));
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
    bool question = false;  // the model's vote only; the rules decide in Categorise (AsksQuestion)
};

// A link inside an e-mail address ("jo@hotmail.co.uk", "jo at hotmail.co.uk") is the address, not a
// link: the plain form is a pd/email hit, a form written to dodge filters is one of `pd`'s findings.
bool LinkInEmail(const ScanResult& scan, const Hit& url, const std::vector<Finding>& pd) {
    if (std::any_of(scan.hits.begin(), scan.hits.end(), [&](const Hit& o) {
            return o.rule->code == Kind::kPdEmail && o.from <= url.from && url.to <= o.to;
        })) {
        return true;
    }
    const Span span = scan.norm.ToOriginal(url.from, url.to);
    return std::any_of(pd.begin(), pd.end(), [&](const Finding& f) {
        return f.rule_id == "pd/email_obfuscated" && f.span.begin <= span.begin && span.end <= f.span.end;
    });
}

Signals Collect(CommentHits& comment, const PreparedContacts& contacts, const std::vector<Finding>& pd) {
    Signals s;
    const ScanResult& scan = comment.scan();
    const std::string& t = scan.norm.text();
    int spam_weak = 0;
    for (const Hit& h : scan.hits) {
        const Tag tag = h.rule->tag_code;
        if (!Counts(comment, h)) continue;
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
                if (tag == Tag::kWeapon || tag == Tag::kPupil) s.safeguarding = true;
                if (!ThreatDefused(comment, h)) s.threat = true;
                break;
            case Kind::kSafeguarding:
                s.safeguarding = true;
                if (tag == Tag::kGrooming) s.grooming = true;
                if (tag == Tag::kPupilThreat) s.threat = true;
                break;
            case Kind::kSpam: s.spam = true; break;
            case Kind::kSpamWeak: case Kind::kHandle: ++spam_weak; break;
            case Kind::kComplaint:
                // A grievance cue inside an insult phrase ("what a joke of a teacher") is the insult.
                if (!InsultIn(comment, h.from, h.to)) s.complaint = true;
                break;
            case Kind::kUrl: {
                std::string_view url = std::string_view(t).substr(h.from, h.to - h.from);
                if (!LinkInEmail(scan, h, pd) && !UrlIsSchool(url, contacts) && !UrlIsPublicBody(url, contacts.public_bodies)) {
                    s.links = true;
                }
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
    return s;
}

// The comment's categories from its signals (multi-label rules of testdata/dev/README.md). The
// sentence that asks, when one decided the question, is left in `asked`.
CategorySet Categorise(const Signals& s, bool personal_data, CommentHits& comment,
                       std::pair<std::size_t, std::size_t>& asked) {
    CategorySet cats;
    if (s.profanity) cats.insert(Category::kProfanity);
    if (s.hate) cats.insert(Category::kHate);
    if (s.sexual) cats.insert(Category::kSexual);
    if (s.threat) cats.insert(Category::kThreat);
    if (s.safeguarding) cats.insert(Category::kSafeguarding);
    if (personal_data) cats.insert(Category::kPersonalData);
    if (s.spam) cats.insert(Category::kSpam);
    bool severe = s.hate || s.sexual || s.threat || s.safeguarding;
    if (s.insult && !severe) cats.insert(Category::kInsult);
    if (s.complaint && !severe && !s.spam) cats.insert(Category::kComplaint);
    bool hostile = s.profanity || s.hate || s.sexual || s.threat || s.spam || s.grooming;
    // The model's question counts only where no insult needs a separate, insult-free sentence, and
    // not where the rules read a question's shape as rhetoric or an aside ("is it just me or ...",
    // "who's that in the photo"): they judged that sentence, the model only sees its words.
    // Nor where a safeguarding report asks whether what it reports is acceptable ("... is that
    // normal??"): that asks the DSL to act, it is not a separate request (testdata/probe/README.md).
    const bool concern = s.safeguarding;
    auto judged_not_asking = [&] {  // read only when the model voted question
        const ScanResult& scan = comment.scan();
        return scan.Has(Kind::kRhetorical) || scan.Has(Kind::kQuestionBlock) ||
               (concern && scan.Has(Kind::kConcernCheck)) || LedAsStatement(scan.norm.text());
    };
    if (!hostile && (AsksQuestion(comment, /*separate_only=*/s.insult, concern, asked) ||
                     (s.question && !s.insult && !judged_not_asking()))) {
        cats.insert(Category::kQuestion);
    }
    return cats;
}

// The categories the rules' signals decided (bit 1 << Category), of those the model may add.
std::uint32_t DecidedByRules(const Signals& s) {
    auto bit = [](bool on, Category c) { return on ? 1u << static_cast<unsigned>(c) : 0u; };
    return bit(s.insult, Category::kInsult) | bit(s.hate, Category::kHate) | bit(s.sexual, Category::kSexual) |
           bit(s.threat, Category::kThreat) | bit(s.safeguarding, Category::kSafeguarding) |
           bit(s.spam, Category::kSpam) | bit(s.complaint, Category::kComplaint) |
           bit(true, Category::kQuestion);  // a question cue decides on its own (AsksQuestion)
}

// The hits that explain the categories, each with the category it is reported under. A hit
// explains a category only if the rules decided it: where the model alone added one (bit set in
// `model_only`), a hit of that category short of a decision (a group or hate-cue word, one weak
// sign of spam) did not decide it, and the model's finding says who did.
void ReportedHits(CommentHits& comment, const CategorySet& cats, std::uint32_t model_only,
                  std::vector<std::pair<const Hit*, Category>>& out) {
    out.clear();
    for (const Hit& h : comment.scan().hits) {
        if (!Counts(comment, h)) continue;  // classes are reported through their family
        const Kind code = h.rule->code;
        Category c = h.rule->category;
        if (code == Kind::kProfaneInsult) c = Category::kProfanity;
        if (code == Kind::kSafeguarding && h.rule->tag_code == Tag::kPupilThreat) c = Category::kSafeguarding;
        // A defused weapon threat ("said they'll stab me") still explains the DSL route.
        bool weapon = code == Kind::kThreat && (h.rule->tag_code == Tag::kWeapon || h.rule->tag_code == Tag::kPupil);
        if (weapon && !cats.count(Category::kThreat)) c = Category::kSafeguarding;
        const bool decided = ((model_only >> static_cast<unsigned>(c)) & 1u) == 0;
        if (decided && cats.count(c) && c != Category::kPersonalData) out.emplace_back(&h, c);
    }
}

// "safeguarding/actor_harm/part_actor/safeguarding.txt:175": family, class, entry.
Finding FamilyFinding(std::string_view text, const ScanResult& scan, const Hit& h, const Family& family) {
    Finding finding = MakeFinding(text, scan, h, family.category);
    std::string_view own = finding.rule_id;
    if (h.rule->code != Kind::kChildRef && own.find('/') != std::string_view::npos) own.remove_prefix(own.find('/') + 1);
    std::string_view category = CategoryName(family.category);
    std::string id;
    id.reserve(category.size() + family.name.size() + own.size() + 2);
    id.append(category).append("/").append(family.name).append("/").append(own);
    finding.rule_id = std::move(id);
    return finding;
}

// The families that fired set their categories (their hits counted into `family_hits`); a threat
// to a pupil is also safeguarding (testdata/dev/README.md). Returns the pupil's name hit, or nullptr.
const Hit* ApplyFamilies(CommentHits& comment, const std::vector<FiredFamily>& fired, Signals& s,
                         std::size_t& family_hits) {
    for (const FiredFamily& f : fired) {
        if (f.family->category == Category::kSafeguarding) s.safeguarding = true;
        if (f.family->category == Category::kThreat) s.threat = true;
        family_hits += f.count;
    }
    const Hit* threatened = ThreatAtPupil(comment, fired);
    if (threatened != nullptr) s.safeguarding = true;
    return threatened;
}

// The name of the pupil a threat is aimed at, explaining the DSL route.
Finding ThreatenedFinding(std::string_view text, const ScanResult& scan, const Hit& name) {
    Finding f = MakeFinding(text, scan, name, Category::kSafeguarding);
    f.rule_id = "safeguarding/threat_at_pupil";
    return f;
}

}  // namespace

std::vector<std::string> PublicBodyDomains(const std::vector<LexiconEntry>& lexicon) {
    std::vector<std::string> out;
    for (const LexiconEntry& e : lexicon) {
        if (e.kind != kPublicBodyKind || e.is_regex) continue;
        std::string_view domain = e.text;
        if (domain.rfind("www.", 0) == 0) domain.remove_prefix(4);  // the site, not its "www."
        if (!domain.empty() && domain != ".") out.emplace_back(domain);
    }
    return out;
}

// Where the comment names a pupil (original text): a pupil's full name (a personal-data finding)
// or a first name used as a name that is no member of staff's and not "X's mum" (an adult);
// nullopt if it names none. A sexual remark that names a pupil is about a child, so it is also
// safeguarding (testdata/dev/README.md), whether the rules or the model read it as sexual
// ("Brooke in the netball kit 🍑").
std::optional<Span> NamedPupil(std::string_view text, const ScanResult& scan, const std::vector<Finding>& pd,
                               const StaffIndex& staff, const PupilNameIndex& pupils) {
    for (const Finding& f : pd) {
        if (f.rule_id == kPupilFullNameRule) return f.span;
    }
    thread_local std::vector<PupilFirstName> names;
    FindPupilFirstNames(text, scan, staff, pupils, names);
    for (const PupilFirstName& name : names) {
        if (!name.possessive) return scan.norm.ToOriginal(name.from, name.to);  // "Brooke's mum": an adult
    }
    return std::nullopt;
}

CommentVerdict ClassifyComment(std::string_view text, const ScanResult& scan, const PreparedContacts& contacts,
                               const StaffIndex& staff, const PupilNameIndex& pupils) {
    std::vector<Finding> pd = PersonalDataFindings(text, scan, contacts, /*include_names=*/true);
    CommentHits& comment = CommentHits::Of(scan);
    Signals s = Collect(comment, contacts, pd);
    AddFirstNameTargets(text, comment, s.threat, staff, pupils);
    thread_local std::vector<FiredFamily> fired;
    FiredFamilies(comment, fired);
    std::size_t family_hits = 0;
    const Hit* threatened = ApplyFamilies(comment, fired, s, family_hits);
    StaffTargeting targeting = TargetStaff(text, scan, staff, s.insult);
    s.insult = s.insult || targeting.insult;
    // The learned model adds categories the phrase rules missed (screening/model/README.md).
    const std::uint32_t voted = model::BuiltinCommentModelVote(scan.norm.text());
    auto vote = [&](Category c) { return ((voted >> static_cast<unsigned>(c)) & 1u) != 0; };
    const std::uint32_t decided_by_rules = DecidedByRules(s);
    // A grievance the rules read as a complaint is the model's insult only if the rules see an
    // insult too (model::CombineWithRules says why).
    s.insult |= vote(Category::kInsult) && !s.complaint;
    s.hate |= vote(Category::kHate), s.sexual |= vote(Category::kSexual);
    s.threat |= vote(Category::kThreat), s.safeguarding |= vote(Category::kSafeguarding);
    s.spam |= vote(Category::kSpam), s.complaint |= vote(Category::kComplaint), s.question = vote(Category::kQuestion);
    std::optional<Span> sexual_about = s.sexual && !s.safeguarding ? NamedPupil(text, scan, pd, staff, pupils) : std::nullopt;
    if (sexual_about) s.safeguarding = true;
    std::pair<std::size_t, std::size_t> asked{0, 0};
    CategorySet cats = Categorise(s, !pd.empty(), comment, asked);
    const bool asked_by_sentence = asked.second > asked.first && cats.count(Category::kQuestion);

    CommentVerdict verdict;
    verdict.action = ActionFor(cats);
    thread_local std::vector<std::pair<const Hit*, Category>> reported;
    ReportedHits(comment, cats, voted & ~decided_by_rules, reported);
    const bool targets = cats.count(Category::kInsult);
    const std::size_t n = reported.size() + family_hits + pd.size() + (targets ? targeting.findings.size() : 0) +
                          (threatened != nullptr ? 1 : 0) + (asked_by_sentence ? 1 : 0) + (sexual_about ? 1 : 0);
    if (n > 0) verdict.findings.reserve(n);  // one allocation, none when nothing is reported
    for (const auto& [h, c] : reported) verdict.findings.push_back(MakeFinding(text, scan, *h, c));
    for (const FiredFamily& f : fired) {
        for (std::size_t i = 0; i < f.count; ++i) {
            verdict.findings.push_back(FamilyFinding(text, scan, *f.hits[i], *f.family));
        }
    }
    for (Finding& f : pd) verdict.findings.push_back(std::move(f));
    if (threatened != nullptr) verdict.findings.push_back(ThreatenedFinding(text, scan, *threatened));
    if (sexual_about) {  // the pupil the sexual remark names
        verdict.findings.push_back(SpanFinding(text, *sexual_about, Category::kSafeguarding, "safeguarding/sexual_about_pupil",
                                               Severity::kHigh, 1.0));
    }
    // A question the rules read from a sentence's shape ("is breakfast club still open") has no
    // phrase hit: the sentence is its finding.
    if (asked_by_sentence) {
        verdict.findings.push_back(SpanFinding(text, scan.norm.ToOriginal(asked.first, asked.second), Category::kQuestion,
                                               "question/sentence", Severity::kLow, 1.0));
    }
    model::AddModelFindings(voted, cats.List(), verdict.findings);  // for what no rule's finding explains
    if (targets) {
        for (Finding& f : targeting.findings) verdict.findings.push_back(std::move(f));
    }
    SortFindings(verdict.findings);
    if (cats.empty()) cats.insert(Category::kOk);
    verdict.categories = cats.List();
    return verdict;
}

}  // namespace steward::screening
