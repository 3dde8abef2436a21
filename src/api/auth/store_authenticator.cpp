// Sessions from the Store: lookup, idle extension and the principal handlers see.
#include "api/auth/store_authenticator.hpp"

#include <algorithm>

#include "security/tokens.hpp"

namespace steward::api {
namespace {

// Extending costs a write; do it only when at least this much of the idle window has passed.
constexpr std::chrono::seconds kExtendAfter{60};

}  // namespace

const policy::PolicyPack* PackFor(const PolicyCatalogue& packs, std::string_view school_id,
                                  std::string_view trust_id) {
    if (auto found = packs.find(school_id); found != packs.end()) return &found->second;
    if (trust_id.empty()) return nullptr;
    if (auto found = packs.find(trust_id); found != packs.end()) return &found->second;
    return nullptr;
}

std::string CsrfTokenFor(std::string_view session_token) {
    // SHA-256 as base64url (43 characters), the shape security::IsWellFormedToken expects.
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const std::string hex = security::HashToken("steward-csrf-v1:" + std::string(session_token));
    std::string bytes;
    for (std::size_t at = 0; at + 1 < hex.size(); at += 2) {
        bytes += static_cast<char>(std::stoi(hex.substr(at, 2), nullptr, 16));
    }
    std::string token;
    unsigned buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            token += kAlphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0) token += kAlphabet[(buffer << (6 - bits)) & 0x3F];
    return token;
}

Principal PrincipalFrom(const domain::SignedIn& signed_in) {
    Principal principal;
    principal.user_id = signed_in.user.id;
    principal.session_id = signed_in.session.token_hash;
    principal.csrf_token_hash = signed_in.session.csrf_token_hash;
    principal.username = signed_in.user.username;
    principal.display_name = signed_in.user.username;
    if (signed_in.person) {
        principal.person_id = signed_in.person->id;
        principal.display_name = signed_in.person->display_name;
    }
    for (const auto& held : signed_in.roles) {
        principal.roles.push_back(
            SchoolRole{held.school_id, std::string(domain::RoleKey(held.role)), held.trust_id});
    }
    return principal;
}

core::Result<std::optional<Principal>> StoreAuthenticator::Authenticate(
    std::string_view session_token) {
    if (!security::IsWellFormedToken(session_token)) return std::optional<Principal>();
    const std::string token_hash = security::HashToken(session_token);
    const core::TimePoint now = environment_.clock.Now();
    auto signed_in = environment_.store.Read(
        [&](domain::Tx& tx) { return domain::LookUpSession(tx, token_hash, now); });
    if (!signed_in) {
        if (signed_in.error().code == core::ErrorCode::kUnauthenticated) {
            return std::optional<Principal>();
        }
        return signed_in.error();
    }
    if (auto extended = Extend(signed_in->session); !extended) return extended.error();
    return std::optional<Principal>(PrincipalFrom(*signed_in));
}

core::Status StoreAuthenticator::Extend(const domain::Session& session) {
    const auto& settings = environment_.sessions;
    const core::TimePoint now = environment_.clock.Now();
    const core::TimePoint absolute_end = session.created_at + settings.absolute_timeout;
    const core::TimePoint wanted = std::min(now + settings.idle_timeout, absolute_end);
    if (wanted - session.expires_at < kExtendAfter) return core::OkStatus();
    domain::Session extended = session;
    extended.expires_at = wanted;
    return environment_.store.Transact([&](domain::Tx& tx) -> core::Status {
        if (auto deleted = tx.Access().DeleteSession(session.token_hash); !deleted) {
            // Signed out meanwhile: nothing to extend.
            return deleted.error().code == core::ErrorCode::kNotFound ? core::OkStatus()
                                                                      : deleted;
        }
        return tx.Access().InsertSession(extended);
    });
}

}  // namespace steward::api
