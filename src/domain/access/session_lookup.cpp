// Session token hash -> user, person and roles.
#include "domain/access/session_lookup.hpp"

namespace steward::domain {
namespace {

core::Error SignInAgain() {
    return core::Error{core::ErrorCode::kUnauthenticated,
                       "Your session has ended or is not valid; sign in again."};
}

}  // namespace

core::Result<SignedIn> LookUpSession(Tx& tx, std::string_view token_hash, core::TimePoint now) {
    auto session = tx.Access().FindSession(token_hash);
    if (!session) return session.error();
    if (!*session || (*session)->expires_at <= now) return SignInAgain();
    auto user = tx.Access().FindUserById((*session)->user_id);
    if (!user) return user.error();
    if (!*user || (*user)->disabled) return SignInAgain();
    SignedIn signed_in{std::move(**user), std::nullopt, {}, std::move(**session)};
    if (signed_in.user.person_id.empty()) return signed_in;
    auto person = tx.Access().FindPerson(signed_in.user.person_id);
    if (!person) return person.error();
    if (!*person || (*person)->status != PersonStatus::kActive) return SignInAgain();
    auto roles = tx.Access().RolesOf(signed_in.user.person_id);
    if (!roles) return roles.error();
    signed_in.person = std::move(**person);
    signed_in.roles = std::move(*roles);
    return signed_in;
}

}  // namespace steward::domain
