// Connection: one client's keep-alive HTTP/1.1 session, run as a coroutine on its own strand,
// and ConnectionHub: the registry of open connections that graceful shutdown walks.
// Internal to the server; Beast and Asio types are fine here.
#pragma once

#include <atomic>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_set>

#include "api/server/request_context.hpp"

namespace steward::api {

class Connection;

class ConnectionHub {
  public:
    explicit ConnectionHub(Services& services) : services_(services) {}

    Services& services() { return services_; }
    bool stopping() const { return stopping_.load(); }

    // Adds or removes a connection; Remove wakes WaitUntilEmpty.
    void Add(const std::shared_ptr<Connection>& connection);
    void Remove(const std::shared_ptr<Connection>& connection);
    std::size_t size() const;

    // Marks the hub stopping and asks every connection to close: idle ones at once, busy ones
    // after their response (or at once when `force`). Thread-safe.
    void StopAll(bool force);

    // Blocks until no connection is open or `timeout` passes. Returns true if none is open.
    bool WaitUntilEmpty(std::chrono::milliseconds timeout);

  private:
    Services& services_;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;  // guards connections_
    std::condition_variable emptied_;
    std::unordered_set<std::shared_ptr<Connection>> connections_;
};

class Connection : public std::enable_shared_from_this<Connection> {
  public:
    Connection(boost::asio::ip::tcp::socket socket, ConnectionHub& hub);

    // Serves requests until the client closes, a deadline passes, an error, or shutdown.
    boost::asio::awaitable<void> Run();

    // Closes the socket if no request is being answered, or always when `force`. Posts to the
    // connection's strand, so any thread may call it.
    void Stop(bool force);

    boost::asio::any_io_executor executor() { return stream_.get_executor(); }

  private:
    boost::asio::awaitable<bool> ServeOne(boost::beast::flat_buffer& buffer, bool first);
    boost::asio::awaitable<void> WriteErrorAndClose(int status, std::string_view code,
                                                    std::string_view message);

    boost::beast::tcp_stream stream_;
    ConnectionHub& hub_;
    std::string remote_address_;
    bool busy_ = false;  // strand only: a request has been read and is not yet answered
};

// Answers a connection over the limit with 503 and closes it.
boost::asio::awaitable<void> RefuseConnection(boost::asio::ip::tcp::socket socket);

}  // namespace steward::api
