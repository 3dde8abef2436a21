// PostChecker: decides approve | needs_changes | block for a draft post from the consent register,
// the roster (do-not-publish list), pupil names found in the caption and the screening engine's
// text detectors (PST-06, PST-07, PST-08, PST-11, CON-02..04, CON-10). Entry point: Check().
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/access/pupil.hpp"
#include "domain/consent/consent_register.hpp"
#include "domain/posts/post_types.hpp"
#include "domain/screeners/school_screener.hpp"
#include "screening/findings.hpp"
#include "screening/names/name_index.hpp"

namespace steward::domain {

// Policy `posts.pupil_name_rule` (PST-07). kDevRules is testdata/dev/README.md rule 3: a name
// needs name consent, and a full name may not go with an image or video.
enum class PupilNameRule { kDevRules, kNever, kNoFullNameWithMedia, kWithNameConsent };

struct PostRules {
    PupilNameRule pupil_name_rule = PupilNameRule::kDevRules;
    bool do_not_publish_list = true;  // policy `posts.do_not_publish_list`
    ConsentSettings consent;          // policy `consent.validity`, `consent.dimensions`
};

// What the checker needs from the screening engine's caption detectors; each returns findings
// with spans into `caption`. Implemented over screening::Screener; tests may use a real lexicon.
class CaptionDetectors {
  public:
    virtual ~CaptionDetectors() = default;
    virtual std::vector<screening::Finding> FindPersonalData(std::string_view caption) const = 0;
    virtual std::vector<screening::Finding> FindOffensive(std::string_view caption) const = 0;
    virtual std::vector<screening::Finding> FindNegativeTone(std::string_view caption) const = 0;
};

class PostChecker {
  public:
    // Copies the roster and school details, indexes the names and takes the register.
    // `detectors` may be null (then PERSONAL_DATA, OFFENSIVE and NEGATIVE_TONE are never raised);
    // if given it must outlive the checker.
    PostChecker(std::span<const Pupil> roster, ConsentRegister consent, SchoolProfile school,
                PostRules rules, const CaptionDetectors* detectors);

    // Uses the school's compiled roster and name index as they are (the server's
    // SchoolScreeners); cheap. Check(post) then sees an empty register: use Check(post, consent).
    PostChecker(std::shared_ptr<const SchoolScreener> school, PostRules rules,
                const CaptionDetectors* detectors);

    // Checks one post against the register given to the constructor. Returns kInvalidInput if
    // it tags a pupil who is not on the roster. Thread-safe (const).
    core::Result<PostCheckResult> Check(const PostDraft& post) const;

    // Checks one post against `consent` instead (the server keeps one compiled checker per
    // roster and reads only the consent of the pupils in the post). Same errors; thread-safe.
    core::Result<PostCheckResult> Check(const PostDraft& post, const ConsentRegister& consent) const;

    // Returns the ids of the pupils in the post: the tagged ones (kInvalidInput if one is not on
    // the roster), then those named in the caption (README rule 3: first names of tagged pupils,
    // full names of anyone), distinct, in that order. Thread-safe (const).
    core::Result<std::vector<std::string>> PupilsInPost(const PostDraft& post) const;

  private:
    core::Result<std::vector<const Pupil*>> TaggedPupils(const PostDraft& post) const;
    void CheckTaggedPupil(const PostDraft& post, const Pupil& pupil,
                          const ConsentRegister& consent, PostCheckResult& result) const;
    void CheckNames(const PostDraft& post, const std::vector<const Pupil*>& tagged,
                    const ConsentRegister& consent, PostCheckResult& result) const;
    void CheckText(const PostDraft& post, PostCheckResult& result) const;
    const Pupil* FindPupil(std::string_view id) const { return school_->FindPupil(id); }

    std::shared_ptr<const SchoolScreener> school_;  // roster, name index, profile
    ConsentRegister consent_;
    PostRules rules_;
    const CaptionDetectors* detectors_;
};

// Orders findings by the fixed reason order, fills `reasons` and sets the decision (README rule 7).
void Finalize(PostCheckResult& result);

}  // namespace steward::domain
