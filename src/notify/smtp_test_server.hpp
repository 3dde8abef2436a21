// FakeSmtpServer (test only): a loopback SMTP listener on 127.0.0.1:0 that speaks real SMTP
// (220 greeting, EHLO/HELO, MAIL FROM, RCPT TO, DATA ... CRLF.CRLF, RSET, NOOP, QUIT) and keeps
// each message it accepted, so tests see exactly what the real sender put on the wire.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace steward::notify::testing {

struct ReceivedMail {
    std::string helo;
    std::string mail_from;                // the MAIL FROM argument, e.g. "<steward@school.org>"
    std::vector<std::string> recipients;  // RCPT TO arguments
    std::string data;                     // the DATA lines, CRLF kept, dot-stuffing undone
};

class FakeSmtpServer {
  public:
    FakeSmtpServer() {
        listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof(address));
        ::listen(listener_, 8);
        socklen_t length = sizeof(address);
        ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this] { Serve(); });
    }
    ~FakeSmtpServer() {
        stopping_ = true;
        thread_.join();
        ::close(listener_);
    }
    FakeSmtpServer(const FakeSmtpServer&) = delete;
    FakeSmtpServer& operator=(const FakeSmtpServer&) = delete;

    std::uint16_t port() const { return port_; }
    std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
    std::vector<ReceivedMail> mails() {
        std::lock_guard lock(mutex_);
        return mails_;
    }

  private:
    void Serve() {
        while (!stopping_) {
            pollfd ready{listener_, POLLIN, 0};
            if (::poll(&ready, 1, 50) <= 0) continue;
            const int client = ::accept(listener_, nullptr, nullptr);
            if (client < 0) continue;
            Session(client);
            ::close(client);
        }
    }

    // Reads one CRLF-terminated line; false when the client went away or 5 s passed.
    bool ReadLine(int client, std::string& buffer, std::string& line) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        for (;;) {
            const auto end = buffer.find("\r\n");
            if (end != std::string::npos) {
                line = buffer.substr(0, end);
                buffer.erase(0, end + 2);
                return true;
            }
            if (stopping_ || std::chrono::steady_clock::now() > deadline) return false;
            pollfd ready{client, POLLIN, 0};
            if (::poll(&ready, 1, 50) <= 0) continue;
            char chunk[4096];
            const ssize_t n = ::recv(client, chunk, sizeof(chunk), 0);
            if (n <= 0) return false;
            buffer.append(chunk, static_cast<std::size_t>(n));
        }
    }

    static void Reply(int client, const std::string& text) {
        ::send(client, text.data(), text.size(), MSG_NOSIGNAL);
    }

    static bool Starts(const std::string& line, const char* verb) {
        const std::string prefix(verb);
        if (line.size() < prefix.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            if (std::toupper(static_cast<unsigned char>(line[i])) != prefix[i]) return false;
        }
        return true;
    }

    void Session(int client) {
        Reply(client, "220 fake.smtp ESMTP ready\r\n");
        std::string buffer, line;
        ReceivedMail mail;
        while (ReadLine(client, buffer, line)) {
            if (Starts(line, "EHLO")) {
                mail.helo = line.substr(5);
                Reply(client, "250-fake.smtp greets you\r\n250-8BITMIME\r\n250 SIZE 1000000\r\n");
            } else if (Starts(line, "HELO")) {
                mail.helo = line.substr(5);
                Reply(client, "250 fake.smtp\r\n");
            } else if (Starts(line, "MAIL FROM:")) {
                mail.mail_from = line.substr(10);
                Reply(client, "250 OK\r\n");
            } else if (Starts(line, "RCPT TO:")) {
                mail.recipients.push_back(line.substr(8));
                Reply(client, "250 OK\r\n");
            } else if (Starts(line, "DATA")) {
                Reply(client, "354 End data with <CR><LF>.<CR><LF>\r\n");
                std::string data;
                while (ReadLine(client, buffer, line) && line != ".") {
                    if (!line.empty() && line[0] == '.') line.erase(0, 1);
                    data += line + "\r\n";
                }
                mail.data = data;
                {
                    std::lock_guard lock(mutex_);
                    mails_.push_back(mail);
                }
                mail = ReceivedMail{mail.helo, {}, {}, {}};
                Reply(client, "250 OK queued\r\n");
            } else if (Starts(line, "RSET") || Starts(line, "NOOP")) {
                Reply(client, "250 OK\r\n");
            } else if (Starts(line, "QUIT")) {
                Reply(client, "221 Bye\r\n");
                return;
            } else {
                Reply(client, "502 Command not implemented\r\n");
            }
        }
    }

    int listener_ = -1;
    std::uint16_t port_ = 0;
    std::atomic<bool> stopping_{false};
    std::mutex mutex_;  // guards mails_
    std::vector<ReceivedMail> mails_;
    std::thread thread_;
};

}  // namespace steward::notify::testing
