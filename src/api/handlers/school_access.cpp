// Authorisation per school and the small JSON helpers the domain routes share.
#include "api/handlers/school_access.hpp"

#include <boost/json/serialize.hpp>

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
