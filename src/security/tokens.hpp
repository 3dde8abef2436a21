// Session, CSRF and reset tokens: 256 random bits from libsodium's CSPRNG as URL-safe text, a
// constant-time comparison, and the SHA-256 hash under which a token is stored (never the token).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace steward::security {

inline constexpr std::size_t kTokenBytes = 32;       // 256 bits of randomness
inline constexpr std::size_t kTokenCharacters = 43;  // base64url of 32 bytes, no padding

// Returns a new token: 32 bytes from the CSPRNG as 43 base64url characters (A-Z a-z 0-9 - _).
// Thread-safe.
std::string GenerateToken();

// Returns true if `token` has the shape GenerateToken() gives (length and alphabet), so that
// junk from a cookie or header is refused before any lookup.
bool IsWellFormedToken(std::string_view token);

// Returns true if `a` and `b` are equal, in time that depends only on their lengths.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Returns the SHA-256 of `token` as 64 lowercase hex characters: what the store keeps.
std::string HashToken(std::string_view token);

// Returns true if HashToken(token) equals `stored_hash`, compared in constant time.
bool TokenMatchesHash(std::string_view token, std::string_view stored_hash);

}  // namespace steward::security
