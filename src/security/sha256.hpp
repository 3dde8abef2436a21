// SHA-256 digests as lowercase hex, for the audit chain and for storing token hashes.
// Entry point: Sha256Hex().
#pragma once

#include <string>
#include <string_view>

namespace steward::security {

// Returns the SHA-256 digest of `data` as 64 lowercase hex characters. Thread-safe: libsodium is
// initialised once, on first use.
std::string Sha256Hex(std::string_view data);

}  // namespace steward::security
