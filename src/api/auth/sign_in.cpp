// Sign-in and sign-out: throttle, argon2id, session row, audit event.
#include "api/auth/sign_in.hpp"

#include <algorithm>
#include <cctype>

#include "api/auth/store_authenticator.hpp"
#include "domain/access/session_lookup.hpp"
#include "domain/audit/audit_log.hpp"
#include "security/tokens.hpp"

namespace steward::api {
namespace {

core::Error WrongCredentials() {
    return core::Error{core::ErrorCode::kUnauthenticated,
                       "That username and password do not match an active account.", ""};
}

std::string Lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

// A hash of a random password with the configured limits, so an unknown username costs the same
// verification time as a known one.
const std::string& DecoyHash(const security::PasswordHashLimits& limits) {
    static const std::string hash = [&] {
        auto made = security::HashPassword(security::GenerateToken(), limits);
        return made ? *made : std::string();
    }();
    return hash;
}

domain::Actor ActorOf(const domain::SignedIn& signed_in) {
    domain::Actor actor{signed_in.person ? signed_in.person->id : signed_in.user.id,
                        std::nullopt, ""};
    if (signed_in.person) actor.school_id = signed_in.person->school_id;
    if (!signed_in.roles.empty()) actor.role = signed_in.roles.front().role;
    return actor;
}

// Audits a refused attempt. The username is kept only when it names an account (an unknown one
// may be a password typed in the wrong box).
void AuditFailure(ApiEnvironment& environment, const std::string& user_id, std::string reason) {
    (void)environment.store.Transact([&](domain::Tx& tx) -> core::Status {
        auto event = domain::RecordAudit(
            tx, domain::Actor::System(), environment.clock,
            {"access.sign_in_failed", "user", user_id, "", "reason=" + reason, ""});
        if (!event) return event.error();
        return core::OkStatus();
    });
}

// Inserts the session and its audit event; returns who is now signed in.
core::Result<domain::SignedIn> OpenSession(ApiEnvironment& environment,
                                           const domain::UserAccount& user,
                                           const std::string& token, const std::string& csrf) {
    const core::TimePoint now = environment.clock.Now();
    const auto& settings = environment.sessions;
    domain::Session session{security::HashToken(token), user.id, now,
                            now + std::min(settings.idle_timeout, settings.absolute_timeout),
                            security::HashToken(csrf)};
    return environment.store.Transact([&](domain::Tx& tx) -> core::Result<domain::SignedIn> {
        if (auto inserted = tx.Access().InsertSession(session); !inserted) {
            return inserted.error();
        }
        auto signed_in = domain::LookUpSession(tx, session.token_hash, now);
        if (!signed_in) return signed_in.error();
        const domain::Actor actor = ActorOf(*signed_in);
        auto event = domain::RecordAudit(tx, actor, environment.clock,
                                         {"access.sign_in", "user", user.id, "", "", ""});
        if (!event) return event.error();
        return signed_in;
    });
}

}  // namespace

SignInOutcome SignIn(ApiEnvironment& environment, std::string_view username,
                     std::string_view password, std::string_view address) {
    const std::string account = Lower(username);
    SignInOutcome outcome;
    if (const auto decision = environment.throttle.Check(account, address); !decision.allowed) {
        outcome.retry_after = std::max(decision.retry_after, std::chrono::seconds(1));
        outcome.session = core::Error{core::ErrorCode::kUnauthenticated,
                                      "Too many failed sign-ins; wait before trying again.", ""};
        AuditFailure(environment, "", "throttled");
        return outcome;
    }
    auto user = environment.store.Read(
        [&](domain::Tx& tx) { return tx.Access().FindUserByUsername(username); });
    if (!user) {
        outcome.session = user.error();
        return outcome;
    }
    const bool known = user->has_value();
    const bool matches = known ? security::VerifyPassword((*user)->password_hash, password)
                               : (security::VerifyPassword(
                                      DecoyHash(environment.password_limits), password),
                                  false);
    if (!matches || (*user)->disabled) {
        environment.throttle.RecordFailure(account, address);
        AuditFailure(environment, known ? (*user)->id : "", "bad_credentials");
        outcome.session = WrongCredentials();
        return outcome;
    }
    NewSession created{security::GenerateToken(), "", {}};
    created.csrf_token = CsrfTokenFor(created.token);
    auto signed_in = OpenSession(environment, **user, created.token, created.csrf_token);
    if (!signed_in) {
        // The person left or was suspended: the same answer as a wrong password.
        if (signed_in.error().code == core::ErrorCode::kUnauthenticated) {
            AuditFailure(environment, (*user)->id, "inactive");
            outcome.session = WrongCredentials();
        } else {
            outcome.session = signed_in.error();
        }
        return outcome;
    }
    environment.throttle.RecordSuccess(account);
    created.principal = PrincipalFrom(*signed_in);
    outcome.session = std::move(created);
    return outcome;
}

core::Status SignOut(ApiEnvironment& environment, const Principal& principal) {
    return environment.store.Transact([&](domain::Tx& tx) -> core::Status {
        auto deleted = tx.Access().DeleteSession(principal.session_id);
        if (!deleted && deleted.error().code != core::ErrorCode::kNotFound) return deleted;
        domain::Actor actor{principal.person_id.empty() ? principal.user_id : principal.person_id,
                            std::nullopt, ""};
        auto event = domain::RecordAudit(tx, actor, environment.clock,
                                         {"access.sign_out", "user", principal.user_id, "", "", ""});
        if (!event) return event.error();
        return core::OkStatus();
    });
}

}  // namespace steward::api
