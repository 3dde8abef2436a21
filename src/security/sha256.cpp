// SHA-256 through libsodium's crypto_hash_sha256.
#include "security/sha256.hpp"

#include <sodium.h>

#include <array>

#include "core/check.hpp"

namespace steward::security {
namespace {

void InitSodiumOnce() {
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const int kInit = sodium_init();
    STEWARD_CHECK(kInit >= 0);
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
    InitSodiumOnce();
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()),
                       data.size());
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();  // sodium_bin2hex writes a terminating NUL
    return hex;
}

}  // namespace steward::security
