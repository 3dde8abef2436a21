// SqlAccountStore: the accounts room's store port (official_accounts and their runners) in SQL
// shared by SQLite and PostgreSQL.
#pragma once

#include "domain/accounts/account_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlAccountStore final : public domain::AccountStore {
  public:
    explicit SqlAccountStore(Connection& connection) : connection_(connection) {}

    core::Status AddAccount(const domain::OfficialAccount& account) override;
    core::Result<std::optional<domain::OfficialAccount>> GetAccount(
        std::string_view school_id, std::string_view account_id) override;
    core::Result<std::vector<domain::OfficialAccount>> ListAccounts(
        std::string_view school_id) override;
    core::Result<std::optional<domain::OfficialAccount>> FindAccountByPlatformId(
        domain::Platform platform, std::string_view external_id) override;

  private:
    // Reads the accounts `rows` (kAccountColumns) and fills in their runners.
    core::Result<std::vector<domain::OfficialAccount>> WithRunners(const Rows& rows);

    Connection& connection_;
};

}  // namespace steward::store::sql
