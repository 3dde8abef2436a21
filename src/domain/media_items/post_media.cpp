#include "domain/media_items/post_media.hpp"

#include "domain/media_items/media_library.hpp"

namespace steward::domain {

LibraryPostMediaCheck::LibraryPostMediaCheck(const policy::PolicyPack* pack)
    : rules_(MediaCheckRulesFromPack(pack)) {}

core::Status LibraryPostMediaCheck::AddMediaFindings(Tx& tx, const Post& post,
                                                     PostCheckResult& result) const {
    for (const std::string& id : post.media_ids) {
        auto found =
            CheckMediaItem(tx, post.school_id, id, post.platform, post.posting_date, rules_);
        if (!found) return found.error();
        MergeMediaCheck(found->check, found->has_redacted, result, id);
    }
    return core::OkStatus();
}

core::Status ReopenPostsShowing(Tx& tx, const core::Clock& clock, const Actor& actor,
                                std::string_view school_id, std::string_view media_id,
                                std::string_view why) {
    auto ids = tx.Media().ListPostsShowing(school_id, media_id);
    if (!ids) return ids.error();
    for (const std::string& id : *ids) {
        auto post = LoadPost(tx, school_id, id);
        if (!post) return post.error();
        if (post->state == PostState::kDraft || post->state == PostState::kPublished ||
            post->state == PostState::kTakenDown) {
            continue;  // nothing to undo, or a record of what went out
        }
        ++post->version;
        post->approved_by.clear();
        post->approved_at = {};
        auto moved = RecordTransition(tx, clock, actor, *post, PostState::kDraft, "media_changed",
                                      std::string(why));
        if (!moved) return moved;
    }
    return core::OkStatus();
}

}  // namespace steward::domain
