// The accounts room's use cases: register an official account with its runners (ACC-01, issue 4
// item 5), each in one transaction with its audit event. Entry point: RegisterAccount().
#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/accounts/account_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// What a person types to register an account. Platform comes parsed.
struct NewAccount {
    std::string school_id;
    Platform platform = Platform::kWebsite;
    std::string handle;
    std::string url;
    std::string external_id;
    std::vector<std::string> administrators;  // person ids of the school (or its trust)
    std::vector<std::string> moderators;
};

// Checks the fields (handle 1-100 characters, url empty or http(s)://, external id at most 100
// characters, at least one administrator, every runner a person of the school or its trust),
// gives the account a new id and stores it with an audit event "accounts.add_account".
// Returns the stored account. kInvalidInput naming the field; kNotFound for an unknown school or
// runner; kAlreadyExists when the school already has that handle on that platform or another
// account has that platform id.
core::Result<OfficialAccount> RegisterAccount(Store& store, const core::Clock& clock,
                                              const Actor& actor, NewAccount request);

}  // namespace steward::domain
