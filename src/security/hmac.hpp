// HMAC-SHA256 for signed webhooks (Meta's X-Hub-Signature-256). Entry points: HmacSha256Hex(),
// VerifyHmacSha256Hex().
#pragma once

#include <string>
#include <string_view>

namespace steward::security {

// Returns HMAC-SHA256(key, data) as 64 lowercase hex characters. Any key length. Thread-safe.
std::string HmacSha256Hex(std::string_view key, std::string_view data);

// Returns true if `hex_signature` (64 hex characters, either case) is HMAC-SHA256(key, data).
// The comparison takes the same time wherever the first difference is.
bool VerifyHmacSha256Hex(std::string_view key, std::string_view data,
                         std::string_view hex_signature);

}  // namespace steward::security
