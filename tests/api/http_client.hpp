// A small blocking HTTP/1.1 client over Beast for the API tests: one keep-alive connection to
// 127.0.0.1:<port>, plus a raw-bytes helper for malformed and slow requests.
#pragma once

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace steward::api::testing {

struct HttpResult {
    int status = 0;
    std::string body;
    boost::beast::http::response<boost::beast::http::string_body> message;

    std::string Header(std::string_view name) const {
        const auto found = message.find(name);
        return found == message.end() ? std::string() : std::string(found->value());
    }
};

class HttpClient {
  public:
    explicit HttpClient(std::uint16_t port) : socket_(io_) {
        socket_.connect({boost::asio::ip::make_address("127.0.0.1"), port});
    }

    // Sends one request on the kept-alive connection and reads the response.
    HttpResult Send(boost::beast::http::verb method, std::string_view target, std::string body = "",
                    const std::vector<std::pair<std::string, std::string>>& headers = {}) {
        namespace http = boost::beast::http;
        http::request<http::string_body> request{method, target, 11};
        request.set(http::field::host, "127.0.0.1");
        for (const auto& [name, value] : headers) request.set(name, value);
        request.body() = std::move(body);
        request.prepare_payload();
        http::write(socket_, request);
        HttpResult result;
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        if (method == http::verb::head) parser.skip(true);  // a HEAD reply has headers only
        http::read(socket_, buffer_, parser);
        result.message = parser.release();
        result.status = result.message.result_int();
        result.body = result.message.body();
        return result;
    }

    HttpResult Get(std::string_view target) { return Send(boost::beast::http::verb::get, target); }

    boost::asio::ip::tcp::socket& socket() { return socket_; }

  private:
    boost::asio::io_context io_;
    boost::asio::ip::tcp::socket socket_;
    boost::beast::flat_buffer buffer_;
};

// Writes `bytes` on a fresh connection and returns everything the server sends until it closes.
inline std::string RawExchange(std::uint16_t port, std::string_view bytes) {
    boost::asio::io_context io;
    boost::asio::ip::tcp::socket socket(io);
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), port});
    boost::asio::write(socket, boost::asio::buffer(bytes));
    std::string received;
    boost::system::error_code ec;
    boost::asio::read(socket, boost::asio::dynamic_buffer(received), ec);
    return received;
}

}  // namespace steward::api::testing
