// What the comment routes (comments.cpp) and the Meta webhook (webhooks.cpp) share: one intake
// per server (it screens with ApiEnvironment::screeners), the school's pack lookup, and the
// webhook settings. Built by RegisterCommentRoutes and captured by every route it adds.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "api/auth/api_environment.hpp"
#include "api/server/router.hpp"
#include "core/result.hpp"
#include "domain/comments/comment_intake.hpp"

namespace steward::api {

// Meta app settings for POST /webhooks/meta. Never logged.
struct MetaWebhookSettings {
    std::string app_secret;    // signs X-Hub-Signature-256; empty = every delivery is refused
    std::string verify_token;  // the subscription handshake's hub.verify_token
    std::chrono::seconds max_age{std::chrono::hours(24)};  // older entry[].time is a replay
    std::size_t max_body_bytes = 512 * 1024;                // larger deliveries get 413
};

// Reads the settings from the environment (STEWARD_META_APP_SECRET, STEWARD_META_VERIFY_TOKEN)
// and then, when `file` is not empty, from that file, whose lines `app_secret = ...` and
// `verify_token = ...` override them (blank lines and # comments allowed). kNotFound when the
// file cannot be read, kInvalidInput naming the line of an unknown key. Values are never put
// in messages.
core::Result<MetaWebhookSettings> LoadMetaWebhookSettings(const std::string& file);

// MON-04: runs domain::RunDueChecks every `interval` on a thread of its own (never an I/O
// thread) until destroyed; failures are logged (error code only) and retried next time.
class DueCheckRunner {
  public:
    DueCheckRunner(ApiEnvironment& environment, domain::PackLookup packs,
                   std::chrono::seconds interval);
    ~DueCheckRunner();  // stops the thread and waits for a check in progress
    DueCheckRunner(const DueCheckRunner&) = delete;
    DueCheckRunner& operator=(const DueCheckRunner&) = delete;

  private:
    void Loop(std::chrono::seconds interval);

    ApiEnvironment& environment_;
    domain::PackLookup packs_;
    std::mutex mutex_;  // guards stopping_
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

// How often the server runs the due check: STEWARD_DUE_CHECK_SECONDS (default 60; 0 turns it
// off, e.g. when `steward comments due-check` runs from cron instead).
std::chrono::seconds DueCheckInterval();

class CommentServices {
  public:
    CommentServices(ApiEnvironment& environment, MetaWebhookSettings webhooks);

    ApiEnvironment& environment;
    domain::CommentIntake intake;
    const MetaWebhookSettings webhooks;
    std::unique_ptr<DueCheckRunner> due_checks;  // null when DueCheckInterval() is 0

    // The pack of `school` (by its id, else its trust's), or null.
    const policy::PolicyPack* PackOf(const domain::School& school) const;
};

// Adds GET and POST /webhooks/meta (no session: the signature is the authentication).
void AddWebhookRoutes(Router& router, std::shared_ptr<CommentServices> services);

// Adds GET /api/schools/{school_id}/comments/alerts (comments_alerts.cpp).
void AddCommentAlertRoutes(Router& router, std::shared_ptr<CommentServices> services);

}  // namespace steward::api
