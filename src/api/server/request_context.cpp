#include "api/server/request_context.hpp"

#include "api/json/json_body.hpp"

namespace steward::api {

std::optional<std::string_view> RequestContext::Param(std::string_view name) const {
    for (const auto& [key, value] : params_) {
        if (key == name) return std::string_view(value);
    }
    return std::nullopt;
}

core::Result<boost::json::value> RequestContext::JsonBody() const {
    return ParseJsonBody(request_.body, services_.config.max_json_depth);
}

}  // namespace steward::api
