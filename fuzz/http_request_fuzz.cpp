// Fuzzes the server's request path without sockets: Beast's request parser with the server's
// header and body limits, the conversion to api::Request (URL parsing), the router, and the
// dispatcher, then the JSON body parser with the depth limit.
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/buffers_prefix.hpp>
#include <boost/beast/http/parser.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/json/json_body.hpp"
#include "api/server/beast_convert.hpp"
#include "api/server/dispatcher.hpp"
#include "api/server/metrics.hpp"
#include "api/server/server.hpp"

namespace {

using namespace steward::api;  // NOLINT: a fuzz entry point, not a header

ServerConfig FuzzConfig() {
    ServerConfig config;
    config.max_header_bytes = 8192;
    config.max_body_bytes = 64 * 1024;
    config.max_json_depth = 16;
    return config;
}

struct Fixture {
    ServerConfig config = FuzzConfig();
    std::unique_ptr<Router> router = MakeRouter();
    Metrics metrics;
    boost::asio::thread_pool workers{1};
    std::atomic<bool> ready{true};
    Services services{config, *router, metrics, workers, nullptr, ready};
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Fixture fixture;
    namespace http = boost::beast::http;
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(fixture.config.max_header_bytes));
    parser.body_limit(fixture.config.max_body_bytes);
    parser.eager(true);
    boost::system::error_code ec;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::size_t offset = 0;
    while (offset < bytes.size() && !parser.is_done()) {
        const std::size_t used =
            parser.put(boost::asio::buffer(bytes.data() + offset, bytes.size() - offset), ec);
        if (ec || used == 0) break;
        offset += used;
    }
    if (!ec && !parser.is_done()) parser.put_eof(ec);
    if (ec || !parser.is_done()) return 0;
    auto request = FromBeast(parser.release());
    if (!request) return 0;
    // DispatchNow keeps the coroutines inside the library: clang 14 cannot assemble coroutine
    // frames built with -fsanitize=fuzzer ("Cannot represent a difference across sections").
    (void)ToBeast(DispatchNow(fixture.services, *request), 11, true);
    (void)ParseJsonBody(request->body, fixture.config.max_json_depth);
    return 0;
}
