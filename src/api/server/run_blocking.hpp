// RunBlocking: runs a blocking call (database, engines) on the worker pool and resumes the
// calling coroutine on its own executor (the connection's strand) with the result
// (STYLE.md section 6). An exception thrown by `fn` is rethrown in the caller.
#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <optional>
#include <type_traits>
#include <utility>

namespace steward::api {

namespace net = boost::asio;

// Usage: auto result = co_await RunBlocking(ctx.workers(), [&] { return store.Find(id); });
// `fn` must not capture anything that dies before the co_await returns.
template <class F>
net::awaitable<std::invoke_result_t<F&>> RunBlocking(net::thread_pool& pool, F fn) {
    using R = std::invoke_result_t<F&>;
    if constexpr (std::is_void_v<R>) {
        co_await net::co_spawn(
            pool,
            [&fn]() -> net::awaitable<void> {
                fn();
                co_return;
            },
            net::use_awaitable);
    } else {
        // Wrapped in optional because co_spawn's completion needs a default-constructible value
        // and core::Result<T> has none.
        std::optional<R> result = co_await net::co_spawn(
            pool, [&fn]() -> net::awaitable<std::optional<R>> { co_return std::optional<R>(fn()); },
            net::use_awaitable);
        co_return std::move(*result);
    }
}

}  // namespace steward::api
