// Internals shared by the screener's translation units (not part of the public API).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "screening/lexicon.hpp"
#include "screening/normalizer.hpp"
#include "screening/pattern_db.hpp"
#include "screening/pupil_names.hpp"
#include "screening/scan_plan.hpp"
#include "screening/screener.hpp"
#include "screening/staff_names.hpp"

namespace steward::screening {

// The rule id a pupil's full name (a PupilNameIndex hit) reports as, a personal-data finding.
inline constexpr std::string_view kPupilFullNameRule = "pd/pupil_full_name";

// Which database a pattern is compiled into and when it is scanned: see scan_plan.hpp.
enum class ScanGroup { kAlways, kGapped, kDigit, kAt, kUrl, kWordsCanon, kWordsRaw, kWordsLeet, kCount };
constexpr unsigned kProbeId = 1u << 24;  // probe of rule i has id kProbeId + i

// The kinds the engine's code looks at, so that checks per hit compare a byte, not a string.
// Rule::kind keeps the lexicon's own name (any @kind is allowed); unknown ones are kOther.
enum class Kind : std::uint8_t {
    kOther, kAllow, kProfanity, kProfaneInsult, kInsult, kSlur, kHate, kHateGroup, kHateCue,
    kSexual, kChildRef, kThreat, kSafeguarding, kSpam, kSpamWeak, kHandle, kComplaint, kUrl,
    kQuestion, kRhetorical, kQuestionBlock, kPdPhone, kPdEmail, kPdPostcode, kPdAddress, kPdDob,
    kPdBirthDate, kPdSpelled, kPupilName, kTonePositive, kToneNegative, kToneSarcasm, kNegator, kIntensifier,
    kPersonInsult, kPupilFirstName, kConcernCheck,
};
Kind KindOf(std::string_view kind);

// The lexicon [tags] the classifier's and tone's code look at, likewise a byte per rule (TagOf,
// classifier_families.cpp). Rule::tag keeps the lexicon's text; any other tag is kOther. The word
// classes of the co-occurrence families come last, from kFirstClass: one bit each (ClassBit).
enum class Tag : std::uint8_t {
    kOther, kPartDefuse, kWeapon, kPupil, kGrooming, kPupilThreat, kHedge, kDefuse, kTarget, kMarker,
    kPartVictim, kPartActor, kPartHarm, kPartPassiveHarm, kPartSelfHarm, kPartNeglect, kPartExploitation,
    kPartCoercion, kPartUnwanted, kPartFlattery, kPartTarget, kPartSecrecy, kPartContact, kPartImageOf,
    kPartSpread, kPartStaff, kPartReach, kPartPupil, kPartPrivate, kPartIntent, kPartViolence, kPartVeiled,
    kPartArrive, kPartArm, kPartDestination, kPartMenaceObject, kPartNameOnIt, kPartKin, kPartLaugh,
    kPartAgainstMe, kPartProperty, kPartDamage, kPartProvoke, kEnd,
    kFirstClass = kPartVictim,
};
Tag TagOf(std::string_view tag);
using ClassMask = std::uint64_t;
constexpr ClassMask ClassBit(Tag t) {
    return t >= Tag::kFirstClass && t < Tag::kEnd
               ? ClassMask{1} << (static_cast<unsigned>(t) - static_cast<unsigned>(Tag::kFirstClass))
               : 0;
}

// One pattern in the database. `kind` says what a match means: a lexicon @kind ("profanity",
// "complaint", "allow", ...), a personal-data detector ("pd_phone", ...) or "pupil_name".
struct Rule {
    std::string kind;
    std::string tag;       // set with SetTag
    LexiconEntry entry;    // word/regex entries; for built-ins only text/severity are set
    std::string rule_id;   // "profanity/fuck*", "pd/phone"
    bool word = false;     // word entry: boundary and ending checks apply
    bool hashtag_join = false;  // pupil name written without a space: only inside a #hashtag
    bool lead_boundary = false;   // regex began with \b: checked after matching
    bool trail_boundary = false;  // regex ended with \b: checked after matching
    std::string regex;            // what is compiled (set by Screener::Create)
    ScanGroup group = ScanGroup::kAlways;  // non-word rules; word rules: see ScanGroup
    std::string canonical_regex;           // word rules: CanonicalWordRegex, may be ""
    // Derived from `kind` once (SetKind), for the per-hit checks.
    Kind code = Kind::kOther;
    Category category = Category::kOk;     // CategoryForKind(kind)
    bool personal = false;                 // pd_* or pupil_name: never removed by the allow list
    // Derived from `tag` once (SetTag).
    Tag tag_code = Tag::kOther;            // TagOf(tag)
    bool part = false;                     // "part_...": a word class or part_defuse

    void SetKind(std::string k);
    void SetTag(std::string t);  // classifier_families.cpp
};

struct Hit {
    const Rule* rule = nullptr;
    std::size_t from = 0;  // normalised offsets
    std::size_t to = 0;
};

struct ScanResult {
    NormalizedText norm;
    std::vector<Hit> hits;  // boundary-checked, allow-list filtered

    bool Has(Kind kind) const;
    bool HasTag(Kind kind, std::string_view tag) const;
    int Count(Kind kind) const;
};

// A school's contacts in the forms the personal-data and link checks compare (phones as national
// digits, e-mails/postcodes/addresses compacted, web sites and e-mail domains normalised): made
// once per screener for ScreenComment, and per call for FindPersonalData's own contacts.
struct PreparedContacts {
    std::vector<std::string> phones, emails, postcodes, addresses, sites, domains;
    std::vector<std::string> public_bodies;  // PublicBodyDomains of the config's lexicon
};
PreparedContacts PrepareContacts(const SchoolContacts& contacts);

// Lexicon entries of this kind (data/lexicons/public_body.txt, and any a school adds) are not
// patterns: they are the domains of public bodies' web sites, whose links are not advertising.
constexpr std::string_view kPublicBodyKind = "public_body";
std::vector<std::string> PublicBodyDomains(const std::vector<LexiconEntry>& lexicon);  // classifier.cpp

struct Screener::Impl {
    std::vector<Rule> rules;
    std::shared_ptr<const ScanPlan> plan;  // shared by every screener with the same rules
    PreparedContacts contacts;  // the config's, prepared once
    std::string version;
    std::unique_ptr<PupilNameIndex> names;
    std::unique_ptr<StaffIndex> staff;
    Rule name_rule;  // what a PupilNameIndex hit reports as

    // Normalises and scans `text`. The result lives in per-thread buffers (no allocation once
    // they have grown): valid until this thread's next Run or RunBatch.
    const ScanResult& Run(std::string_view text) const;
    // Same for several texts at once, each database scanned once over the texts that need it
    // (ScanPlan::ScanBatch): results[i] is texts[i]'s, valid until this thread's next call.
    std::span<const ScanResult> RunBatch(std::span<const std::string_view> texts) const;

  private:
    // Context checks, allow list, names and order: a scan's raw matches into result.hits.
    void Finish(ScanResult& result, std::vector<Match>& matches, std::string_view original) const;
    // Hits wholly inside a pupil's or a listed staff member's name are the name (screener.cpp).
    void DropHitsInsideNames(ScanResult& result, std::string_view original) const;
};

// Built-in personal-data detectors (personal_data.cpp).
void AddPersonalDataRules(std::vector<Rule>& rules);
// Personal-data findings from a scan, minus the given contacts.
std::vector<Finding> PersonalDataFindings(std::string_view text, const ScanResult& scan,
                                          const PreparedContacts& contacts, bool include_names);

// A Finding for `span` of the original `text` (`matched` is the spanned text).
Finding SpanFinding(std::string_view text, Span span, Category category, std::string rule_id, Severity severity,
                    double confidence);
// Makes a Finding from a hit (span mapped to the original text).
Finding MakeFinding(std::string_view text, const ScanResult& scan, const Hit& hit, Category category);
Category CategoryForKind(std::string_view kind);

// Tone (tone.cpp) and comment classification (classifier.cpp).
ToneScore ToneFromScan(std::string_view text, const ScanResult& scan);
// `pupils` and `staff`: a pupil named alone by a first name may be a threat's target.
CommentVerdict ClassifyComment(std::string_view text, const ScanResult& scan, const PreparedContacts& contacts,
                               const StaffIndex& staff, const PupilNameIndex& pupils);

// Insults aimed at named staff (staff_names.cpp): "Mr King is hopeless" is an insult although
// "hopeless" alone is not (person_insult lexicon); and an insulting comment that names a member
// of staff in the same sentence gets a finding on the name ("insult/targets_staff", or
// "insult/targets_named_adult" for a title + name not on the staff list).
struct StaffTargeting {
    bool insult = false;            // a person_insult or insult word said of a named person
    std::vector<Finding> findings;  // report only if the comment is classified insult
};
StaffTargeting TargetStaff(std::string_view text, const ScanResult& scan, const StaffIndex& staff, bool insult);

}  // namespace steward::screening
