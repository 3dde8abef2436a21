// The per-connection loop. Deadlines: waiting for a request's first byte uses idle_timeout
// (read_timeout for a new connection); from the first byte to the last, read_timeout, so a
// client that trickles its headers is cut off however slowly it sends. Handlers run only after a
// whole request is read, so a slow client never holds a worker thread.
#include "api/server/connection.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/url/parse.hpp>

#include "api/error_mapping.hpp"
#include "api/server/beast_convert.hpp"
#include "api/server/dispatcher.hpp"
#include "api/server/metrics.hpp"

namespace steward::api {
namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace {

constexpr auto kTuple = net::as_tuple(net::use_awaitable);
constexpr std::size_t kReadChunk = 4096;
constexpr std::chrono::milliseconds kLingerTime{500};

// A parse error the client should hear about, as status, code and message; status 0 means
// just close (the client went away, timed out, or the server is stopping).
struct ReadFailure {
    int status = 0;
    std::string_view code;
    std::string_view message;
};

ReadFailure Classify(const boost::system::error_code& ec) {
    if (ec == http::error::header_limit) {
        return {431, "header_too_large", "The request headers are too large."};
    }
    if (ec == http::error::body_limit) {
        return {413, "body_too_large", "The request body is too large; send a smaller one."};
    }
    if (ec.category() == boost::system::error_code(http::error::end_of_stream).category() &&
        ec != http::error::end_of_stream && ec != http::error::partial_message) {
        return {400, "bad_request", "The request is not valid HTTP/1.1."};
    }
    return {};
}

// The body limit of the route the request line names (RouteInfo::max_body_bytes), else the
// server's. An unparsable target gets the server's; the dispatcher answers it.
std::size_t BodyLimitFor(const Services& services, const BeastRequest& header) {
    const std::size_t server_limit = services.config.max_body_bytes;
    const auto url = boost::urls::parse_origin_form(header.target());
    if (!url) return server_limit;
    return services.router.BodyLimit(ParseMethod(header.method_string()), url->path(),
                                     server_limit);
}

}  // namespace

void ConnectionHub::Add(const std::shared_ptr<Connection>& connection) {
    std::lock_guard lock(mutex_);
    connections_.insert(connection);
}

void ConnectionHub::Remove(const std::shared_ptr<Connection>& connection) {
    std::lock_guard lock(mutex_);
    connections_.erase(connection);
    if (connections_.empty()) emptied_.notify_all();
}

std::size_t ConnectionHub::size() const {
    std::lock_guard lock(mutex_);
    return connections_.size();
}

void ConnectionHub::StopAll(bool force) {
    stopping_.store(true);
    std::lock_guard lock(mutex_);
    for (const auto& connection : connections_) connection->Stop(force);
}

bool ConnectionHub::WaitUntilEmpty(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return emptied_.wait_for(lock, timeout, [this] { return connections_.empty(); });
}

Connection::Connection(net::ip::tcp::socket socket, ConnectionHub& hub)
    : stream_(std::move(socket)), hub_(hub) {
    boost::system::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_address_ = endpoint.address().to_string();
}

void Connection::Stop(bool force) {
    net::post(stream_.get_executor(), [self = shared_from_this(), force] {
        if (force || !self->busy_) self->stream_.cancel();
        if (force) {
            boost::system::error_code ignored;
            self->stream_.socket().close(ignored);
        }
    });
}

net::awaitable<void> Connection::Run() {
    hub_.services().metrics.ConnectionOpened();
    beast::flat_buffer buffer;
    bool first = true;
    while (!hub_.stopping()) {
        const bool keep_going = co_await ServeOne(buffer, first);
        if (!keep_going) break;
        first = false;
    }
    boost::system::error_code ignored;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    stream_.socket().close(ignored);
    hub_.services().metrics.ConnectionClosed();
}

// Reads one request and answers it. Returns false when the connection should close.
net::awaitable<bool> Connection::ServeOne(beast::flat_buffer& buffer, bool first) {
    const ServerConfig& config = hub_.services().config;
    if (buffer.size() == 0) {
        stream_.expires_after(first ? config.read_timeout : config.idle_timeout);
        auto [ec, bytes] = co_await stream_.async_read_some(buffer.prepare(kReadChunk), kTuple);
        if (ec) co_return false;
        buffer.commit(bytes);
    }
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(config.max_header_bytes));
    // Beast judges a declared Content-Length when the header ends, before we know the route: the
    // header passes under the largest limit, then the route's own is applied below.
    const Router& router = hub_.services().router;
    parser.body_limit(std::max(config.max_body_bytes, router.LargestRouteBodyLimit()));
    stream_.expires_after(config.read_timeout);
    auto [ec, bytes] = co_await http::async_read_header(stream_, buffer, parser, kTuple);
    if (!ec) {
        const std::size_t limit = BodyLimitFor(hub_.services(), parser.get());
        const auto declared = parser.content_length();
        if (declared && *declared > limit) {
            ec = http::error::body_limit;
        } else {
            parser.body_limit(limit);  // counts down as a chunked body arrives
        }
    }
    if (!ec && parser.get()[http::field::expect] == "100-continue") {
        http::response<http::empty_body> proceed{http::status::continue_, 11};
        std::tie(ec, bytes) = co_await http::async_write(stream_, proceed, kTuple);
    }
    if (!ec && !parser.is_done()) {
        std::tie(ec, bytes) = co_await http::async_read(stream_, buffer, parser, kTuple);
    }
    if (ec) {
        const ReadFailure failure = Classify(ec);
        if (failure.status != 0)
            co_await WriteErrorAndClose(failure.status, failure.code, failure.message);
        co_return false;
    }
    busy_ = true;
    BeastRequest message = parser.release();
    const unsigned version = message.version();
    const bool wants_keep_alive = message.keep_alive();
    auto request = FromBeast(std::move(message));
    Response response;
    if (!request) {
        response = ErrorResponse(request.error());
    } else {
        request->remote_address = remote_address_;
        response = co_await Dispatch(hub_.services(), *request, NewRequestId());
    }
    const bool keep_alive = request && wants_keep_alive && !hub_.stopping();
    auto reply = ToBeast(std::move(response), version, keep_alive);
    if (request && request->method == Method::kHead) {  // same headers as GET, no body
        const std::size_t length = reply.body().size();
        reply.body().clear();
        reply.content_length(length);
    }
    stream_.expires_after(config.write_timeout);
    auto [write_ec, written] = co_await http::async_write(stream_, reply, kTuple);
    busy_ = false;
    co_return !write_ec && keep_alive;
}

// Sends a protocol error with Connection: close, then reads and discards what the client is
// still sending for a moment, so that closing does not reset the connection before the client
// has read the answer.
net::awaitable<void> Connection::WriteErrorAndClose(int status, std::string_view code,
                                                    std::string_view message) {
    auto reply = ToBeast(ProtocolErrorResponse(status, code, message), 11, false);
    stream_.expires_after(hub_.services().config.write_timeout);
    auto [ec, written] = co_await http::async_write(stream_, reply, kTuple);
    if (ec) co_return;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
    stream_.expires_after(kLingerTime);
    std::array<char, kReadChunk> discard{};
    while (true) {
        auto [read_ec, bytes] = co_await stream_.async_read_some(net::buffer(discard), kTuple);
        if (read_ec) break;
    }
}

net::awaitable<void> RefuseConnection(net::ip::tcp::socket socket) {
    beast::tcp_stream stream(std::move(socket));
    auto reply = ToBeast(
        ProtocolErrorResponse(503, "unavailable", "The server is busy; try again in a moment."), 11,
        false);
    reply.set(http::field::retry_after, "1");
    stream.expires_after(std::chrono::seconds(2));
    auto [ec, written] = co_await http::async_write(stream, reply, kTuple);
    stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
}

}  // namespace steward::api
