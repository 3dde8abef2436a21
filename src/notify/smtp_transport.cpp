// SmtpTransport over libcurl's SMTP client.
#include "notify/smtp_transport.hpp"

#include <curl/curl.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>

namespace steward::notify {
namespace {

std::string Env(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

std::string OneLine(std::string_view text) {
    std::string out;
    for (char c : text) out += (c == '\r' || c == '\n') ? ' ' : c;
    return out;
}

std::string WithCrlf(std::string_view body) {
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\n' && (i == 0 || body[i - 1] != '\r')) out += '\r';
        out += body[i];
    }
    if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
    return out;
}

std::string RfcDate(core::TimePoint at) {
    const std::time_t seconds = at.time_since_epoch().count();
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::strftime(text, sizeof(text), "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return text;
}

bool PlainAddress(std::string_view address) {
    return address.find('@') != std::string_view::npos &&
           address.find_first_of("\r\n<> ") == std::string_view::npos;
}

// The message being uploaded, read by libcurl in pieces.
struct Upload {
    std::string text;
    std::size_t offset = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* upload = static_cast<Upload*>(user);
    const std::size_t room = size * count;
    const std::size_t left = upload->text.size() - upload->offset;
    const std::size_t n = left < room ? left : room;
    std::memcpy(buffer, upload->text.data() + upload->offset, n);
    upload->offset += n;
    return n;
}

void InitialiseCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

core::Result<std::optional<SmtpSettings>> SmtpSettingsFromEnvironment() {
    SmtpSettings settings;
    settings.url = Env("STEWARD_SMTP_URL");
    if (settings.url.empty()) return std::optional<SmtpSettings>();
    if (settings.url.rfind("smtp://", 0) != 0 && settings.url.rfind("smtps://", 0) != 0) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "STEWARD_SMTP_URL must start with smtp:// or smtps://, e.g. "
                           "smtp://127.0.0.1:2525.",
                           "STEWARD_SMTP_URL"};
    }
    if (const std::string from = Env("STEWARD_SMTP_FROM"); !from.empty()) settings.from = from;
    if (!PlainAddress(settings.from)) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "STEWARD_SMTP_FROM must be one plain address, e.g. steward@school.org.",
                           "STEWARD_SMTP_FROM"};
    }
    settings.username = Env("STEWARD_SMTP_USER");
    settings.password = Env("STEWARD_SMTP_PASSWORD");
    return std::optional<SmtpSettings>(std::move(settings));
}

std::string FormatMessage(const SmtpSettings& settings, const domain::OutgoingMail& mail,
                          core::TimePoint date) {
    std::string domain = settings.from.substr(settings.from.find('@') + 1);
    std::string reference = OneLine(mail.reference);
    for (char& c : reference) {
        if (c == '/' || c == '@' || c == '<' || c == '>') c = '.';
    }
    std::string text = "Date: " + RfcDate(date) + "\r\n";
    text += "From: Steward <" + OneLine(settings.from) + ">\r\n";
    text += "To: <" + OneLine(mail.to) + ">\r\n";
    text += "Subject: " + OneLine(mail.subject) + "\r\n";
    text += "Message-ID: <" + reference + "@" + OneLine(domain) + ">\r\n";
    if (mail.urgent) text += "Importance: high\r\nX-Priority: 1\r\n";
    text +=
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n";
    return text + WithCrlf(mail.body);
}

SmtpTransport::SmtpTransport(SmtpSettings settings, const core::Clock& clock)
    : settings_(std::move(settings)), clock_(clock) {
    InitialiseCurlOnce();
}

core::Status SmtpTransport::Send(const domain::OutgoingMail& mail) {
    if (!PlainAddress(mail.to)) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The recipient's email address is not one plain address; correct it "
                           "in the people register.",
                           "email"};
    }
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) return core::Error{core::ErrorCode::kInternal, "libcurl could not start."};
    Upload upload{FormatMessage(settings_, mail, clock_.Now())};
    const std::string from = "<" + settings_.from + ">";
    const std::string to = "<" + mail.to + ">";
    curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, settings_.url.c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, ReadUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(settings_.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    if (!settings_.username.empty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, settings_.username.c_str());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, settings_.password.c_str());
    }
    const CURLcode code = curl_easy_perform(handle);
    curl_slist_free_all(recipients);
    if (code != CURLE_OK) {
        return core::Error{core::ErrorCode::kUnavailable,
                           std::string("The mail server did not take the message: ") +
                               curl_easy_strerror(code) + ".",
                           "STEWARD_SMTP_URL"};
    }
    return core::OkStatus();
}

}  // namespace steward::notify
