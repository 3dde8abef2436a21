// People routes (ORG-02, ORG-04): GET/POST /api/schools/{school_id}/people,
// POST /api/schools/{school_id}/roles, and POST /api/users (a sign-in for a person).
#include <boost/json.hpp>

#include "api/error_mapping.hpp"
#include "api/handlers/domain_routes.hpp"
#include "api/handlers/school_access.hpp"
#include "api/server/run_blocking.hpp"
#include "domain/access/people_register.hpp"
#include "domain/access/user_enrolment.hpp"
#include "security/password_hash.hpp"
#include "security/password_rules.hpp"

namespace steward::api {
namespace {

namespace json = boost::json;
using domain::Action;

struct PersonWithRoles {
    domain::Person person;
    std::vector<domain::RoleAssignment> roles;
};

json::object PersonJson(const domain::Person& person,
                        const std::vector<domain::RoleAssignment>& roles) {
    json::array held;
    for (const auto& role : roles) {
        held.push_back(RoleJson(domain::RoleKey(role.role), role.school_id, role.trust_id));
    }
    return json::object{{"id", person.id},
                        {"display_name", person.display_name},
                        {"email", person.email},
                        {"category", domain::PersonCategoryKey(person.category)},
                        {"status", domain::PersonStatusKey(person.status)},
                        {"start_date", person.start_date},
                        {"end_date", person.end_date},
                        {"roles", std::move(held)}};
}

core::Result<std::vector<PersonWithRoles>> LoadPeople(domain::Tx& tx, const Principal& principal,
                                                      const std::string& school_id) {
    auto access = AuthoriseAtSchool(tx, principal, Action::kViewPeople, school_id);
    if (!access) return access.error();
    auto people = tx.Access().ListPeople(school_id);
    if (!people) return people.error();
    std::vector<PersonWithRoles> result;
    for (auto& person : *people) {
        auto roles = tx.Access().RolesOf(person.id);
        if (!roles) return roles.error();
        result.push_back({std::move(person), std::move(*roles)});
    }
    return result;
}

net::awaitable<Response> ListPeople(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    const Principal& principal = *context.principal();
    auto people = co_await RunBlocking(context.workers(), [&] {
        return environment.store.Read(
            [&](domain::Tx& tx) { return LoadPeople(tx, principal, school_id); });
    });
    if (!people) co_return ErrorResponse(people.error());
    json::array list;
    for (const auto& entry : *people) list.push_back(PersonJson(entry.person, entry.roles));
    co_return JsonResponse(200, json::object{{"people", std::move(list)}});
}

// Checks `action` at the path's school in a read transaction; returns the actor to act as.
core::Result<SchoolAccess> Check(ApiEnvironment& environment, const Principal& principal,
                                 Action action, const std::string& school_id) {
    return environment.store.Read([&](domain::Tx& tx) {
        return AuthoriseAtSchool(tx, principal, action, school_id);
    });
}

core::Result<domain::Person> PersonFromBody(const json::object& body, std::string school_id) {
    domain::Person person;
    person.school_id = std::move(school_id);
    for (auto [field, target] : {std::pair{"id", &person.id},
                                 std::pair{"display_name", &person.display_name},
                                 std::pair{"start_date", &person.start_date}}) {
        auto value = StringField(body, field);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    auto email = StringField(body, "email", false);
    auto end_date = StringField(body, "end_date", false);
    auto category = StringField(body, "category");
    if (!email) return email.error();
    if (!end_date) return end_date.error();
    if (!category) return category.error();
    person.email = std::move(*email);
    person.end_date = std::move(*end_date);
    const auto parsed = domain::ParsePersonCategory(*category);
    if (!parsed) return Invalid("The category is not one of the people register's.", "category");
    person.category = *parsed;
    return person;
}

net::awaitable<Response> AddPerson(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto body = JsonObjectBody(context);
    if (!body) co_return ErrorResponse(body.error());
    auto person = PersonFromBody(*body, school_id);
    if (!person) co_return ErrorResponse(person.error());
    const Principal& principal = *context.principal();
    auto added = co_await RunBlocking(context.workers(), [&]() -> core::Status {
        auto access = Check(environment, principal, Action::kManagePeople, school_id);
        if (!access) return access.error();
        return domain::PeopleRegister(environment.store, environment.clock)
            .AddPerson(access->actor, *person);
    });
    if (!added) co_return ErrorResponse(added.error());
    co_return JsonResponse(201, PersonJson(*person, {}));
}

// Refuses to give a role at this school to someone outside it and outside its trust.
core::Status RequireSameTenant(domain::Tx& tx, const domain::School& school,
                               const std::string& person_id) {
    auto person = tx.Access().FindPerson(person_id);
    if (!person) return person.error();
    if (!*person) {
        return core::Error{core::ErrorCode::kNotFound, "No person has that id.", "person_id"};
    }
    if ((*person)->school_id == school.id) return core::OkStatus();
    std::string person_trust = (*person)->trust_id;
    if (!(*person)->school_id.empty()) {
        auto home = tx.Access().FindSchool((*person)->school_id);
        if (!home) return home.error();
        if (*home) person_trust = (*home)->trust_id;
    }
    if (!school.trust_id.empty() && person_trust == school.trust_id) return core::OkStatus();
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "That person belongs to another school; add them to this one first.",
                       "person_id"};
}

net::awaitable<Response> AssignRole(ApiEnvironment& environment, RequestContext& context) {
    const std::string school_id = SchoolIdOf(context);
    auto body = JsonObjectBody(context);
    if (!body) co_return ErrorResponse(body.error());
    auto person_id = StringField(*body, "person_id");
    auto role_key = StringField(*body, "role");
    auto scope = StringField(*body, "scope", false);
    for (const auto* field : {&person_id, &role_key, &scope}) {
        if (!*field) co_return ErrorResponse(field->error());
    }
    const auto role = domain::ParseRole(*role_key);
    if (!role) co_return ErrorResponse(Invalid("The role is not a canonical role key.", "role"));
    if (*scope != "" && *scope != "school" && *scope != "trust") {
        co_return ErrorResponse(Invalid("The scope must be school or trust.", "scope"));
    }
    const Principal& principal = *context.principal();
    domain::RoleAssignment assignment{*person_id, *role, school_id, ""};
    auto assigned = co_await RunBlocking(context.workers(), [&]() -> core::Status {
        auto access = environment.store.Read([&](domain::Tx& tx) -> core::Result<SchoolAccess> {
            auto granted = AuthoriseAtSchool(tx, principal, Action::kAssignRoles, school_id);
            if (!granted) return granted.error();
            if (auto ok = RequireSameTenant(tx, granted->school, *person_id); !ok) {
                return ok.error();
            }
            return granted;
        });
        if (!access) return access.error();
        if (*scope == "trust") {
            assignment.school_id.clear();
            assignment.trust_id = access->school.trust_id;
        }
        return domain::PeopleRegister(environment.store, environment.clock)
            .AssignRole(access->actor, assignment);
    });
    if (!assigned) co_return ErrorResponse(assigned.error());
    co_return JsonResponse(201, json::object{{"person_id", assignment.person_id},
                                             {"role", RoleJson(*role_key, assignment.school_id,
                                                               assignment.trust_id)}});
}

core::Result<domain::Enrolment> EnrolmentFromBody(const json::object& body) {
    domain::Enrolment enrolment;
    for (auto [field, target, required] :
         {std::tuple{"school_id", &enrolment.school_id, true},
          std::tuple{"username", &enrolment.username, true},
          std::tuple{"display_name", &enrolment.display_name, false},
          std::tuple{"person_id", &enrolment.person_id, false}}) {
        auto value = StringField(body, field, required);
        if (!value) return value.error();
        *target = std::move(*value);
    }
    auto role = StringField(body, "role", false);
    if (!role) return role.error();
    if (!role->empty()) {
        enrolment.role = domain::ParseRole(*role);
        if (!enrolment.role) return Invalid("The role is not a canonical role key.", "role");
    }
    return enrolment;
}

net::awaitable<Response> CreateUser(ApiEnvironment& environment, RequestContext& context) {
    auto body = JsonObjectBody(context);
    if (!body) co_return ErrorResponse(body.error());
    auto enrolment = EnrolmentFromBody(*body);
    if (!enrolment) co_return ErrorResponse(enrolment.error());
    auto password = StringField(*body, "password");
    if (!password) co_return ErrorResponse(password.error());
    const Principal& principal = *context.principal();
    auto enrolled = co_await RunBlocking(context.workers(), [&]() -> core::Result<domain::Enrolled> {
        auto access = Check(environment, principal, Action::kManageUsers, enrolment->school_id);
        if (!access) return access.error();
        if (enrolment->role) {
            auto roles = Check(environment, principal, Action::kAssignRoles, enrolment->school_id);
            if (!roles) return roles.error();
        }
        if (auto ok = security::CheckPassword(
                *password, {enrolment->username, access->school.name});
            !ok) {
            return ok.error();
        }
        auto hash = security::HashPassword(*password, environment.password_limits);
        if (!hash) return hash.error();
        enrolment->password_hash = std::move(*hash);
        return domain::EnrolUser(environment.store, environment.clock, access->actor, *enrolment);
    });
    if (!enrolled) co_return ErrorResponse(enrolled.error());
    co_return JsonResponse(201, json::object{{"user",
                                              {{"id", enrolled->user.id},
                                               {"username", enrolled->user.username},
                                               {"person_id", enrolled->person.id}}}});
}

}  // namespace

void RegisterPeopleRoutes(Router& router, ApiEnvironment& environment) {
    auto bind = [&environment](auto handler) {
        return [&environment, handler](RequestContext& context) {
            return handler(environment, context);
        };
    };
    router.Add(Method::kGet, "/api/schools/{school_id}/people",
               {.summary = "The school's people register with each person's roles.",
                .tag = "people"},
               bind(ListPeople));
    router.Add(Method::kPost, "/api/schools/{school_id}/people",
               {.summary = "Adds a person {id, display_name, category, start_date, email?, "
                           "end_date?} to the school's register.",
                .tag = "people",
                .json_body = true},
               bind(AddPerson));
    router.Add(Method::kPost, "/api/schools/{school_id}/roles",
               {.summary = "Gives a person of the school a role {person_id, role, "
                           "scope: school|trust}.",
                .tag = "people",
                .json_body = true},
               bind(AssignRole));
    router.Add(Method::kPost, "/api/users",
               {.summary = "Creates a sign-in {school_id, username, password, display_name | "
                           "person_id, role?}; the password must pass the NCSC-based rules.",
                .tag = "people",
                .json_body = true},
               bind(CreateUser));
}

}  // namespace steward::api
