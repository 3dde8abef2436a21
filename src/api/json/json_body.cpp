#include "api/json/json_body.hpp"

#include <boost/json/stream_parser.hpp>
#include <string>

namespace steward::api {
namespace {

std::string Where(std::string_view body, std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t index = 0; index < offset && index < body.size(); ++index) {
        if (body[index] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "request body line " + std::to_string(line) + ", column " + std::to_string(column);
}

core::Error Malformed(std::string_view body, std::size_t offset,
                      const boost::system::error_code& ec) {
    std::string message = "The request body is not valid JSON (" + ec.message() + ").";
    if (ec == boost::json::error::too_deep) {
        message = "The request body is nested too deeply; flatten it.";
    }
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), Where(body, offset)};
}

}  // namespace

core::Result<boost::json::value> ParseJsonBody(std::string_view body, std::size_t max_depth) {
    if (body.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The request body is empty; send a JSON object.", "request body"};
    }
    boost::json::parse_options options;
    options.max_depth = max_depth;
    boost::json::stream_parser parser({}, options);
    boost::system::error_code ec;
    const std::size_t consumed = parser.write_some(body.data(), body.size(), ec);
    if (ec) return Malformed(body, consumed, ec);
    const auto rest = body.substr(consumed);
    if (rest.find_first_not_of(" \t\r\n") != std::string_view::npos) {
        return Malformed(body, consumed, boost::json::error::extra_data);
    }
    parser.finish(ec);
    if (ec) return Malformed(body, body.size(), ec);
    return parser.release();
}

}  // namespace steward::api
