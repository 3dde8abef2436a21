// RegisterAccount: validation, tenant checks of the runners, one insert and one audit event.
#include "domain/accounts/account_register.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "security/tokens.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

void SortDistinct(std::vector<std::string>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

core::Status CheckFields(const NewAccount& request) {
    if (request.handle.empty() || request.handle.size() > 100) {
        return Invalid("The handle must be 1-100 characters.", "handle");
    }
    if (!request.url.empty() && request.url.rfind("https://", 0) != 0 &&
        request.url.rfind("http://", 0) != 0) {
        return Invalid("The url must start with https:// (or be left empty).", "url");
    }
    if (request.url.size() > 500) return Invalid("The url must be at most 500 characters.", "url");
    if (request.external_id.size() > 100) {
        return Invalid("The external_id must be at most 100 characters.", "external_id");
    }
    if (request.administrators.empty()) {
        return Invalid("Name at least one administrator for the account.", "administrators");
    }
    for (const auto* list : {&request.administrators, &request.moderators}) {
        for (const std::string& id : *list) {
            if (id.empty()) {
                return Invalid("A runner's person id is empty.",
                               list == &request.administrators ? "administrators" : "moderators");
            }
        }
    }
    return core::OkStatus();
}

// A runner must be a person of the school, or of the school's trust.
core::Status CheckRunner(Tx& tx, const School& school, const std::string& person_id,
                         std::string_view field) {
    auto person = tx.Access().FindPerson(person_id);
    if (!person) return person.error();
    const bool ours = *person && ((*person)->school_id == school.id ||
                                  (!school.trust_id.empty() && (*person)->trust_id == school.trust_id));
    bool trust_colleague = false;
    if (*person && !ours && !school.trust_id.empty() && !(*person)->school_id.empty()) {
        auto home = tx.Access().FindSchool((*person)->school_id);
        if (!home) return home.error();
        trust_colleague = *home && (*home)->trust_id == school.trust_id;
    }
    if (ours || trust_colleague) return core::OkStatus();
    return core::Error{core::ErrorCode::kNotFound,
                       "A runner is not a person of this school or its trust; add them to the "
                       "people register first.",
                       std::string(field)};
}

}  // namespace

core::Result<OfficialAccount> RegisterAccount(Store& store, const core::Clock& clock,
                                              const Actor& actor, NewAccount request) {
    if (auto ok = CheckFields(request); !ok) return ok.error();
    OfficialAccount account;
    account.id = "acc-" + security::GenerateToken().substr(0, 16);
    account.school_id = request.school_id;
    account.platform = request.platform;
    account.handle = request.handle;
    account.url = request.url;
    account.external_id = request.external_id;
    account.administrators = std::move(request.administrators);
    account.moderators = std::move(request.moderators);
    SortDistinct(account.administrators);
    SortDistinct(account.moderators);
    account.created_at = clock.Now();
    account.created_by = actor.person_id;
    auto stored = store.Transact([&](Tx& tx) -> core::Status {
        auto school = tx.Access().FindSchool(account.school_id);
        if (!school) return school.error();
        if (!*school) {
            return core::Error{core::ErrorCode::kNotFound, "There is no school with that id.",
                               "school_id"};
        }
        for (const auto& id : account.administrators) {
            if (auto ok = CheckRunner(tx, **school, id, "administrators"); !ok) return ok;
        }
        for (const auto& id : account.moderators) {
            if (auto ok = CheckRunner(tx, **school, id, "moderators"); !ok) return ok;
        }
        if (auto added = tx.Accounts().AddAccount(account); !added) return added;
        auto event = RecordAudit(
            tx, actor, clock,
            {"accounts.add_account", "official_account", account.id, "",
             "platform=" + std::string(PlatformName(account.platform)) +
                 " administrators=" + std::to_string(account.administrators.size()) +
                 " moderators=" + std::to_string(account.moderators.size()),
             account.school_id});
        if (!event) return event.error();
        return core::OkStatus();
    });
    if (!stored) return stored.error();
    return account;
}

}  // namespace steward::domain
