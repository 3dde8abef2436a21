// UserAccounts: local logins tied to people. Password hashing is done by the caller (security/);
// only the hash string reaches these workflows and the store. Sessions are stored directly through
// tx.Access() by the server (InsertSession, FindSession, DeleteSession).
#pragma once

#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/access_types.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Thread-safe if the Store is (it is). Holds references: store and clock must outlive it.
// The actor must administer the linked person's school (field_rules.hpp), or be the system or
// trust board for accounts linked to no school person: else kPermissionDenied.
class UserAccounts {
  public:
    UserAccounts(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

    // Creates an account (created_at = now). kInvalidInput for a bad id or username, an empty
    // password hash; kNotFound for an unknown person; kAlreadyExists for a taken id or username.
    core::Status CreateUser(const Actor& actor, UserAccount user);

    // Disables or re-enables an account; kNotFound for an unknown id.
    core::Status SetDisabled(const Actor& actor, std::string_view user_id, bool disabled);

    // Replaces the stored password hash; kNotFound for an unknown id. The audit event records
    // only that the password changed.
    core::Status SetPasswordHash(const Actor& actor, std::string_view user_id,
                                 std::string password_hash);

  private:
    core::Status Authorise(Tx& tx, const Actor& actor, std::string_view person_id);
    core::Result<UserAccount> Load(Tx& tx, std::string_view user_id);

    Store& store_;
    const core::Clock& clock_;
};

}  // namespace steward::domain
