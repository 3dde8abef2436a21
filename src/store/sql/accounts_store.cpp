// SQL of official accounts and their runners.
#include "store/sql/accounts_store.hpp"

#include <string>

namespace steward::store::sql {
namespace {

constexpr std::string_view kAccountColumns =
    "id, school_id, platform, handle, url, external_id, created_at, created_by";

std::string Select(std::string_view where) {
    return "SELECT " + std::string(kAccountColumns) + " FROM official_accounts " +
           std::string(where);
}

domain::OfficialAccount AccountFrom(const Row& row) {
    domain::OfficialAccount account;
    account.id = row.Text(0);
    account.school_id = row.Text(1);
    account.platform = domain::ParsePlatform(row.Text(2)).value_or(domain::Platform::kWebsite);
    account.handle = row.Text(3);
    account.url = row.Text(4);
    account.external_id = row.Text(5);
    account.created_at = core::TimePoint(std::chrono::seconds(row.Int(6)));
    account.created_by = row.Text(7);
    return account;
}

std::optional<domain::OfficialAccount> First(std::vector<domain::OfficialAccount> accounts) {
    if (accounts.empty()) return std::nullopt;
    return std::move(accounts.front());
}

}  // namespace

core::Status SqlAccountStore::AddAccount(const domain::OfficialAccount& account) {
    auto inserted = connection_.Exec(
        "INSERT INTO official_accounts (" + std::string(kAccountColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {Text(account.id), Text(account.school_id), Text(domain::PlatformName(account.platform)),
         Text(account.handle), Text(account.url), Text(account.external_id),
         Int(account.created_at.time_since_epoch().count()), Text(account.created_by)});
    if (!inserted) {
        if (inserted.error().code == core::ErrorCode::kAlreadyExists) {
            return core::Error{core::ErrorCode::kAlreadyExists,
                               "The school already has an account with this handle on this "
                               "platform, or another account has this platform id.",
                               "handle"};
        }
        return inserted.error();
    }
    for (const auto& [ids, role] : {std::pair{&account.administrators, "administrator"},
                                    std::pair{&account.moderators, "moderator"}}) {
        for (const std::string& person_id : *ids) {
            auto member = connection_.Exec(
                "INSERT INTO official_account_members (account_id, person_id, member_role)"
                " VALUES ($1, $2, $3)",
                {Text(account.id), Text(person_id), Text(role)});
            if (!member) return member.error();
        }
    }
    return core::OkStatus();
}

core::Result<std::vector<domain::OfficialAccount>> SqlAccountStore::WithRunners(const Rows& rows) {
    std::vector<domain::OfficialAccount> accounts;
    accounts.reserve(rows.size());
    for (const Row& row : rows) {
        domain::OfficialAccount account = AccountFrom(row);
        auto members = connection_.Exec(
            "SELECT person_id, member_role FROM official_account_members WHERE account_id = $1"
            " ORDER BY person_id",
            {Text(account.id)});
        if (!members) return members.error();
        for (const Row& member : *members) {
            (member.Text(1) == "administrator" ? account.administrators : account.moderators)
                .push_back(member.Text(0));
        }
        accounts.push_back(std::move(account));
    }
    return accounts;
}

core::Result<std::optional<domain::OfficialAccount>> SqlAccountStore::GetAccount(
    std::string_view school_id, std::string_view account_id) {
    auto rows = connection_.Exec(Select("WHERE school_id = $1 AND id = $2"),
                                 {Text(school_id), Text(account_id)});
    if (!rows) return rows.error();
    auto accounts = WithRunners(*rows);
    if (!accounts) return accounts.error();
    return First(std::move(*accounts));
}

core::Result<std::vector<domain::OfficialAccount>> SqlAccountStore::ListAccounts(
    std::string_view school_id) {
    auto rows = connection_.Exec(Select("WHERE school_id = $1 ORDER BY platform, handle"),
                                 {Text(school_id)});
    if (!rows) return rows.error();
    return WithRunners(*rows);
}

core::Result<std::optional<domain::OfficialAccount>> SqlAccountStore::FindAccountByPlatformId(
    domain::Platform platform, std::string_view external_id) {
    if (external_id.empty()) return std::optional<domain::OfficialAccount>();
    auto rows = connection_.Exec(Select("WHERE platform = $1 AND external_id = $2"),
                                 {Text(domain::PlatformName(platform)), Text(external_id)});
    if (!rows) return rows.error();
    auto accounts = WithRunners(*rows);
    if (!accounts) return accounts.error();
    return First(std::move(*accounts));
}

}  // namespace steward::store::sql
