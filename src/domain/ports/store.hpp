// Store: the one persistence port (STYLE.md section 7). A use case runs inside Store::Transact and
// reaches each room's store through the transaction: tx.Audit(), tx.Access().
// Engines: store/sqlite and store/postgres; open one with store::OpenStore(url)
// (store/open_store.hpp).
#pragma once

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#include "core/result.hpp"
#include "domain/access/access_store.hpp"
#include "domain/audit/audit_store.hpp"
// Room store headers (one line per room):
#include "domain/posts/posts_store.hpp"
#include "domain/media_items/media_store.hpp"
#include "domain/cases/case_store.hpp"
#include "domain/comments/comment_store.hpp"
#include "domain/consent/consent_store.hpp"
#include "domain/accounts/account_store.hpp"
#include "domain/schools/school_store.hpp"
#include "domain/notify/notification_store.hpp"

namespace steward::domain {

// One open transaction. Valid only inside the body passed to Store::Transact, on that thread.
class Tx {
  public:
    virtual ~Tx() = default;
    // Room stores (one line per room; the room's header is included above):
    virtual PostStore& Posts() = 0;
    virtual MediaStore& Media() = 0;
    virtual CasesStore& Cases() = 0;
    virtual CommentStore& Comments() = 0;
    virtual AccountStore& Accounts() = 0;
    virtual AuditStore& Audit() = 0;
    virtual AccessStore& Access() = 0;
    virtual ConsentStore& Consent() = 0;
    virtual SchoolStore& Schools() = 0;
    virtual NotificationStore& Notifications() = 0;
};

// Whether a transaction may write. Read-only transactions do not queue behind writers on SQLite.
enum class AccessMode { kReadWrite, kReadOnly };

class Store {
  public:
    using Body = std::function<core::Status(Tx&)>;

    virtual ~Store() = default;

    // Runs `body` in one transaction: commits when it returns OK, rolls back when it returns an
    // error (which is returned) or throws (the exception propagates after the rollback).
    // Returns kUnavailable when the database cannot begin or commit, kConflict when a concurrent
    // writer kept the database locked past the busy timeout. Thread-safe: each call takes its own
    // connection from the engine's pool (or waits for one).
    // A kReadOnly transaction sees one consistent snapshot; a write inside it fails.
    virtual core::Status RunTransaction(const Body& body, AccessMode mode) = 0;

    // Runs `body` (Tx& -> Status or Result<T>) in one transaction; see RunTransaction.
    // store.Transact([&](Tx& tx) -> core::Status { ... });
    // auto id = store.Transact([&](Tx& tx) -> core::Result<std::string> { ... });
    template <class Fn>
    std::invoke_result_t<Fn&, Tx&> Transact(Fn&& body) {
        return Run(std::forward<Fn>(body), AccessMode::kReadWrite);
    }

    // Like Transact, for use cases that only read (most GET requests, VerifyChain).
    template <class Fn>
    std::invoke_result_t<Fn&, Tx&> Read(Fn&& body) {
        return Run(std::forward<Fn>(body), AccessMode::kReadOnly);
    }

  private:
    template <class Fn>
    std::invoke_result_t<Fn&, Tx&> Run(Fn&& body, AccessMode mode) {
        using R = std::invoke_result_t<Fn&, Tx&>;
        if constexpr (std::is_same_v<R, core::Status>) {
            return RunTransaction(Body(std::forward<Fn>(body)), mode);
        } else {
            std::optional<R> out;
            core::Status status = RunTransaction(
                [&](Tx& tx) -> core::Status {
                    out.emplace(body(tx));
                    if (!out->has_value()) return out->error();
                    return core::OkStatus();
                },
                mode);
            if (!status.has_value()) return status.error();
            return std::move(*out);
        }
    }
};

}  // namespace steward::domain
