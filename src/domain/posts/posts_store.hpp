// PostStore: the port through which the posts room reads and writes posts, their checks, their
// history and takedown tasks inside a transaction (tx.Posts()). Implemented once for both engines
// in store/sql/posts_store*.cpp.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/posts/post_workflow_types.hpp"

namespace steward::domain {

// Every method returns kUnavailable when the database fails.
class PostStore {
  public:
    virtual ~PostStore() = default;

    // Inserts the post with its tagged and named pupils. kAlreadyExists for a repeated id,
    // kFailedPrecondition for an unknown school or account.
    virtual core::Status InsertPost(const Post& post) = 0;
    // Replaces every mutable field and the pupils of an existing post (kNotFound otherwise).
    virtual core::Status UpdatePost(const Post& post) = 0;
    // In a read-write transaction the post stays locked until the transaction ends, so that two
    // changes of one post (two checks at once) queue and the second sees what the first wrote.
    virtual core::Result<std::optional<Post>> FindPost(std::string_view school_id,
                                                       std::string_view post_id) = 0;
    // Returns the school's posts, newest first; only those in `state` when given.
    virtual core::Result<std::vector<Post>> ListPosts(std::string_view school_id,
                                                      std::optional<PostState> state) = 0;
    // Returns the school's published posts that tag or name `pupil_id`.
    virtual core::Result<std::vector<Post>> PublishedPostsShowing(std::string_view school_id,
                                                                  std::string_view pupil_id) = 0;

    // Appends a check (seq = the post's number of checks + 1, set by the store).
    virtual core::Status AddCheck(const PostCheckRecord& check) = 0;
    virtual core::Result<std::optional<PostCheckRecord>> LatestCheck(std::string_view post_id) = 0;
    // Counts the school's checks with checked_at in [from, to).
    virtual core::Result<PostCheckStats> CountChecks(std::string_view school_id,
                                                     core::TimePoint from, core::TimePoint to) = 0;

    // Appends an event (seq set by the store) / returns the history, oldest first.
    virtual core::Status AddEvent(const PostEvent& event) = 0;
    virtual core::Result<std::vector<PostEvent>> ListEvents(std::string_view post_id) = 0;

    // Inserts an open task with its assignees. kAlreadyExists when the post already has an open
    // task for that pupil.
    virtual core::Status InsertTakedown(const TakedownTask& task) = 0;
    virtual core::Result<std::optional<TakedownTask>> FindTakedown(std::string_view school_id,
                                                                   std::string_view task_id) = 0;
    // Returns the school's tasks, open ones first then by due time; only open ones if asked.
    virtual core::Result<std::vector<TakedownTask>> ListTakedowns(std::string_view school_id,
                                                                  bool open_only) = 0;
    // Closes an open task with outcome, note, who and when (kNotFound if not open).
    virtual core::Status CloseTakedown(const TakedownTask& task) = 0;
};

}  // namespace steward::domain
