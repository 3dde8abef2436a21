// The posts room's part of a consent withdrawal over the API (issue 4 item 7, CON-07): called by
// the withdrawal route (consent.cpp) in its own transaction, after the withdrawal is stored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api/auth/api_environment.hpp"
#include "core/result.hpp"
#include "domain/consent/consent_types.hpp"

namespace steward::api {

// Opens a takedown task for every published post of the school that tags or names the pupil of
// `withdrawn` and relied on it (domain::OpenTakedownTasks with the school's pack). Returns the
// new task ids; errors come from the store and roll the withdrawal back with them.
core::Result<std::vector<std::string>> OpenTakedownsForWithdrawal(
    ApiEnvironment& environment, domain::Tx& tx, const domain::Actor& actor,
    std::string_view school_id, const domain::ConsentRecord& withdrawn);

}  // namespace steward::api
