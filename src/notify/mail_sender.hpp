// MailSender: the server's loop that delivers the outbox (domain::DeliverPending) every few
// seconds on a thread of its own, until destroyed. `steward serve` starts one with
// StartMailSender(); without STEWARD_SMTP_URL none runs and notifications stay pending (and are
// listed as such by GET /api/schools/{id}/notifications).
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include "core/clock.hpp"
#include "domain/notify/outbox.hpp"
#include "domain/ports/store.hpp"

namespace steward::notify {

class MailSender {
  public:
    MailSender(domain::Store& store, const core::Clock& clock,
               std::unique_ptr<domain::MailTransport> transport, std::chrono::seconds interval,
               domain::DeliveryOptions options = {});
    ~MailSender();  // stops the thread and waits for a pass in progress
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

  private:
    void Loop(std::chrono::seconds interval);

    domain::Store& store_;
    const core::Clock& clock_;
    std::unique_ptr<domain::MailTransport> transport_;
    domain::DeliveryOptions options_;
    std::mutex mutex_;  // guards stopping_
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

// Starts the sender from the environment: STEWARD_SMTP_URL etc. (smtp_transport.hpp) and
// STEWARD_MAIL_SECONDS (seconds between passes, default 10). Returns null, after logging why
// (never the URL), when no URL is set or the settings are invalid.
std::unique_ptr<MailSender> StartMailSender(domain::Store& store, const core::Clock& clock);

}  // namespace steward::notify
