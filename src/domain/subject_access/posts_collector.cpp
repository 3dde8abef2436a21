// Posts showing or naming a pupil, for the subject access export.
#include "domain/subject_access/posts_collector.hpp"

#include <algorithm>

#include "domain/posts/posts_store.hpp"
#include "domain/subject_access/cases_collector.hpp"
#include "domain/subject_access/comments_collector.hpp"
#include "domain/subject_access/sar_html.hpp"
#include "domain/subject_access/staff_posts.hpp"

namespace steward::domain {
namespace {

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

SubjectAccessItem PostItem(const Post& post, const std::string& pupil_id) {
    const bool tagged = Contains(post.tagged_pupil_ids, pupil_id);
    const bool named = Contains(post.named_pupil_ids, pupil_id);
    const std::size_t others =
        post.tagged_pupil_ids.size() - (tagged ? 1 : 0);
    SubjectAccessItem item = {
        {"post", post.id},
        {"state", std::string(PostStateName(post.state))},
        {"platform", std::string(PlatformName(post.platform))},
        {"media", std::string(MediaKindName(post.media_kind))},
        {"posting date", post.posting_date.ToIso()},
        {"how the pupil appears", tagged && named ? "shown and named" : tagged ? "shown" : "named"},
        {"other pupils shown", std::to_string(others)},
        {"caption", post.caption}};
    if (!post.live_url.empty()) item.emplace_back("live address", post.live_url);
    if (post.published_at != core::TimePoint{}) {
        item.emplace_back("published", FormatUtc(post.published_at));
    }
    if (post.taken_down_at != core::TimePoint{}) {
        item.emplace_back("taken down", FormatUtc(post.taken_down_at));
    }
    return item;
}

}  // namespace

SubjectAccessCollector PostsCollector() {
    return [](Tx& tx, std::string_view school_id,
              const DataSubject& subject) -> core::Result<SubjectAccessSection> {
        auto posts = tx.Posts().ListPosts(school_id, std::nullopt);
        if (!posts) return posts.error();
        if (subject.kind == SubjectKind::kStaff) return StaffPosts(tx, school_id, subject, *posts);
        SubjectAccessSection section{"posts", "Posts that show or name the pupil", {}};
        for (const Post& post : *posts) {
            if (!Contains(post.tagged_pupil_ids, subject.id) &&
                !Contains(post.named_pupil_ids, subject.id)) {
                continue;
            }
            section.items.push_back(PostItem(post, subject.id));
        }
        return section;
    };
}

std::vector<SubjectAccessCollector> RoomCollectors() {
    return {PostsCollector(), CommentsCollector(), CasesCollector(), OfficialAccountsCollector()};
}

}  // namespace steward::domain
