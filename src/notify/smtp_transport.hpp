// SmtpTransport: domain::MailTransport by SMTP through libcurl (DESIGN.md: outgoing mail).
// Settings from the environment: STEWARD_SMTP_URL (smtp://host:port or smtps://…; unset = no mail
// is sent and notifications stay pending), STEWARD_SMTP_FROM (default steward@localhost),
// STEWARD_SMTP_USER and STEWARD_SMTP_PASSWORD (optional). The URL and password are never logged
// and never put in an error message.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/notify/outbox.hpp"

namespace steward::notify {

struct SmtpSettings {
    std::string url;  // smtp://127.0.0.1:2525
    std::string from = "steward@localhost";
    std::string username;
    std::string password;
    std::chrono::seconds timeout{20};
};

// The settings from the environment, or nullopt when STEWARD_SMTP_URL is unset or empty.
// kInvalidInput when the URL is not smtp:// or smtps://, or the from address has no @.
core::Result<std::optional<SmtpSettings>> SmtpSettingsFromEnvironment();

// The RFC 5322 message (CRLF lines): Date, From, To, Subject, Message-ID, an urgent mail's
// Importance/X-Priority headers, then the body. CR and LF are removed from header values.
std::string FormatMessage(const SmtpSettings& settings, const domain::OutgoingMail& mail,
                          core::TimePoint date);

class SmtpTransport final : public domain::MailTransport {
  public:
    SmtpTransport(SmtpSettings settings, const core::Clock& clock);

    // One SMTP session per mail (EHLO, MAIL, RCPT, DATA, QUIT). kUnavailable with curl's reason
    // when the server cannot be reached or refuses; kInvalidInput for an address with CR/LF/<>.
    core::Status Send(const domain::OutgoingMail& mail) override;

  private:
    SmtpSettings settings_;
    const core::Clock& clock_;
};

}  // namespace steward::notify
