// ConnectionPool: at most N connections, one per transaction at a time; callers wait for a free
// one. This is how a Store is made safe to call from the server's worker pool.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class ConnectionPool {
  public:
    using Factory = std::function<core::Result<std::unique_ptr<Connection>>()>;

    // Holds one borrowed connection and gives it back when destroyed.
    class Lease {
      public:
        Lease(ConnectionPool& pool, std::unique_ptr<Connection> connection)
            : pool_(&pool), connection_(std::move(connection)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        Connection& operator*() const { return *connection_; }
        Connection* operator->() const { return connection_.get(); }

      private:
        ConnectionPool* pool_;
        std::unique_ptr<Connection> connection_;
    };

    // `factory` opens a new connection; at most `max_size` are open at once.
    ConnectionPool(Factory factory, size_t max_size)
        : factory_(std::move(factory)), max_size_(max_size) {}

    // Adds an already open connection (the one that ran the migrations).
    void Add(std::unique_ptr<Connection> connection);

    // Returns a free healthy connection, opening one if under the limit, else waits for one.
    // Returns the factory's error when a new connection cannot be opened. Thread-safe.
    core::Result<Lease> Acquire();

  private:
    void Release(std::unique_ptr<Connection> connection);

    Factory factory_;
    const size_t max_size_;
    std::mutex mutex_;  // guards idle_ and open_
    std::condition_variable released_;
    std::vector<std::unique_ptr<Connection>> idle_;
    size_t open_ = 0;  // idle plus leased
};

}  // namespace steward::store::sql
