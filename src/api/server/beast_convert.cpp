#include "api/server/beast_convert.hpp"

#include <algorithm>
#include <boost/beast/http/field.hpp>
#include <boost/url/parse.hpp>

namespace steward::api {
namespace http = boost::beast::http;

core::Result<Request> FromBeast(BeastRequest&& message) {
    Request request;
    request.method = ParseMethod(message.method_string());
    request.target = std::string(message.target());
    const auto url = boost::urls::parse_origin_form(request.target);
    if (!url) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The request target is not a valid path; check the URL.",
                           "request line"};
    }
    request.path = std::string(url->path());  // percent-decoded
    if (request.path.empty()) request.path = "/";
    // A form-encoded query writes a space as "+" (HTML forms, URLSearchParams); every handler
    // decodes with Boost.URL, which reads "+" literally, so it becomes %20 here, once for all.
    // A plus sign itself arrives as %2B and stays one.
    request.query = std::string(url->encoded_query());
    for (auto at = request.query.find('+'); at != std::string::npos;
         at = request.query.find('+', at + 3)) {
        request.query.replace(at, 1, "%20");
    }
    request.headers.reserve(
        static_cast<std::size_t>(std::distance(message.begin(), message.end())));
    for (const auto& field : message) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
            return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        });
        request.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    request.body = std::move(message.body());
    return request;
}

BeastResponse ToBeast(Response&& response, unsigned version, bool keep_alive) {
    BeastResponse message{static_cast<http::status>(response.status), version};
    message.set(http::field::server, "steward");
    message.set(http::field::content_type, response.content_type);
    message.set(http::field::cache_control, "no-store");
    message.set("x-content-type-options", "nosniff");
    message.set("x-frame-options", "DENY");
    message.set("referrer-policy", "no-referrer");
    for (auto& [name, value] : response.headers) {  // a handler's header replaces a default above
        if (name == "set-cookie") {
            message.insert(name, value);
        } else {
            message.set(name, value);
        }
    }
    message.body() = std::move(response.body);
    message.keep_alive(keep_alive);
    message.prepare_payload();
    return message;
}

}  // namespace steward::api
