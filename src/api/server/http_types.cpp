#include "api/server/http_types.hpp"

#include <algorithm>
#include <array>
#include <boost/url/parse_query.hpp>
#include <cctype>

namespace steward::api {
namespace {

constexpr std::array<std::pair<Method, std::string_view>, 7> kMethodNames{{
    {Method::kGet, "GET"},
    {Method::kHead, "HEAD"},
    {Method::kPost, "POST"},
    {Method::kPut, "PUT"},
    {Method::kPatch, "PATCH"},
    {Method::kDelete, "DELETE"},
    {Method::kOptions, "OPTIONS"},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

std::string_view MethodName(Method method) {
    for (const auto& [value, name] : kMethodNames) {
        if (value == method) return name;
    }
    return "OTHER";
}

Method ParseMethod(std::string_view token) {
    for (const auto& [value, name] : kMethodNames) {
        if (name == token) return value;
    }
    return Method::kOther;
}

bool IsStateChanging(Method method) {
    return method == Method::kPost || method == Method::kPut || method == Method::kPatch ||
           method == Method::kDelete;
}

std::optional<std::string_view> Request::Header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
        if (EqualsIgnoreCase(key, name)) return std::string_view(value);
    }
    return std::nullopt;
}

Response Response::Json(int status, std::string json_text) {
    Response response;
    response.status = status;
    response.body = std::move(json_text);
    return response;
}

Response Response::Text(int status, std::string text, std::string content_type) {
    Response response;
    response.status = status;
    response.content_type = std::move(content_type);
    response.body = std::move(text);
    return response;
}

std::string QueryParam(std::string_view query, std::string_view name) {
    auto params = boost::urls::parse_query(query);
    if (!params) return {};
    for (const auto& param : *params) {
        if (param.key == name && param.has_value) return param.value.decode();
    }
    return {};
}

}  // namespace steward::api
