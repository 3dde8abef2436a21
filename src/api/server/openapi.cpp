#include "api/server/openapi.hpp"

#include <boost/json.hpp>
#include <cctype>

namespace steward::api {
namespace json = boost::json;
namespace {

std::string Lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "GET /api/schools/{school_id}" -> "get_api_schools_school_id"
std::string OperationId(const Route& route) {
    std::string id = Lower(MethodName(route.method));
    for (const auto& segment : route.segments) {
        id += '_';
        for (char c : segment) {
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') id += c;
        }
    }
    return id;
}

json::object Operation(const Route& route) {
    json::object operation{{"operationId", OperationId(route)},
                           {"summary", route.info.summary},
                           {"tags", json::array{json::value(route.info.tag)}}};
    json::array parameters;
    for (const auto& segment : route.segments) {
        if (segment.size() > 2 && segment.front() == '{') {
            parameters.push_back(json::object{{"name", segment.substr(1, segment.size() - 2)},
                                              {"in", "path"},
                                              {"required", true},
                                              {"schema", json::object{{"type", "string"}}}});
        }
    }
    if (!parameters.empty()) operation["parameters"] = std::move(parameters);
    if (route.info.json_body) {
        operation["requestBody"] = json::object{
            {"required", true},
            {"content",
             json::object{{"application/json", json::object{{"schema", json::object{}}}}}}};
    }
    operation["responses"] = json::object{
        {"200",
         json::object{{"description", "Success"},
                      {"content", json::object{{route.info.response_type, json::object{}}}}}},
        {"default", json::object{{"$ref", "#/components/responses/Error"}}}};
    if (route.info.access == Access::kSession) {
        operation["security"] = json::array{json::object{{"session", json::array{}}}};
    }
    return operation;
}

json::object Components() {
    json::object error_schema{
        {"type", "object"},
        {"required", json::array{"error"}},
        {"properties",
         json::object{{"error", json::object{{"type", "object"},
                                             {"required", json::array{"code", "message"}},
                                             {"properties",
                                              json::object{
                                                  {"code", json::object{{"type", "string"}}},
                                                  {"message", json::object{{"type", "string"}}},
                                                  {"where", json::object{{"type", "string"}}},
                                              }}}}}}};
    return json::object{
        {"schemas", json::object{{"Error", std::move(error_schema)}}},
        {"responses",
         json::object{
             {"Error",
              json::object{
                  {"description", "An error; see error.code and error.message."},
                  {"content",
                   json::object{
                       {"application/json",
                        json::object{{"schema",
                                      json::object{{"$ref", "#/components/schemas/Error"}}}}}}}}}}},
        {"securitySchemes", json::object{{"session", json::object{{"type", "apiKey"},
                                                                  {"in", "cookie"},
                                                                  {"name", "steward_session"}}}}}};
}

}  // namespace

std::string BuildOpenApiDocument(const Router& router, std::string_view version) {
    json::object paths;
    for (const Route& route : router.routes()) {
        json::value& item = paths[route.pattern];
        if (!item.is_object()) item = json::object{};
        item.as_object()[Lower(MethodName(route.method))] = Operation(route);
    }
    json::object document{
        {"openapi", "3.1.0"},
        {"info", json::object{{"title", "Steward API"},
                              {"version", version},
                              {"description", "School social media governance."}}},
        {"paths", std::move(paths)},
        {"components", Components()}};
    return json::serialize(document);
}

}  // namespace steward::api
