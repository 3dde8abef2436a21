// Tokens from libsodium: randombytes_buf for the bits, sodium_bin2base64 for the text and
// sodium_memcmp for comparisons that leak no timing.
#include "security/tokens.hpp"

#include <sodium.h>

#include <array>

#include "core/check.hpp"
#include "security/sha256.hpp"

namespace steward::security {
namespace {

void InitSodiumOnce() {
    static const int kInit = sodium_init();
    STEWARD_CHECK(kInit >= 0);
}

bool IsTokenCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

}  // namespace

std::string GenerateToken() {
    InitSodiumOnce();
    std::array<unsigned char, kTokenBytes> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    std::string text(sodium_base64_ENCODED_LEN(kTokenBytes, kVariant), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), kVariant);
    sodium_memzero(bytes.data(), bytes.size());
    text.resize(kTokenCharacters);  // drop the terminating NUL
    return text;
}

bool IsWellFormedToken(std::string_view token) {
    if (token.size() != kTokenCharacters) return false;
    for (char c : token) {
        if (!IsTokenCharacter(c)) return false;
    }
    return true;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
    InitSodiumOnce();
    if (a.size() != b.size()) return false;
    if (a.empty()) return true;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string HashToken(std::string_view token) { return Sha256Hex(token); }

bool TokenMatchesHash(std::string_view token, std::string_view stored_hash) {
    return ConstantTimeEquals(HashToken(token), stored_hash);
}

}  // namespace steward::security
