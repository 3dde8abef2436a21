// argon2id through libsodium's crypto_pwhash_str family.
#include "security/password_hash.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

#include "core/check.hpp"

namespace steward::security {
namespace {

constexpr std::size_t kMaxPasswordBytes = 4096;  // far above the rules' 256 characters

void InitSodiumOnce() {
    static const int kInit = sodium_init();
    STEWARD_CHECK(kInit >= 0);
}

}  // namespace

core::Result<std::string> HashPassword(std::string_view password,
                                       const PasswordHashLimits& limits) {
    InitSodiumOnce();
    if (password.empty() || password.size() > kMaxPasswordBytes) {
        return core::Error{core::ErrorCode::kInvalidInput,
                           "The password must be between 1 and 4096 bytes long.", "password"};
    }
    std::array<char, crypto_pwhash_STRBYTES> out{};
    const int rc =
        crypto_pwhash_str_alg(out.data(), password.data(), password.size(), limits.ops_limit,
                              limits.mem_limit_bytes, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return core::Error{core::ErrorCode::kUnavailable,
                           "The server ran out of memory while hashing a password; try again."};
    }
    return std::string(out.data());
}

bool VerifyPassword(std::string_view encoded_hash, std::string_view password) {
    InitSodiumOnce();
    if (encoded_hash.empty() || encoded_hash.size() >= crypto_pwhash_STRBYTES) return false;
    if (password.size() > kMaxPasswordBytes) return false;
    std::array<char, crypto_pwhash_STRBYTES> stored{};  // the API wants a NUL-terminated string
    std::copy(encoded_hash.begin(), encoded_hash.end(), stored.begin());
    if (encoded_hash.substr(0, 10) != "$argon2id$") return false;
    return crypto_pwhash_str_verify(stored.data(), password.data(), password.size()) == 0;
}

bool PasswordNeedsRehash(std::string_view encoded_hash, const PasswordHashLimits& limits) {
    InitSodiumOnce();
    if (encoded_hash.empty() || encoded_hash.size() >= crypto_pwhash_STRBYTES) return true;
    std::array<char, crypto_pwhash_STRBYTES> stored{};
    std::copy(encoded_hash.begin(), encoded_hash.end(), stored.begin());
    return crypto_pwhash_str_needs_rehash(stored.data(), limits.ops_limit,
                                          limits.mem_limit_bytes) != 0;
}

}  // namespace steward::security
