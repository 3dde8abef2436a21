// SqlPostStore: the posts room's store port (posts, post_pupils, post_checks, post_events,
// takedown tasks) in SQL shared by SQLite and PostgreSQL. Split over posts_store.cpp (posts,
// checks, history) and posts_store_takedowns.cpp (takedown tasks).
#pragma once

#include "domain/posts/posts_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlPostStore final : public domain::PostStore {
  public:
    explicit SqlPostStore(Connection& connection) : connection_(connection) {}

    core::Status InsertPost(const domain::Post& post) override;
    core::Status UpdatePost(const domain::Post& post) override;
    core::Result<std::optional<domain::Post>> FindPost(std::string_view school_id,
                                                       std::string_view post_id) override;
    core::Result<std::vector<domain::Post>> ListPosts(
        std::string_view school_id, std::optional<domain::PostState> state) override;
    core::Result<std::vector<domain::Post>> PublishedPostsShowing(
        std::string_view school_id, std::string_view pupil_id) override;

    core::Status AddCheck(const domain::PostCheckRecord& check) override;
    core::Result<std::optional<domain::PostCheckRecord>> LatestCheck(
        std::string_view post_id) override;
    core::Result<domain::PostCheckStats> CountChecks(std::string_view school_id,
                                                     core::TimePoint from,
                                                     core::TimePoint to) override;

    core::Status AddEvent(const domain::PostEvent& event) override;
    core::Result<std::vector<domain::PostEvent>> ListEvents(std::string_view post_id) override;

    core::Status InsertTakedown(const domain::TakedownTask& task) override;
    core::Result<std::optional<domain::TakedownTask>> FindTakedown(
        std::string_view school_id, std::string_view task_id) override;
    core::Result<std::vector<domain::TakedownTask>> ListTakedowns(std::string_view school_id,
                                                                  bool open_only) override;
    core::Status CloseTakedown(const domain::TakedownTask& task) override;

  private:
    core::Status WritePupils(const domain::Post& post);
    core::Result<std::vector<domain::Post>> PostsFrom(const Rows& rows);
    core::Result<std::vector<domain::TakedownTask>> TasksFrom(const Rows& rows);

    Connection& connection_;
};

}  // namespace steward::store::sql
