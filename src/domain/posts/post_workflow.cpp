// The post workflow's transitions, one transaction each with its history and audit events.
#include "domain/posts/post_workflow.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/posts/approval_chain.hpp"
#include "domain/posts/post_rules.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

constexpr std::size_t kMaxCaptionBytes = 5000;
constexpr std::size_t kMaxTagged = 200;
constexpr std::size_t kMaxMedia = 20;

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

core::Error NotNow(const Post& post, std::string what) {
    return core::Error{core::ErrorCode::kFailedPrecondition,
                       "This post is " + std::string(PostStateName(post.state)) + ": " + what,
                       "state"};
}

// The post's media: media_id joins media_ids at the front, repeats go, and every id must be an
// upload of this school (kInvalidInput naming media_ids[k] otherwise).
core::Status CheckMedia(Tx& tx, std::string_view school_id, PostContent& content) {
    auto& ids = content.media_ids;
    if (!content.media_id.empty() &&
        std::find(ids.begin(), ids.end(), content.media_id) == ids.end()) {
        ids.insert(ids.begin(), content.media_id);
    }
    std::vector<std::string> distinct;
    for (std::string& id : ids) {
        if (std::find(distinct.begin(), distinct.end(), id) == distinct.end()) {
            distinct.push_back(std::move(id));
        }
    }
    ids = std::move(distinct);
    if (ids.size() > kMaxMedia) return Invalid("A post may show at most 20 photos.", "media_ids");
    if (!ids.empty() && content.media_kind == MediaKind::kNone) {
        return Invalid("A post that shows photos needs media_kind image or video.", "media_kind");
    }
    for (std::size_t index = 0; index < ids.size(); ++index) {
        auto item = tx.Media().FindMedia(school_id, ids[index]);
        if (!item) return item.error();
        if (!*item) {
            return Invalid("This photo is not one of this school's uploads; upload it again "
                           "and attach the new one.",
                           "media_ids[" + std::to_string(index) + "]");
        }
    }
    content.media_id = ids.empty() ? "" : ids.front();
    return core::OkStatus();
}

core::Status CheckContent(Tx& tx, std::string_view school_id, PostContent& content,
                          Platform& platform) {
    if (content.caption.size() > kMaxCaptionBytes) {
        return Invalid("The caption must be at most 5,000 characters.", "caption");
    }
    if (content.posting_date.year == 0) {
        return Invalid("The posting date is required (YYYY-MM-DD).", "posting_date");
    }
    if (content.tagged_pupil_ids.size() > kMaxTagged) {
        return Invalid("A post may tag at most 200 pupils.", "tagged_pupil_ids");
    }
    auto account = tx.Accounts().GetAccount(school_id, content.account_id);
    if (!account) return account.error();
    if (!*account) {
        return core::Error{core::ErrorCode::kNotFound,
                           "This school has no official account with that id.", "account_id"};
    }
    platform = (*account)->platform;
    auto& tagged = content.tagged_pupil_ids;
    std::sort(tagged.begin(), tagged.end());
    tagged.erase(std::unique(tagged.begin(), tagged.end()), tagged.end());
    for (std::size_t index = 0; index < tagged.size(); ++index) {
        auto pupil = tx.Access().FindPupil(school_id, tagged[index]);
        if (!pupil) return pupil.error();
        if (!*pupil) {
            return Invalid("A tagged pupil id is not on this school's roster; check the id or "
                           "import the roster again.",
                           "tagged_pupil_ids[" + std::to_string(index) + "]");
        }
    }
    return CheckMedia(tx, school_id, content);
}

void Apply(Post& post, const PostContent& content, Platform platform) {
    post.account_id = content.account_id;
    post.platform = platform;
    post.media_kind = content.media_kind;
    post.media_id = content.media_id;
    post.media_ids = content.media_ids;
    post.caption = content.caption;
    post.posting_date = content.posting_date;
    post.controversial = content.controversial;
    post.tagged_pupil_ids = content.tagged_pupil_ids;
}

std::string Summary(const Post& post) {
    return "state=" + std::string(PostStateName(post.state)) +
           " version=" + std::to_string(post.version) +
           " tagged=" + std::to_string(post.tagged_pupil_ids.size());
}

std::string ReasonCodes(const PostCheckResult& result) {
    std::string codes;
    for (PostReason reason : result.reasons) {
        if (!codes.empty()) codes += ",";
        codes += PostReasonCode(reason);
    }
    return codes;
}

}  // namespace

core::Result<Post> LoadPost(Tx& tx, std::string_view school_id, std::string_view post_id) {
    auto post = tx.Posts().FindPost(school_id, post_id);
    if (!post) return post.error();
    if (!*post) {
        return core::Error{core::ErrorCode::kNotFound, "This school has no post with that id.",
                           "post_id"};
    }
    auto media = tx.Media().ListPostMedia(school_id, post_id);
    if (!media) return media.error();
    (*post)->media_ids = std::move(*media);
    return std::move(**post);
}

core::Status RecordTransition(Tx& tx, const core::Clock& clock, const Actor& actor, Post& post,
                              PostState to, std::string_view action, std::string comment) {
    const std::string before = Summary(post);
    const PostState from = post.state;
    post.state = to;
    post.updated_at = clock.Now();
    if (auto ok = tx.Posts().UpdatePost(post); !ok) return ok;
    PostEvent event{post.id, 0, post.updated_at, actor.person_id,
                    actor.role ? std::string(RoleKey(*actor.role)) : "", std::string(action),
                    std::string(PostStateName(from)), std::string(PostStateName(to)),
                    std::move(comment)};
    if (auto ok = tx.Posts().AddEvent(event); !ok) return ok;
    auto audited = RecordAudit(tx, actor, clock,
                               {"posts." + std::string(action), "post", post.id, before,
                                Summary(post), post.school_id});
    if (!audited) return audited.error();
    return core::OkStatus();
}

core::Result<Post> PostWorkflow::Create(const PostActor& by, std::string_view school_id,
                                        const PostContent& content) {
    return store_.Transact([&](Tx& tx) -> core::Result<Post> {
        PostContent checked = content;
        Platform platform = Platform::kWebsite;
        if (auto ok = CheckContent(tx, school_id, checked, platform); !ok) return ok.error();
        Post post;
        post.id = "post-" + security::GenerateToken().substr(0, 16);
        post.school_id = std::string(school_id);
        Apply(post, checked, platform);
        post.author_id = by.actor.person_id;
        post.created_at = post.updated_at = clock_.Now();
        if (auto ok = tx.Posts().InsertPost(post); !ok) return ok.error();
        if (auto ok = tx.Media().SetPostMedia(school_id, post.id, post.media_ids); !ok) {
            return ok.error();
        }
        PostEvent event{post.id, 0, post.created_at, by.actor.person_id,
                        by.actor.role ? std::string(RoleKey(*by.actor.role)) : "", "create", "",
                        "draft", ""};
        if (auto ok = tx.Posts().AddEvent(event); !ok) return ok.error();
        auto audited = RecordAudit(tx, by.actor, clock_,
                                   {"posts.create", "post", post.id, "", Summary(post),
                                    post.school_id});
        if (!audited) return audited.error();
        return post;
    });
}

core::Result<Post> PostWorkflow::Edit(const PostActor& by, std::string_view school_id,
                                      std::string_view post_id, const PostContent& content) {
    return store_.Transact([&](Tx& tx) -> core::Result<Post> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        if (post->state == PostState::kPublished || post->state == PostState::kTakenDown) {
            return NotNow(*post, "a published post cannot be changed; take it down and draft "
                                 "a new one.");
        }
        PostContent checked = content;
        Platform platform = post->platform;
        if (auto ok = CheckContent(tx, school_id, checked, platform); !ok) return ok.error();
        Apply(*post, checked, platform);
        if (auto ok = tx.Media().SetPostMedia(school_id, post->id, post->media_ids); !ok) {
            return ok.error();
        }
        ++post->version;
        post->approved_by.clear();
        post->approved_at = {};
        // A change needs a fresh check and, if it had been approved, a fresh approval.
        if (auto ok = RecordTransition(tx, clock_, by.actor, *post, PostState::kDraft, "edit", "");
            !ok) {
            return ok.error();
        }
        return std::move(*post);
    });
}

core::Result<PostCheckRecord> PostWorkflow::Check(const PostActor& by, std::string_view school_id,
                                                  std::string_view post_id,
                                                  SchoolScreeners& screeners) {
    struct Loaded {
        Post post;
        std::int64_t roster_version = 0;
    };
    auto loaded = store_.Read([&](Tx& tx) -> core::Result<Loaded> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        auto version = tx.Access().RosterVersion(school_id);
        if (!version) return version.error();
        return Loaded{std::move(*post), *version};
    });
    if (!loaded) return loaded.error();
    // Compiled (when the roster changed) outside the write transaction: it can take a second.
    auto school = screeners.Get(school_id, loaded->roster_version);
    if (!school) return school.error();
    const CompiledCheck compiled{std::move(*school),
                                 pack_ != nullptr ? PostRulesFromPack(*pack_) : PostRules{}};
    return store_.Transact([&](Tx& tx) -> core::Result<PostCheckRecord> {
        auto post = LoadPost(tx, school_id, post_id);
        if (!post) return post.error();
        if (post->version != loaded->post.version) {
            return core::Error{core::ErrorCode::kConflict,
                               "The post changed while it was being checked; check it again.",
                               "post_id"};
        }
        if (post->state != PostState::kDraft && post->state != PostState::kChecked) {
            return NotNow(*post, "only a draft is checked; edit it to check it again.");
        }
        std::vector<std::string> in_post;
        auto result = EvaluatePost(tx, compiled, *post, &in_post);
        if (!result) return result.error();
        if (!post->media_ids.empty()) {
            if (media_ == nullptr) {
                return NotNow(*post, "it shows photos, which this check cannot read; check it "
                                     "through Steward's server.");
            }
            if (auto ok = media_->AddMediaFindings(tx, *post, *result); !ok) return ok.error();
        }
        PostCheckRecord record{post->id, 0, post->version, clock_.Now(), by.actor.person_id,
                               std::move(*result)};
        if (auto ok = tx.Posts().AddCheck(record); !ok) return ok.error();
        post->named_pupil_ids.clear();
        for (const std::string& id : in_post) {
            const auto& tagged = post->tagged_pupil_ids;
            if (std::find(tagged.begin(), tagged.end(), id) == tagged.end()) {
                post->named_pupil_ids.push_back(id);
            }
        }
        std::string outcome(PostDecisionName(record.result.decision));
        if (!record.result.reasons.empty()) outcome += ": " + ReasonCodes(record.result);
        if (auto ok = RecordTransition(tx, clock_, by.actor, *post, PostState::kChecked, "check",
                                       outcome);
            !ok) {
            return ok.error();
        }
        auto latest = tx.Posts().LatestCheck(post->id);
        if (!latest) return latest.error();
        return latest->value_or(record);
    });
}

}  // namespace steward::domain
