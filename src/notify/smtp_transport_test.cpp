// SmtpTransport against a real SMTP listener on loopback (smtp_test_server.hpp): the message
// libcurl puts on the wire, a server that is down, and the outbox delivered through it.
#include "notify/smtp_transport.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "notify/smtp_test_server.hpp"

namespace steward::notify {
namespace {

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

SmtpSettings SettingsFor(const std::string& url) {
    SmtpSettings settings;
    settings.url = url;
    settings.from = "steward@kenn.example.org";
    settings.timeout = std::chrono::seconds(5);
    return settings;
}

domain::OutgoingMail UrgentMail() {
    return {"dsl@kenn.example.org", "[Steward] URGENT: a safeguarding disclosure",
            "Case case-1 was routed to you.\n.leading dot line\nOpen Steward.", true, "ntf-1/dsl1"};
}

// Req: INC-05
TEST(SmtpTransport, DeliversTheMessageOverRealSmtp) {
    testing::FakeSmtpServer server;
    SmtpTransport transport(SettingsFor(server.url()), kClock);
    ASSERT_TRUE(transport.Send(UrgentMail()));
    auto mails = server.mails();
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].mail_from, "<steward@kenn.example.org>");
    ASSERT_EQ(mails[0].recipients.size(), 1u);
    EXPECT_EQ(mails[0].recipients[0], "<dsl@kenn.example.org>");
    const std::string& data = mails[0].data;
    EXPECT_NE(data.find("Subject: [Steward] URGENT: a safeguarding disclosure\r\n"),
              std::string::npos);
    EXPECT_NE(data.find("To: <dsl@kenn.example.org>\r\n"), std::string::npos);
    EXPECT_NE(data.find("Importance: high\r\n"), std::string::npos);
    EXPECT_NE(data.find("Message-ID: <ntf-1.dsl1@kenn.example.org>\r\n"), std::string::npos);
    EXPECT_NE(data.find("Case case-1 was routed to you.\r\n.leading dot line\r\nOpen Steward.\r\n"),
              std::string::npos);
}

TEST(SmtpTransport, ServerDownIsUnavailableAndSaysSoWithoutTheUrl) {
    std::string url;
    {
        testing::FakeSmtpServer gone;  // a port that was just free: nothing listens there now
        url = gone.url();
    }
    SmtpSettings settings = SettingsFor(url);
    settings.password = "secret-password";
    SmtpTransport transport(settings, kClock);
    auto sent = transport.Send(UrgentMail());
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, core::ErrorCode::kUnavailable);
    EXPECT_EQ(sent.error().message.find(url), std::string::npos);
    EXPECT_EQ(sent.error().message.find("secret-password"), std::string::npos);
}

TEST(SmtpTransport, HeaderValuesCannotCarryNewLines) {
    domain::OutgoingMail mail = UrgentMail();
    mail.subject = "Hello\r\nBcc: someone@else.org";
    const std::string text = FormatMessage(SettingsFor("smtp://x"), mail, kClock.Now());
    EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos);
    mail.to = "a@b.org\r\nRCPT TO:<x@y.org>";
    SmtpTransport transport(SettingsFor("smtp://127.0.0.1:1"), kClock);
    auto sent = transport.Send(mail);
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, core::ErrorCode::kInvalidInput);
}

TEST(SmtpSettings, ComeFromTheEnvironment) {
    ::unsetenv("STEWARD_SMTP_URL");
    auto none = SmtpSettingsFromEnvironment();
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);
    ::setenv("STEWARD_SMTP_URL", "http://mail", 1);
    EXPECT_FALSE(SmtpSettingsFromEnvironment());
    ::setenv("STEWARD_SMTP_URL", "smtp://127.0.0.1:2525", 1);
    ::setenv("STEWARD_SMTP_FROM", "office@school.org", 1);
    auto set = SmtpSettingsFromEnvironment();
    ASSERT_TRUE(set && *set);
    EXPECT_EQ((*set)->from, "office@school.org");
    ::unsetenv("STEWARD_SMTP_URL");
    ::unsetenv("STEWARD_SMTP_FROM");
}

}  // namespace
}  // namespace steward::notify
