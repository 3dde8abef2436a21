// Password storage with argon2id (libsodium crypto_pwhash_str): the encoded string carries its
// own salt and limits, so stored hashes survive a change of limits. Entry: HashPassword().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace steward::security {

// Work factors for argon2id. `ops_limit` is the number of passes, `mem_limit_bytes` the memory.
struct PasswordHashLimits {
    unsigned long long ops_limit = 2;
    std::size_t mem_limit_bytes = 64u * 1024 * 1024;

    // libsodium's "interactive" limits (2 passes, 64 MiB): about 0.1 s a hash on one core.
    static PasswordHashLimits Interactive() { return {}; }
    // The smallest limits libsodium allows (1 pass, 8 KiB): for tests only, never production.
    static PasswordHashLimits ForTests() { return {1, 8u * 1024}; }
};

// Returns the argon2id encoded hash ("$argon2id$v=19$m=…") of `password` with a fresh salt.
// Returns kInvalidInput for an empty password or one over 4096 bytes, and kUnavailable if
// libsodium could not get the memory. Thread-safe.
core::Result<std::string> HashPassword(std::string_view password,
                                       const PasswordHashLimits& limits = {});

// Returns true if `password` matches `encoded_hash`. Returns false for a wrong password and for
// a hash that is not an argon2id string. Takes as long as hashing. Thread-safe.
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);

// Returns true if `encoded_hash` was made with limits other than `limits` (rehash on next login).
bool PasswordNeedsRehash(std::string_view encoded_hash, const PasswordHashLimits& limits = {});

}  // namespace steward::security
