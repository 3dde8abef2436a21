// The post routes' shared helpers.
#include "api/handlers/posts_http.hpp"

namespace steward::api {

core::Result<PostCall> BeginPostCall(ApiEnvironment& environment, const Principal& principal,
                                     domain::Action action, const std::string& school_id) {
    auto access = environment.store.Read([&](domain::Tx& tx) {
        return AuthoriseAtSchool(tx, principal, action, school_id);
    });
    if (!access) return access.error();
    PostCall call{*access, {access->actor, RolesOf(principal), access->school.trust_id}, nullptr};
    call.pack = PackFor(environment.packs, school_id, access->school.trust_id);
    return call;
}

std::string PostIdOf(const RequestContext& context) {
    return std::string(context.Param("post_id").value_or(""));
}

core::Result<boost::json::object> OptionalBody(const RequestContext& context) {
    if (context.request().body.find_first_not_of(" \t\r\n") == std::string::npos) {
        return boost::json::object{};
    }
    return JsonObjectBody(context);
}

}  // namespace steward::api
