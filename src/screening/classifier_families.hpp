// Internal to the classifier (classifier.cpp): what it works out once per comment (which hits are
// defused, which are word classes, the sentences), and the co-occurrence families of word classes
// (safeguarding and threat).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "screening/screener_internal.hpp"

namespace steward::screening {

struct Sentence {
    std::size_t from = 0;  // normalised offsets
    std::size_t to = 0;
    bool asks = false;     // ends with '?'
};

// True if t[at] ends a sentence: ? ! newline, or '.' before a space or the text's end.
inline bool EndsSentence(std::string_view t, std::size_t at) {
    const char c = t[at];
    return c == '?' || c == '!' || c == '\n' || (c == '.' && (at + 1 >= t.size() || t[at + 1] == ' '));
}

// The sentences of `t` (split where EndsSentence) into `out`.
void SplitSentences(const std::string& t, std::vector<Sentence>& out);

// A comment's hits as the classifier reads them, worked out once per comment in one pass (no
// string compared: the rules' Kind and Tag codes). Per-thread buffers, reused: valid until the
// next Of() on this thread.
class CommentHits {
  public:
    static CommentHits& Of(const ScanResult& scan);

    const ScanResult& scan() const { return *scan_; }
    // An innocent construction (tag part_defuse, same lexicon kind) overlaps `h` (a hit of scan()).
    // Unlike allow.txt, the innocent phrase need not contain the whole match, only share words
    // with it ("batter the cod" over "I'll batter the").
    bool Defused(const Hit& h) const {
        return any_defused_ && defused_[static_cast<std::size_t>(&h - scan_->hits.data())] != 0;
    }
    // The sentences of the normalised text, split on first use.
    const std::vector<Sentence>& Sentences();

    // The hits that count for a word class (classes per side: safeguarding, threat), scan order.
    struct ClassHit {
        const Hit* hit;
        ClassMask safeguarding;
        ClassMask threat;
        bool defused = false;  // Defused(*hit), worked out once
    };
    const std::vector<ClassHit>& class_hits() const { return class_hits_; }
    // Adds hits made outside the scan (pupils named by a first name alone) with the classes
    // their rules count for (a pupil: the threat target, part_target). `hits` must outlive this
    // comment's use.
    void AddTargets(std::span<const Hit> hits);
    ClassMask safeguarding_classes() const { return safeguarding_; }  // of the hits not defused
    ClassMask threat_classes() const { return threat_; }

  private:
    void Reset(const ScanResult& scan);
    void MarkDefused();

    const ScanResult* scan_ = nullptr;
    bool any_defused_ = false;           // a part_defuse hit: defused_ is set
    std::vector<std::uint8_t> defused_;  // per hit
    std::vector<const Hit*> defusers_;
    std::vector<ClassHit> class_hits_;
    ClassMask safeguarding_ = 0, threat_ = 0;
    std::vector<Sentence> sentences_;
    bool split_ = false;
};

// Word classes are lexicon entries tagged "part_<class>" (data/lexicons/safeguarding.txt,
// threat.txt); a class hit alone flags nothing. A family fires when every one of its classes has
// a hit inside one sentence (or anywhere, for a whole-comment family).
struct Family {
    std::string_view name;
    Category category;
    std::array<Tag, 4> parts;  // Tag::kOther = unused
    bool whole_comment = false;  // the classes may meet anywhere in the comment
};

struct FiredFamily {
    const Family* family = nullptr;
    std::array<const Hit*, 4> hits{};  // one per class: the findings that explain it
    std::size_t count = 0;
};

// The families that fire in the comment, into `out` (cleared first).
void FiredFamilies(CommentHits& comment, std::vector<FiredFamily>& out);

// A threat word that is not the writer's threat (a joke about a sibling with a laugh, or a threat
// reported as made against the writer).
bool ThreatDefused(CommentHits& comment, const Hit& h);

// True if some threat family has every class but its target (part_target): only then is a
// pupil's first name worth looking for as the target.
bool ThreatFamilyLacksOnlyTarget(const CommentHits& comment);

// A pupil's first name used as a name in the comment (PupilNameIndex::FindFirstNamesInto), that is
// no member of staff's name word ("Miss Hannah" is staff: "Hannah" is no pupil); [from, to) in the
// normalised text, `possessive` when written "X's" (the staff check is on the name without it).
struct PupilFirstName {
    std::size_t from = 0, to = 0;
    bool possessive = false;
};
void FindPupilFirstNames(std::string_view text, const ScanResult& scan, const StaffIndex& staff,
                         const PupilNameIndex& pupils, std::vector<PupilFirstName>& out);

// A pupil named alone by a first name ("Oliver better watch his back") is a threat's target as
// "Mr X" is (AddTargets): looked for only when `threat` or a threat family short of its target is
// there (FindPupilFirstNames, possessives included: "Oliver's getting it").
void AddFirstNameTargets(std::string_view text, CommentHits& comment, bool threat, const StaffIndex& staff,
                         const PupilNameIndex& pupils);

// The pupil a threat is aimed at: a pupil's name (in full, or a first name alone added with
// AddTargets) in the sentence of a threat family that fired or of a threat hit that is the
// writer's; nullptr if none. A threat to a pupil is also safeguarding (testdata/dev/README.md).
const Hit* ThreatAtPupil(CommentHits& comment, const std::vector<FiredFamily>& fired);

}  // namespace steward::screening
