// ConnectionPool: a mutex, a condition variable and a stack of idle connections.
#include "store/sql/connection_pool.hpp"

namespace steward::store::sql {

ConnectionPool::Lease::~Lease() {
    if (connection_) pool_->Release(std::move(connection_));
}

void ConnectionPool::Add(std::unique_ptr<Connection> connection) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(connection));
    ++open_;
}

core::Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
    std::unique_lock lock(mutex_);
    while (true) {
        while (!idle_.empty()) {
            std::unique_ptr<Connection> connection = std::move(idle_.back());
            idle_.pop_back();
            if (connection->Healthy()) return Lease(*this, std::move(connection));
            --open_;  // a broken connection is dropped and may be replaced below
        }
        if (open_ < max_size_) break;
        released_.wait(lock);
    }
    ++open_;
    lock.unlock();
    auto opened = factory_();  // opening can be slow: not under the lock
    if (!opened) {
        lock.lock();
        --open_;
        released_.notify_one();
        return opened.error();
    }
    return Lease(*this, std::move(*opened));
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(connection));
    }
    released_.notify_one();
}

}  // namespace steward::store::sql
