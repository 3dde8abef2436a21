// Fresh ids for the cases room's records: a prefix and 20 random URL-safe characters.
#pragma once

#include <string>
#include <string_view>

namespace steward::domain {

// Returns e.g. "case-Q3v..." (prefix "case"). Thread-safe (libsodium's CSPRNG).
std::string NewCaseRecordId(std::string_view prefix);

}  // namespace steward::domain
