// SqlCommentStore: the comments room's store port in SQL shared by SQLite and PostgreSQL.
#pragma once

#include "domain/comments/comment_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlCommentStore final : public domain::CommentStore {
  public:
    explicit SqlCommentStore(Connection& connection) : connection_(connection) {}

    core::Status InsertComment(const domain::Comment& comment) override;
    core::Result<std::optional<domain::Comment>> FindByPlatformId(
        domain::Platform platform, std::string_view platform_comment_id) override;
    core::Result<std::optional<domain::Comment>> GetComment(std::string_view school_id,
                                                            std::string_view comment_id) override;
    core::Status UpdateComment(const domain::Comment& comment) override;
    core::Status InsertAction(const domain::CommentAction& action) override;
    core::Result<std::vector<domain::CommentAction>> ListActions(
        std::string_view comment_id) override;
    core::Result<domain::QueuePage> ListQueue(const domain::QueueFilter& filter,
                                              core::TimePoint now) override;
    core::Result<std::vector<domain::Comment>> ListFlagged(
        std::string_view school_id, const std::vector<std::string>& categories,
        core::TimePoint from, core::TimePoint to) override;
    core::Result<std::vector<domain::ResponseTiming>> ListTimings(std::string_view school_id,
                                                                  std::string_view account_id,
                                                                  core::TimePoint from,
                                                                  core::TimePoint to) override;
    core::Result<std::vector<domain::Comment>> ListPendingAlerts(core::TimePoint now,
                                                                 int limit) override;
    core::Result<bool> ClaimWarning(std::string_view comment_id, core::TimePoint at) override;
    core::Result<bool> ClaimEscalation(std::string_view comment_id, policy::Role role,
                                       core::TimePoint at) override;
    core::Status InsertAlert(const domain::CommentAlert& alert) override;
    core::Result<std::vector<domain::CommentAlert>> ListAlerts(
        std::string_view school_id, std::string_view person_id,
        const std::vector<policy::Role>& roles, bool unanswered_only, int limit) override;
    core::Result<std::vector<domain::Comment>> ListNamingPupilsOr(
        std::string_view school_id, const std::vector<std::string>& comment_ids) override;
    core::Status RecordDelivery(std::string_view body_sha256, std::string_view source,
                                core::TimePoint at, int comments) override;

  private:
    core::Result<std::vector<domain::Comment>> Query(std::string_view where,
                                                     const std::vector<Value>& params);

    Connection& connection_;
};

}  // namespace steward::store::sql
