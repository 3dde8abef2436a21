// HMAC-SHA256 over libsodium's crypto_auth_hmacsha256 (any key length, unlike crypto_auth).
#include "security/hmac.hpp"

#include <sodium.h>

#include <array>
#include <cstdlib>

namespace steward::security {
namespace {

void EnsureInitialised() {
    static const bool initialised = sodium_init() >= 0;
    if (!initialised) std::abort();  // libsodium cannot run at all: nothing below is safe
}

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> Mac(std::string_view key,
                                                            std::string_view data) {
    EnsureInitialised();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                                key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                                  data.size());
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_final(&state, mac.data());
    sodium_memzero(&state, sizeof state);
    return mac;
}

}  // namespace

std::string HmacSha256Hex(std::string_view key, std::string_view data) {
    const auto mac = Mac(key, data);
    std::string hex(mac.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), mac.data(), mac.size());
    hex.pop_back();
    return hex;
}

bool VerifyHmacSha256Hex(std::string_view key, std::string_view data,
                         std::string_view hex_signature) {
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> given{};
    size_t length = 0;
    if (hex_signature.size() != given.size() * 2 ||
        sodium_hex2bin(given.data(), given.size(), hex_signature.data(), hex_signature.size(),
                       nullptr, &length, nullptr) != 0 ||
        length != given.size()) {
        return false;
    }
    const auto expected = Mac(key, data);
    return sodium_memcmp(given.data(), expected.data(), expected.size()) == 0;
}

}  // namespace steward::security
