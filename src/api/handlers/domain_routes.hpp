// The routes of the domain rooms, each file registering its own: session.cpp (sign-in),
// schools.cpp, people.cpp (people, roles, users), pupils.cpp (roster), audit.cpp. Every route
// goes through the permission table (school_access.hpp).
#pragma once

#include "api/auth/api_environment.hpp"
#include "api/server/router.hpp"

namespace steward::api {

void RegisterSessionRoutes(Router& router, ApiEnvironment& environment);
void RegisterSchoolRoutes(Router& router, ApiEnvironment& environment);
void RegisterPeopleRoutes(Router& router, ApiEnvironment& environment);
void RegisterPupilRoutes(Router& router, ApiEnvironment& environment);
void RegisterAuditRoutes(Router& router, ApiEnvironment& environment);
void RegisterCaseRoutes(Router& router, ApiEnvironment& environment);
void AddNotificationRoutes(Router& router, ApiEnvironment& environment);  // cases.cpp calls it
void RegisterFollowerRoutes(Router& router, ApiEnvironment& environment);
void RegisterCommentRoutes(Router& router, ApiEnvironment& environment);
void RegisterConsentRoutes(Router& router, ApiEnvironment& environment);
void RegisterSubjectAccessRoutes(Router& router, ApiEnvironment& environment);
void RegisterAccountRoutes(Router& router, ApiEnvironment& environment);
void RegisterPostRoutes(Router& router, ApiEnvironment& environment);
void RegisterSchoolContactRoutes(Router& router, ApiEnvironment& environment);
void RegisterMediaRoutes(Router& router, ApiEnvironment& environment);

// Registers all of the above. `environment` must outlive the router.
void RegisterDomainRoutes(Router& router, ApiEnvironment& environment);

}  // namespace steward::api
