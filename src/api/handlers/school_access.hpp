// What every domain route does first: read the JSON body's fields, find the school named in the
// path and check the permission table (domain/access/permissions.hpp) for the signed-in
// principal there. Tenant isolation lives here: a school's data is read only after Authorise.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <type_traits>
#include <string_view>
#include <vector>

#include "api/auth/api_environment.hpp"
#include "api/server/http_types.hpp"
#include "api/server/principal.hpp"
#include "api/server/request_context.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/access/permissions.hpp"
#include "domain/ports/store.hpp"

namespace steward::api {

// The principal's roles as the permission table reads them (unknown role keys are skipped).
std::vector<domain::RoleAssignment> RolesOf(const Principal& principal);

struct SchoolAccess {
    domain::School school;
    domain::Actor actor;  // the principal acting in the role that granted the action
};

// Finds school `school_id` and checks `action` there for `principal`. kNotFound for an unknown
// school, kPermissionDenied (from Authorise) for a school the principal may not act on.
core::Result<SchoolAccess> AuthoriseAtSchool(domain::Tx& tx, const Principal& principal,
                                             domain::Action action, std::string_view school_id);

// How a route uses the store once authorised: one read or one read-write transaction.
enum class TxMode { kRead, kWrite };

// The door every school route goes through: in one transaction, finds the school, checks
// `action` there for `principal` and only then runs `body(tx, access, pack)` (`pack` is the
// school's policy pack, or null). A role without the right therefore gets 403, and an unknown
// school 404, whatever the request carried: judge the request body inside `body`, never before
// (RequireContentType, JsonObjectBody). Blocking: call it on a worker (RunBlocking).
template <class Fn>
auto AtSchool(ApiEnvironment& environment, const Principal& principal, std::string_view school_id,
              domain::Action action, TxMode mode, Fn&& body) {
    using R = std::invoke_result_t<Fn&, domain::Tx&, const SchoolAccess&,
                                   const policy::PolicyPack*>;
    auto run = [&](domain::Tx& tx) -> R {
        auto access = AuthoriseAtSchool(tx, principal, action, school_id);
        if (!access) return access.error();
        const policy::PolicyPack* pack =
            PackFor(environment.packs, access->school.id, access->school.trust_id);
        return body(tx, static_cast<const SchoolAccess&>(*access), pack);
    };
    return mode == TxMode::kWrite ? environment.store.Transact(run) : environment.store.Read(run);
}

// kUnsupportedMediaType (415) with `message` unless the request's Content-Type is `media_type`
// (compared without case, parameters such as "; charset=utf-8" allowed).
core::Status RequireContentType(const RequestContext& context, std::string_view media_type,
                                std::string_view message);

// AuthoriseAtSchool in a read transaction of its own, for use cases that open their own
// transactions (the imports).
core::Result<SchoolAccess> AuthoriseAtSchool(domain::Store& store, const Principal& principal,
                                             domain::Action action, std::string_view school_id);

// Returns the path parameter {school_id} ("" if absent: routes always declare it).
std::string SchoolIdOf(const RequestContext& context);

// Parses the body as a JSON object (kInvalidInput otherwise).
core::Result<boost::json::object> JsonObjectBody(const RequestContext& context);

// Returns the string field `name`; kInvalidInput naming the field when it is missing (and
// `required`) or not a string. Missing and optional: "".
core::Result<std::string> StringField(const boost::json::object& body, std::string_view name,
                                      bool required = true);

// kInvalidInput with `message` and `where` (the field or line a person should fix).
core::Error Invalid(std::string message, std::string where);

// Builds a JSON response from a Boost.JSON value.
Response JsonResponse(int status, const boost::json::value& value);

// The JSON of a role assignment: {"role", "scope": "school"|"trust", "school_id", "trust_id"}.
boost::json::object RoleJson(std::string_view role, std::string_view school_id,
                             std::string_view trust_id);

}  // namespace steward::api
