// Screener: compiles every rule into one Hyperscan database and runs one scan per text; the
// context checks (word starts, allowed endings, allow list, hashtags) run on the matches only.
#include "screening/screener.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <tuple>

#include "screening/plan_cache.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

bool WordHitAllowed(const Rule& rule, const std::string& t, std::size_t from, std::size_t to) {
    if (from > 0 && IsAlnum(t[from - 1])) return false;
    std::size_t end = to;
    while (end < t.size() && IsLetter(t[end])) ++end;
    return WordEndingAllowed(rule.entry, std::string_view(t).substr(to, end - to));
}

bool HashtagJoinAllowed(const std::string& t, std::size_t from) {
    std::size_t i = from;
    while (i > 0 && IsAlnum(t[i - 1])) --i;
    return i > 0 && t[i - 1] == '#';
}

void AddLexiconRules(const ScreenerConfig& config, std::vector<Rule>& rules) {
    for (const LexiconEntry& entry : config.lexicon) {
        if (entry.kind == kPublicBodyKind) continue;  // a list of domains the classifier reads, not a pattern
        Rule rule;
        rule.SetKind(entry.kind);
        rule.SetTag(entry.tag);
        rule.entry = entry;
        rule.word = !entry.is_regex;
        rule.rule_id = entry.kind + (entry.tag.empty() ? "" : "/" + entry.tag) + "/" +
                       (entry.is_regex ? entry.source : entry.text);
        rules.push_back(std::move(rule));
    }
    for (const std::string& word : config.allow) {
        auto parsed = ParseLexicon("@kind allow\n" + word + "/\n", "school allow list");
        if (!parsed || parsed->empty()) continue;
        Rule rule;
        rule.SetKind("allow");
        rule.entry = parsed->front();
        rule.word = true;
        rule.rule_id = "allow/school/" + rule.entry.text;
        rules.push_back(std::move(rule));
    }
}

// Names the lexicon line of a pattern that does not compile.
core::Error SourceOf(core::Error error, const std::vector<Rule>& rules) {
    for (const Rule& rule : rules) {
        bool named = error.where.find(rule.regex) != std::string::npos ||
                     (!rule.canonical_regex.empty() && error.where.find(rule.canonical_regex) != std::string::npos);
        if (named && !rule.entry.source.empty()) {
            error.where = rule.entry.source;
            break;
        }
    }
    return error;
}

}  // namespace

bool ScanResult::Has(Kind kind) const {
    return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.rule->code == kind; });
}

bool ScanResult::HasTag(Kind kind, std::string_view tag) const {
    return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) {
        return h.rule->code == kind && h.rule->tag == tag;
    });
}

int ScanResult::Count(Kind kind) const {
    return static_cast<int>(std::count_if(hits.begin(), hits.end(),
                                          [&](const Hit& h) { return h.rule->code == kind; }));
}

Kind KindOf(std::string_view kind) {
    static constexpr std::pair<std::string_view, Kind> kNames[] = {
        {"person_insult", Kind::kPersonInsult}, {"pupil_first_name", Kind::kPupilFirstName},
        {"concern_check", Kind::kConcernCheck},
        {"allow", Kind::kAllow}, {"profanity", Kind::kProfanity}, {"profane_insult", Kind::kProfaneInsult},
        {"insult", Kind::kInsult}, {"slur", Kind::kSlur}, {"hate", Kind::kHate},
        {"hate_group", Kind::kHateGroup}, {"hate_cue", Kind::kHateCue}, {"sexual", Kind::kSexual},
        {"child_ref", Kind::kChildRef}, {"threat", Kind::kThreat}, {"safeguarding", Kind::kSafeguarding},
        {"spam", Kind::kSpam}, {"spam_weak", Kind::kSpamWeak}, {"handle", Kind::kHandle},
        {"complaint", Kind::kComplaint}, {"url", Kind::kUrl}, {"question", Kind::kQuestion},
        {"rhetorical", Kind::kRhetorical}, {"question_block", Kind::kQuestionBlock},
        {"pd_phone", Kind::kPdPhone}, {"pd_email", Kind::kPdEmail}, {"pd_postcode", Kind::kPdPostcode},
        {"pd_address", Kind::kPdAddress}, {"pd_dob", Kind::kPdDob}, {"pd_birth_date", Kind::kPdBirthDate},
        {"pd_spelled", Kind::kPdSpelled},
        {"pupil_name", Kind::kPupilName}, {"tone_positive", Kind::kTonePositive},
        {"tone_negative", Kind::kToneNegative}, {"tone_sarcasm", Kind::kToneSarcasm},
        {"negator", Kind::kNegator}, {"intensifier", Kind::kIntensifier},
    };
    for (const auto& [name, code] : kNames) {
        if (name == kind) return code;
    }
    return Kind::kOther;
}

void Rule::SetKind(std::string k) {
    kind = std::move(k);
    code = KindOf(kind);
    category = CategoryForKind(kind);
    personal = kind.rfind("pd_", 0) == 0 || kind == "pupil_name";
}

NormalizeOptions ScreeningView() {
    NormalizeOptions options;
    options.collapse_separators = true;
    options.squeeze_repeats = true;
    return options;
}

// The end to report for a match of `rule` at [from, to), or 0 if the context rejects it.
std::size_t AcceptedEnd(const Rule& rule, const std::string& t, std::size_t from, std::size_t to) {
    if (rule.word) {
        if (!WordHitAllowed(rule, t, from, to)) return 0;
        while (to < t.size() && IsLetter(t[to])) ++to;  // report the whole word
        return to;
    }
    if (rule.lead_boundary && from > 0 && IsAlnum(t[from - 1])) return 0;
    if (rule.trail_boundary && to < t.size() && IsAlnum(t[to])) return 0;
    if (rule.hashtag_join && !HashtagJoinAllowed(t, from)) return 0;
    return to;
}

namespace {

// Per-thread buffers of Run and RunBatch (no allocation once they have grown).
struct RunBuffers {
    std::vector<ScanResult> results;
    std::vector<std::vector<Match>> matches;
    std::vector<ScanPlan::Message> messages;
    std::vector<Hit> raw;
    std::vector<std::pair<std::size_t, std::size_t>> allowed, names, spans;
};

RunBuffers& Buffers() {
    thread_local RunBuffers buffers;
    return buffers;
}

}  // namespace

const ScanResult& Screener::Impl::Run(std::string_view text) const {
    struct One {
        ScanResult result;
        std::vector<Match> matches;
        ScanPlan::Message message;
    };
    thread_local One one;
    one.result.hits.clear();
    NormalizeInto(text, ScreeningView(), one.result.norm);
    one.matches.clear();
    one.message.text = one.result.norm.text();
    one.message.matches = &one.matches;
    plan->Prepare(one.message);
    if (!plan->ScanBatch(std::span<ScanPlan::Message>(&one.message, 1))) return one.result;  // no hits
    Finish(one.result, one.matches, text);
    return one.result;
}

std::span<const ScanResult> Screener::Impl::RunBatch(std::span<const std::string_view> texts) const {
    RunBuffers& b = Buffers();
    const std::size_t n = texts.size();
    if (b.results.size() < n) {
        b.results.resize(n);
        b.matches.resize(n);
        b.messages.resize(n);
    }
    for (std::size_t i = 0; i < n; ++i) {
        b.results[i].hits.clear();
        NormalizeInto(texts[i], ScreeningView(), b.results[i].norm);
        b.matches[i].clear();
        b.messages[i].text = b.results[i].norm.text();
        b.messages[i].matches = &b.matches[i];
        plan->Prepare(b.messages[i]);
    }
    std::span<const ScanResult> out(b.results.data(), n);
    if (!plan->ScanBatch(std::span<ScanPlan::Message>(b.messages.data(), n))) return out;  // a Hyperscan failure leaves no hits
    for (std::size_t i = 0; i < n; ++i) Finish(b.results[i], b.matches[i], texts[i]);
    return out;
}

void Screener::Impl::Finish(ScanResult& result, std::vector<Match>& matches, std::string_view original) const {
    RunBuffers& b = Buffers();
    const std::string& t = result.norm.text();
    // Per (pattern, start): the longest end that passes the context checks.
    std::sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
        return std::tie(a.id, a.from, b.to) < std::tie(b.id, b.from, a.to);
    });
    std::vector<Hit>& raw = b.raw;
    raw.clear();
    b.allowed.clear();
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const Match& m = matches[i];
        if (!raw.empty() && raw.back().rule == &rules[m.id] && raw.back().from == m.from) continue;
        const Rule& rule = rules[m.id];
        std::size_t end = AcceptedEnd(rule, t, m.from, m.to);
        if (end == 0) continue;
        if (rule.code == Kind::kAllow) {
            b.allowed.emplace_back(m.from, end);
            continue;
        }
        raw.push_back(Hit{&rule, m.from, end});
    }
    for (const Hit& h : raw) {
        bool inside = std::any_of(b.allowed.begin(), b.allowed.end(), [&](const auto& a) {
            return a.first <= h.from && h.to <= a.second;
        });
        if (!(inside && !h.rule->personal)) result.hits.push_back(h);
    }
    b.names.clear();
    names->FindInto(t, b.names);
    DropHitsInsideNames(result, original);
    for (const auto& [from, to] : b.names) result.hits.push_back(Hit{&name_rule, from, to});
    std::sort(result.hits.begin(), result.hits.end(),
              [](const Hit& a, const Hit& b) { return std::tie(a.from, a.to) < std::tie(b.from, b.to); });
}

// A lexicon word inside a pupil's full name (Buffers().names) or a listed member of staff's name
// is the name, not the word ("Kyle Dick", "Mr Cock"): like an allowed phrase, a name drops the
// hits wholly inside it. Personal data and word classes stay ("mr" is still a threat's target).
// Staff are looked for only when a flagging hit is itself a word of a staff name.
void Screener::Impl::DropHitsInsideNames(ScanResult& result, std::string_view original) const {
    RunBuffers& b = Buffers();
    const std::string& t = result.norm.text();
    auto droppable = [](const Hit& h) { return !h.rule->personal && !h.rule->part; };
    b.spans.assign(b.names.begin(), b.names.end());
    bool staff_word = std::any_of(result.hits.begin(), result.hits.end(), [&](const Hit& h) {
        return droppable(h) && h.rule->category != Category::kOk && h.rule->category != Category::kTone &&
               staff->HasNameWord(std::string_view(t).substr(h.from, h.to - h.from));
    });
    if (staff_word) {
        for (const StaffMention& m : staff->Find(result.norm, original)) {
            if (m.listed) b.spans.emplace_back(m.from, m.to);
        }
    }
    if (b.spans.empty()) return;
    std::erase_if(result.hits, [&](const Hit& h) {
        return droppable(h) && std::any_of(b.spans.begin(), b.spans.end(), [&](const auto& span) {
                   return span.first <= h.from && h.to <= span.second;
               });
    });
}

Category CategoryForKind(std::string_view kind) {
    if (kind == "profanity") return Category::kProfanity;
    if (kind == "insult" || kind == "profane_insult") return Category::kInsult;
    if (kind == "hate" || kind == "slur" || kind == "hate_group" || kind == "hate_cue") return Category::kHate;
    if (kind == "sexual") return Category::kSexual;
    if (kind == "threat") return Category::kThreat;
    if (kind == "safeguarding") return Category::kSafeguarding;
    if (kind.rfind("pd_", 0) == 0 || kind == "pupil_name") return Category::kPersonalData;
    if (kind == "spam") return Category::kSpam;
    if (kind == "complaint") return Category::kComplaint;
    if (kind == "question") return Category::kQuestion;
    if (kind.rfind("tone", 0) == 0) return Category::kTone;
    return Category::kOk;
}

Finding SpanFinding(std::string_view text, Span span, Category category, std::string rule_id, Severity severity,
                    double confidence) {
    Finding f;
    f.span = span;
    f.category = category;
    f.rule_id = std::move(rule_id);
    f.severity = severity;
    f.confidence = confidence;
    if (f.span.end <= text.size() && f.span.begin <= f.span.end) {
        f.matched = std::string(text.substr(f.span.begin, f.span.end - f.span.begin));
    }
    return f;
}

Finding MakeFinding(std::string_view text, const ScanResult& scan, const Hit& hit, Category category) {
    return SpanFinding(text, scan.norm.ToOriginal(hit.from, hit.to), category, hit.rule->rule_id,
                       hit.rule->entry.severity, 1.0);
}

std::string_view ActionName(Action action) {
    switch (action) {
        case Action::kNone: return "none";
        case Action::kRemoveAndEscalate: return "remove_and_escalate";
        case Action::kDsl: return "dsl";
        case Action::kComplaints: return "complaints";
        case Action::kReplyWithin24h: return "reply_within_24h";
    }
    return "none";
}

Screener::Screener(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Screener::~Screener() = default;

core::Result<std::shared_ptr<const Screener>> Screener::Create(const ScreenerConfig& config) {
    auto impl = std::make_unique<Impl>();
    AddLexiconRules(config, impl->rules);
    AddPersonalDataRules(impl->rules);
    impl->names = std::make_unique<PupilNameIndex>(config.pupils);
    impl->staff = std::make_unique<StaffIndex>(config.staff);
    impl->name_rule.SetKind("pupil_name");
    impl->name_rule.rule_id = std::string(kPupilFullNameRule);
    impl->name_rule.entry.severity = Severity::kMedium;
    for (Rule& rule : impl->rules) {
        rule.regex = EntryRegex(rule.entry);
        if (rule.word) rule.canonical_regex = CanonicalWordRegex(rule.entry);
        else rule.regex = StripWordBoundaries(rule.regex, &rule.lead_boundary, &rule.trail_boundary);
    }
    auto plan = SharedPlan(impl->rules);  // compiled once per distinct rule set (plan_cache.hpp)
    if (!plan) return SourceOf(plan.error(), impl->rules);
    impl->plan = std::move(*plan);
    impl->contacts = PrepareContacts(config.contacts);
    impl->contacts.public_bodies = PublicBodyDomains(config.lexicon);
    for (const LexiconEntry& e : config.lexicon) {
        if (!e.version.empty() && impl->version.find(e.version) == std::string::npos) {
            impl->version += (impl->version.empty() ? "" : ",") + e.version;
        }
    }
    return std::shared_ptr<const Screener>(new Screener(std::move(impl)));
}

std::vector<Finding> Screener::FindPersonalData(std::string_view text,
                                                const SchoolContacts& contacts) const {
    const ScanResult& scan = impl_->Run(text);
    return PersonalDataFindings(text, scan, PrepareContacts(contacts), /*include_names=*/false);
}

std::vector<Finding> Screener::FindOffensive(std::string_view text) const {
    const ScanResult& scan = impl_->Run(text);
    std::vector<Finding> out;
    for (const Hit& h : scan.hits) {
        Kind k = h.rule->code;
        if (k == Kind::kProfanity || k == Kind::kProfaneInsult || k == Kind::kSlur) {
            out.push_back(MakeFinding(text, scan, h, k == Kind::kSlur ? Category::kHate : Category::kProfanity));
        }
    }
    SortFindings(out);
    return out;
}

ToneScore Screener::ScoreTone(std::string_view text) const {
    return ToneFromScan(text, impl_->Run(text));
}

CommentVerdict Screener::ScreenComment(std::string_view text) const {
    return ClassifyComment(text, impl_->Run(text), impl_->contacts, *impl_->staff, *impl_->names);
}

std::vector<CommentVerdict> Screener::ScreenComments(std::span<const std::string_view> texts) const {
    std::vector<CommentVerdict> out;
    out.reserve(texts.size());
    ScreenComments(texts, [&](std::size_t, const CommentVerdict& v) { out.push_back(v); });
    return out;
}

void Screener::ScreenComments(std::span<const std::string_view> texts,
                              const std::function<void(std::size_t, const CommentVerdict&)>& each) const {
    for (std::size_t i = 0; i < texts.size();) {
        std::size_t j = i, bytes = 0;  // [i, j): one batch
        while (j < texts.size() && j - i < kBatchMessages && (j == i || bytes + texts[j].size() <= kBatchBytes)) {
            bytes += texts[j++].size();
        }
        std::span<const std::string_view> chunk = texts.subspan(i, j - i);
        std::span<const ScanResult> scans = impl_->RunBatch(chunk);
        for (std::size_t k = 0; k < chunk.size(); ++k) {
            each(i + k, ClassifyComment(chunk[k], scans[k], impl_->contacts, *impl_->staff, *impl_->names));
        }
        i = j;
    }
}

std::size_t Screener::RawScanForBenchmark(std::string_view text) const {
    thread_local std::vector<Match> matches;
    matches.clear();
    if (!impl_->plan->Scan(text, matches)) return 0;
    return matches.size();
}

std::size_t Screener::pattern_count() const { return impl_->rules.size(); }
std::size_t Screener::database_bytes() const { return impl_->plan->database_bytes(); }
std::string Screener::lexicon_version() const { return impl_->version; }

core::Status ScreenerHolder::Reload(const ScreenerConfig& config) {
    auto next = Screener::Create(config);
    if (!next) return next.error();
    std::atomic_store(&current_, *next);
    return core::OkStatus();
}

}  // namespace steward::screening
