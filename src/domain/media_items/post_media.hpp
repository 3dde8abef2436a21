// The media library room's side of the post workflow (issue 6 item 5): the post check's media part
// (each attached item's faces, tags, visible text and metadata against the consent register) and
// the rule that a change to an attached photo is a change to the post.
// Entry points: LibraryPostMediaCheck, ReopenPostsShowing().
#pragma once

#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"
#include "domain/posts/media_check.hpp"
#include "domain/posts/post_workflow.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

// Hand one to PostWorkflow::SetMediaCheck. For each item the post shows (post.media_ids, in
// order), reads its stored inspection and tags, checks them for the post's platform and date
// under the school's pack, and merges the findings (with media_id and face) into the decision.
// A publishable copy counts when it blurs every face the check wants blurred.
class LibraryPostMediaCheck final : public PostMediaCheck {
  public:
    // `pack` may be null (no pack: untagged faces are blurred, not blocking).
    explicit LibraryPostMediaCheck(const policy::PolicyPack* pack);

    core::Status AddMediaFindings(Tx& tx, const Post& post, PostCheckResult& result) const override;

  private:
    MediaCheckRules rules_;
};

// Sends every unpublished post that shows `media_id` and is past draft (checked, submitted,
// approved or rejected) back to draft with a new version, as an edit does: its check and any
// approval were for the photo as it was. Records the transition "media_changed" with `why`.
// Runs inside the caller's transaction.
core::Status ReopenPostsShowing(Tx& tx, const core::Clock& clock, const Actor& actor,
                                std::string_view school_id, std::string_view media_id,
                                std::string_view why);

}  // namespace steward::domain
