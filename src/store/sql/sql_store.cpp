// SqlStore: begin, run the use case, commit or roll back.
#include "store/sql/sql_store.hpp"

#include "store/sql/access_store.hpp"
#include "store/sql/posts_store.hpp"
#include "store/sql/accounts_store.hpp"
#include "store/sql/audit_store.hpp"
#include "store/sql/cases_store.hpp"
#include "store/sql/comments_store.hpp"
#include "store/sql/consent_store.hpp"
#include "store/sql/media_store.hpp"
#include "store/sql/schools_store.hpp"
#include "store/sql/notify_store.hpp"

namespace steward::store::sql {
namespace {

// The room stores of one transaction, all on the same connection.
// Adding a room: one accessor line and one member line, each after its marker comment.
class SqlTx final : public domain::Tx {
  public:
    explicit SqlTx(Connection& connection) : connection_(connection) {}
    // Room accessors (one line per room):
    domain::PostStore& Posts() override { return posts_; }
    domain::MediaStore& Media() override { return media_; }
    domain::CasesStore& Cases() override { return cases_; }
    domain::CommentStore& Comments() override { return comments_; }
    domain::AccountStore& Accounts() override { return accounts_; }
    domain::AuditStore& Audit() override { return audit_; }
    domain::AccessStore& Access() override { return access_; }
    domain::ConsentStore& Consent() override { return consent_; }
    domain::SchoolStore& Schools() override { return schools_; }
    domain::NotificationStore& Notifications() override { return notifications_; }

  private:
    Connection& connection_;
    // Room stores (one line per room), all on connection_:
    SqlPostStore posts_{connection_};
    SqlMediaStore media_{connection_};
    SqlCasesStore cases_{connection_};
    SqlCommentStore comments_{connection_};
    SqlAccountStore accounts_{connection_};
    SqlAuditStore audit_{connection_};
    SqlAccessStore access_{connection_};
    SqlConsentStore consent_{connection_};
    SqlSchoolStore schools_{connection_};
    SqlNotificationStore notifications_{connection_};
};

}  // namespace

core::Status SqlStore::RunTransaction(const Body& body, domain::AccessMode mode) {
    auto lease = pool_->Acquire();
    if (!lease) return lease.error();
    Connection& connection = **lease;
    if (auto begun = connection.Begin(mode); !begun) return begun;
    SqlTx tx(connection);
    core::Status result;
    try {
        result = body(tx);
    } catch (...) {
        (void)connection.Rollback();  // the exception is a bug or an outage: rethrown as is
        throw;
    }
    if (!result) {
        (void)connection.Rollback();
        return result;
    }
    if (auto committed = connection.Commit(); !committed) {
        (void)connection.Rollback();
        return committed;
    }
    return core::OkStatus();
}

}  // namespace steward::store::sql
