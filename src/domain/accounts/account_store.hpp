// AccountStore: the port through which the accounts room reads and writes official accounts and
// their runners inside a transaction. Implemented once for both engines in
// store/sql/accounts_store.cpp; reached as tx.Accounts().
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/accounts/account_types.hpp"

namespace steward::domain {

// Every method returns kUnavailable when the database fails.
class AccountStore {
  public:
    virtual ~AccountStore() = default;

    // Inserts the account and its runners. kAlreadyExists when the id, the (school, platform,
    // handle) or the (platform, external_id) is taken; kFailedPrecondition when the school or a
    // runner's person record is missing.
    virtual core::Status AddAccount(const OfficialAccount& account) = 0;

    // Returns the account with its runners, or nullopt if `account_id` is not one of the school's.
    virtual core::Result<std::optional<OfficialAccount>> GetAccount(std::string_view school_id,
                                                                    std::string_view account_id) = 0;

    // Returns the school's accounts ordered by platform then handle.
    virtual core::Result<std::vector<OfficialAccount>> ListAccounts(std::string_view school_id) = 0;

    // Returns the account a platform's webhook names by its page or user id, across schools, or
    // nullopt. An empty `external_id` never matches.
    virtual core::Result<std::optional<OfficialAccount>> FindAccountByPlatformId(
        Platform platform, std::string_view external_id) = 0;
};

}  // namespace steward::domain
