#include "api/server/server.hpp"

#include <spdlog/spdlog.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <csignal>
#include <future>
#include <thread>
#include <vector>

#include "api/handlers/system.hpp"
#include "api/server/connection.hpp"
#include "api/server/metrics.hpp"
#include "api/server/router.hpp"

namespace steward::api {
namespace net = boost::asio;
using tcp = net::ip::tcp;

std::unique_ptr<Router> MakeRouter() {
    auto router = std::make_unique<Router>();
    RegisterSystemRoutes(*router);
    return router;
}

struct Server::Impl {
    Impl(ServerConfig config_in, std::unique_ptr<Router> router_in, Authenticator* authenticator)
        : config(std::move(config_in)),
          router(std::move(router_in)),
          io(std::max(1, config.io_threads)),
          workers(static_cast<std::size_t>(std::max(1, config.worker_threads))),
          services{config, *router, metrics, workers, authenticator, ready},
          hub(services) {}

    net::awaitable<void> AcceptLoop();

    ServerConfig config;
    std::unique_ptr<Router> router;
    Metrics metrics;
    std::atomic<bool> ready{false};
    net::io_context io;
    net::thread_pool workers;
    Services services;
    ConnectionHub hub;
    net::strand<net::io_context::executor_type> accept_strand{net::make_strand(io)};
    tcp::acceptor acceptor{accept_strand};
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::vector<std::thread> threads;
    std::uint16_t port = 0;
    std::mutex shutdown_mutex;  // guards shut_down and the joining of threads
    bool shut_down = false;
};

net::awaitable<void> Server::Impl::AcceptLoop() {
    while (!hub.stopping()) {
        auto [ec, socket] =
            co_await acceptor.async_accept(net::make_strand(io), net::as_tuple(net::use_awaitable));
        if (ec) {
            if (ec == net::error::operation_aborted || hub.stopping()) co_return;
            // Out of file descriptors or similar: back off briefly instead of spinning.
            spdlog::warn("accept failed: {}", ec.message());
            net::steady_timer pause(accept_strand, std::chrono::milliseconds(50));
            co_await pause.async_wait(net::as_tuple(net::use_awaitable));
            continue;
        }
        if (hub.size() >= config.max_connections) {
            metrics.ConnectionRefused();
            auto executor = socket.get_executor();
            net::co_spawn(executor, RefuseConnection(std::move(socket)), [](std::exception_ptr) {});
            continue;
        }
        auto connection = std::make_shared<Connection>(std::move(socket), hub);
        hub.Add(connection);
        net::co_spawn(connection->executor(), connection->Run(),
                      [this, connection](std::exception_ptr error) {
                          if (error) {
                              try {
                                  std::rethrow_exception(error);
                              } catch (const std::exception& e) {
                                  spdlog::error("connection failed: {}", e.what());
                              }
                          }
                          hub.Remove(connection);
                      });
    }
}

Server::Server(ServerConfig config, std::unique_ptr<Router> router, Authenticator* authenticator)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(router), authenticator)) {}

Server::Server(ServerConfig config, Authenticator* authenticator)
    : Server(std::move(config), MakeRouter(), authenticator) {}

Server::~Server() { Shutdown(); }

std::uint16_t Server::port() const { return impl_->port; }

core::Status Server::Start() {
    Impl& impl = *impl_;
    boost::system::error_code ec;
    const auto address = net::ip::make_address(impl.config.host, ec);
    if (ec) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The listen address must be an IP address such as 127.0.0.1.",
                           "listen host " + impl.config.host};
    }
    const tcp::endpoint endpoint(address, impl.config.port);
    const std::string where = "listen " + impl.config.host + ":" + std::to_string(impl.config.port);
    impl.acceptor.open(endpoint.protocol(), ec);
    if (!ec) impl.acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) impl.acceptor.bind(endpoint, ec);
    if (!ec) impl.acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "Could not listen on this address (" + ec.message() +
                               "); choose another port or stop the program using it.",
                           where};
    }
    impl.port = impl.acceptor.local_endpoint().port();
    impl.work.emplace(impl.io.get_executor());
    net::co_spawn(impl.accept_strand, impl.AcceptLoop(), [](std::exception_ptr error) {
        if (error) spdlog::error("the accept loop stopped unexpectedly");
    });
    for (int index = 0; index < std::max(1, impl.config.io_threads); ++index) {
        impl.threads.emplace_back([&impl] { impl.io.run(); });
    }
    impl.ready.store(true);
    return core::OkStatus();
}

void Server::Shutdown() {
    Impl& impl = *impl_;
    std::lock_guard lock(impl.shutdown_mutex);
    if (impl.shut_down) return;
    impl.shut_down = true;
    impl.ready.store(false);
    impl.hub.StopAll(/*force=*/false);
    net::post(impl.accept_strand, [&impl] {
        boost::system::error_code ignored;
        impl.acceptor.close(ignored);
    });
    if (!impl.hub.WaitUntilEmpty(impl.config.shutdown_grace)) {
        spdlog::warn("shutdown: {} connections still busy after the grace period; closing them",
                     impl.hub.size());
        impl.hub.StopAll(/*force=*/true);
        (void)impl.hub.WaitUntilEmpty(std::chrono::seconds(1));
    }
    impl.work.reset();
    impl.io.stop();
    for (auto& thread : impl.threads) thread.join();
    impl.threads.clear();
    impl.workers.stop();
    impl.workers.join();
}

void Server::WaitForShutdownSignal(const std::function<void()>& on_ready) {
    std::promise<int> signalled;
    net::signal_set signals(impl_->io, SIGINT, SIGTERM);
    signals.async_wait([&signalled](const boost::system::error_code& ec, int number) {
        signalled.set_value(ec ? 0 : number);
    });
    if (on_ready) on_ready();
    const int number = signalled.get_future().get();
    spdlog::info("signal {} received: finishing requests in flight, then stopping", number);
    Shutdown();
}

}  // namespace steward::api
