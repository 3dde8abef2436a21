// PostWorkflow: the post's life over the API (issue 4 item 6, PST-01..04, PST-17, AUD-01):
// draft -> checked -> submitted -> approved | rejected -> published -> taken_down. Any change to
// an unpublished post sends it back to draft and needs a fresh check; submit needs a check of the
// current version whose decision is approve; the approver holds a role the school's pack names
// and is never the author; every transition is audited in its own transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/posts/stored_post_check.hpp"
#include "domain/screeners/school_screeners.hpp"
#include "domain/posts/post_workflow_types.hpp"
#include "domain/ports/store.hpp"
#include "policy/policy_pack.hpp"

namespace steward::domain {

// Who is acting: the actor recorded, every role they hold (the pack's chain may accept a role
// other than the one the permission table granted) and the school's trust.
struct PostActor {
    Actor actor;
    std::vector<RoleAssignment> held;
    std::string school_trust_id;
};

// What the author writes. Platform comes from the account.
struct PostContent {
    std::string account_id;
    MediaKind media_kind = MediaKind::kNone;
    std::string media_id;                // legacy single item: joins media_ids at the front
    std::vector<std::string> media_ids;  // the school's uploaded items the post shows, in order
    std::string caption;
    Date posting_date;
    bool controversial = false;
    std::vector<std::string> tagged_pupil_ids;
};

// The media part of the post check, implemented by the media library room (which links the media
// engine) and handed to the workflow by the caller: adds the findings of every item `post` shows
// to `result` (each with its media_id, and face index for a face) and decides again.
class PostMediaCheck {
  public:
    virtual ~PostMediaCheck() = default;
    virtual core::Status AddMediaFindings(Tx& tx, const Post& post,
                                          PostCheckResult& result) const = 0;
};

class PostWorkflow {
  public:
    // `pack` may be null (schema defaults apply). Holds references: all must outlive it.
    PostWorkflow(Store& store, const core::Clock& clock, const policy::PolicyPack* pack)
        : store_(store), clock_(clock), pack_(pack) {}

    // Creates a draft. kInvalidInput for a bad field or a tagged pupil not on the school's
    // roster; kNotFound for an account that is not the school's.
    core::Result<Post> Create(const PostActor& by, std::string_view school_id,
                              const PostContent& content);
    // Replaces the content and sends the post back to draft (version + 1). kFailedPrecondition
    // once published.
    core::Result<Post> Edit(const PostActor& by, std::string_view school_id,
                            std::string_view post_id, const PostContent& content);
    // Runs the check on the current version, stores it and the pupils named in the caption, and
    // moves a draft to checked. kFailedPrecondition unless the post is a draft or checked.
    core::Result<PostCheckRecord> Check(const PostActor& by, std::string_view school_id,
                                        std::string_view post_id, SchoolScreeners& screeners);
    // checked -> submitted (or straight to approved when the pack needs no approval for it).
    core::Result<Post> Submit(const PostActor& by, std::string_view school_id,
                              std::string_view post_id);
    // submitted -> approved / rejected (a comment is required to reject).
    core::Result<Post> Approve(const PostActor& by, std::string_view school_id,
                               std::string_view post_id, std::string comment);
    core::Result<Post> Reject(const PostActor& by, std::string_view school_id,
                              std::string_view post_id, std::string comment);
    // approved -> published with the live URL (https://), by a publisher (PST-04).
    core::Result<Post> Publish(const PostActor& by, std::string_view school_id,
                               std::string_view post_id, std::string live_url);
    // published -> taken_down with a reason; closes the post's open takedown tasks as removed.
    core::Result<Post> TakeDown(const PostActor& by, std::string_view school_id,
                                std::string_view post_id, std::string reason);

    // Checks the photos of posts that show any (null: Check refuses such a post with
    // kFailedPrecondition rather than pass photos it cannot see). Must outlive the workflow.
    void SetMediaCheck(const PostMediaCheck* media) { media_ = media; }

  private:
    core::Result<Post> Review(const PostActor& by, std::string_view school_id,
                              std::string_view post_id, bool approve, std::string comment);

    Store& store_;
    const core::Clock& clock_;
    const policy::PolicyPack* pack_;
    const PostMediaCheck* media_ = nullptr;
};

// Loads a post of the school with the media it shows (kNotFound naming post_id otherwise).
core::Result<Post> LoadPost(Tx& tx, std::string_view school_id, std::string_view post_id);

// Moves `post` to `to`, stores it, appends the history event and the audit event
// "posts.<action>". Used by the workflow and by takedowns.
core::Status RecordTransition(Tx& tx, const core::Clock& clock, const Actor& actor, Post& post,
                              PostState to, std::string_view action, std::string comment);

}  // namespace steward::domain
