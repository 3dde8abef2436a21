// Authorisation per school and the small JSON helpers the domain routes share.
#include "api/handlers/school_access.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <utility>

namespace steward::api {

std::vector<domain::RoleAssignment> RolesOf(const Principal& principal) {
    std::vector<domain::RoleAssignment> roles;
    for (const auto& held : principal.roles) {
        const auto role = domain::ParseRole(held.role);
        if (!role) continue;
        roles.push_back({principal.person_id, *role, held.school_id, held.trust_id});
    }
    return roles;
}

core::Result<SchoolAccess> AuthoriseAtSchool(domain::Tx& tx, const Principal& principal,
                                             domain::Action action, std::string_view school_id) {
    auto school = tx.Access().FindSchool(school_id);
    if (!school) return school.error();
    if (!*school) {
        return core::Error{core::ErrorCode::kNotFound, "There is no school with that id.",
                           "school_id"};
    }
    const auto roles = RolesOf(principal);
    auto granted = domain::Authorise(roles, action, (*school)->id, (*school)->trust_id);
    if (!granted) return granted.error();
    return SchoolAccess{std::move(**school), domain::ActorFor(*granted, school_id)};
}

core::Result<SchoolAccess> AuthoriseAtSchool(domain::Store& store, const Principal& principal,
                                             domain::Action action, std::string_view school_id) {
    return store.Read(
        [&](domain::Tx& tx) { return AuthoriseAtSchool(tx, principal, action, school_id); });
}

core::Status RequireContentType(const RequestContext& context, std::string_view media_type,
                                std::string_view message) {
    const std::string_view sent = context.request().Header("content-type").value_or("");
    const auto end = sent.find(';');
    std::string_view type = sent.substr(0, end);
    while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
    const bool same = type.size() == media_type.size() &&
                      std::equal(type.begin(), type.end(), media_type.begin(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                      });
    if (same) return core::OkStatus();
    return core::Error{core::ErrorCode::kUnsupportedMediaType, std::string(message),
                       "Content-Type"};
}

std::string SchoolIdOf(const RequestContext& context) {
    return std::string(context.Param("school_id").value_or(""));
}

core::Result<boost::json::object> JsonObjectBody(const RequestContext& context) {
    auto body = context.JsonBody();
    if (!body) return body.error();
    if (!body->is_object()) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The request body must be a JSON object.", "request body"};
    }
    return std::move(body->as_object());
}

core::Result<std::string> StringField(const boost::json::object& body, std::string_view name,
                                      bool required) {
    const boost::json::value* value = body.if_contains(name);
    if (value == nullptr || value->is_null()) {
        if (!required) return std::string();
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The field " + std::string(name) + " is required.", std::string(name)};
    }
    if (!value->is_string()) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The field " + std::string(name) + " must be text.", std::string(name)};
    }
    return std::string(value->as_string());
}

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

Response JsonResponse(int status, const boost::json::value& value) {
    return Response::Json(status, boost::json::serialize(value));
}

boost::json::object RoleJson(std::string_view role, std::string_view school_id,
                             std::string_view trust_id) {
    return boost::json::object{{"role", role},
                               {"scope", trust_id.empty() ? "school" : "trust"},
                               {"school_id", school_id},
                               {"trust_id", trust_id}};
}

}  // namespace steward::api
