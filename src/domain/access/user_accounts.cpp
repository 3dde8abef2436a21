// User account workflows; the password hash is never written to the audit trail.
#include "domain/access/user_accounts.hpp"

#include <string>

#include "domain/access/field_rules.hpp"
#include "domain/audit/audit_log.hpp"

namespace steward::domain {
namespace {

core::Status Audit(Tx& tx, const Actor& actor, const core::Clock& clock, AuditChange change) {
    auto event = RecordAudit(tx, actor, clock, std::move(change));
    if (!event) return event.error();
    return core::OkStatus();
}

}  // namespace

core::Status UserAccounts::Authorise(Tx& tx, const Actor& actor, std::string_view person_id) {
    if (person_id.empty()) return RequireAdministrator(actor, "");
    auto person = tx.Access().FindPerson(person_id);
    if (!person) return person.error();
    if (!*person) {
        return core::Error{core::ErrorCode::kNotFound, "No person has the id given.", "person_id"};
    }
    return RequireAdministrator(actor, (*person)->school_id);
}

core::Result<UserAccount> UserAccounts::Load(Tx& tx, std::string_view user_id) {
    auto user = tx.Access().FindUserById(user_id);
    if (!user) return user.error();
    if (!*user) {
        return core::Error{core::ErrorCode::kNotFound, "No user account has the id given.",
                           "user_id"};
    }
    return std::move(**user);
}

core::Status UserAccounts::CreateUser(const Actor& actor, UserAccount user) {
    if (auto ok = RequireSlug("user id", user.id); !ok) return ok;
    if (auto ok = RequireSlug("username", user.username); !ok) return ok;
    if (user.password_hash.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "A password hash is required.",
                           "password_hash"};
    }
    user.created_at = clock_.Now();
    return store_.Transact([&](Tx& tx) -> core::Status {
        if (auto ok = Authorise(tx, actor, user.person_id); !ok) return ok;
        if (auto inserted = tx.Access().InsertUser(user); !inserted) return inserted;
        std::string after = "username=" + user.username +
                            (user.person_id.empty() ? "" : " person=" + user.person_id);
        return Audit(tx, actor, clock_, {"access.create_user", "user", user.id, "", after, ""});
    });
}

core::Status UserAccounts::SetDisabled(const Actor& actor, std::string_view user_id,
                                       bool disabled) {
    return store_.Transact([&](Tx& tx) -> core::Status {
        auto user = Load(tx, user_id);
        if (!user) return user.error();
        if (auto ok = Authorise(tx, actor, user->person_id); !ok) return ok;
        if (user->disabled == disabled) return core::OkStatus();
        user->disabled = disabled;
        if (auto saved = tx.Access().UpdateUser(*user); !saved) return saved;
        std::string before = disabled ? "disabled=0" : "disabled=1";
        std::string after = disabled ? "disabled=1" : "disabled=0";
        return Audit(tx, actor, clock_,
                     {"access.set_user_disabled", "user", user->id, before, after, ""});
    });
}

core::Status UserAccounts::SetPasswordHash(const Actor& actor, std::string_view user_id,
                                           std::string password_hash) {
    if (password_hash.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "A password hash is required.",
                           "password_hash"};
    }
    return store_.Transact([&](Tx& tx) -> core::Status {
        auto user = Load(tx, user_id);
        if (!user) return user.error();
        if (auto ok = Authorise(tx, actor, user->person_id); !ok) return ok;
        user->password_hash = password_hash;
        if (auto saved = tx.Access().UpdateUser(*user); !saved) return saved;
        return Audit(tx, actor, clock_,
                     {"access.set_password", "user", user->id, "", "fields=password_hash", ""});
    });
}

}  // namespace steward::domain
