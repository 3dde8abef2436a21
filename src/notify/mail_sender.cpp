// MailSender and StartMailSender.
#include "notify/mail_sender.hpp"

#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdlib>
#include <cstring>

#include "notify/smtp_transport.hpp"

namespace steward::notify {
namespace {

std::chrono::seconds MailInterval() {
    constexpr std::chrono::seconds kDefault{10};
    const char* text = std::getenv("STEWARD_MAIL_SECONDS");
    if (text == nullptr || *text == '\0') return kDefault;
    long seconds = 0;
    const auto [end, ec] = std::from_chars(text, text + std::strlen(text), seconds);
    if (ec != std::errc() || *end != '\0' || seconds < 1) {
        spdlog::warn("STEWARD_MAIL_SECONDS is not a whole number of seconds above 0; using 10");
        return kDefault;
    }
    return std::chrono::seconds(seconds);
}

}  // namespace

MailSender::MailSender(domain::Store& store, const core::Clock& clock,
                       std::unique_ptr<domain::MailTransport> transport,
                       std::chrono::seconds interval, domain::DeliveryOptions options)
    : store_(store), clock_(clock), transport_(std::move(transport)), options_(options) {
    thread_ = std::thread([this, interval] { Loop(interval); });
}

MailSender::~MailSender() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void MailSender::Loop(std::chrono::seconds interval) {
    for (;;) {
        try {
            auto report = domain::DeliverPending(store_, clock_, *transport_, options_);
            if (!report) {
                spdlog::warn("mail sender: the outbox could not be read ({})",
                             core::ErrorCodeName(report.error().code));
            } else if (report->delivered > 0 || report->failed > 0) {
                spdlog::info("mail sender: {} delivered, {} failed (retried later)",
                             report->delivered, report->failed);
            }
        } catch (const std::exception& e) {  // a bug or the database gone: keep serving
            spdlog::error("mail sender threw: {}", e.what());
        }
        std::unique_lock lock(mutex_);
        if (wake_.wait_for(lock, interval, [this] { return stopping_; })) return;
    }
}

std::unique_ptr<MailSender> StartMailSender(domain::Store& store, const core::Clock& clock) {
    auto settings = SmtpSettingsFromEnvironment();
    if (!settings) {
        spdlog::error("mail is off: {}", settings.error().message);
        return nullptr;
    }
    if (!*settings) {
        spdlog::info("mail is off (STEWARD_SMTP_URL is not set): notifications stay pending");
        return nullptr;
    }
    spdlog::info("mail sender started");
    return std::make_unique<MailSender>(
        store, clock, std::make_unique<SmtpTransport>(std::move(**settings), clock),
        MailInterval());
}

}  // namespace steward::notify
