// The password rules, after the NCSC's guidance: length, not composition. A password must be
// 10 to 256 characters, must not be a commonly used password (a list compiled into the binary
// from common_passwords.inc) and must not contain the person's username or the school's name.
// Entry point: CheckPassword().
#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.hpp"

namespace steward::security {

// NCSC: "minimum length 8 with a deny list"; we ask for 10 because school accounts reach pupil
// data and a passphrase of three random words is easy to reach that length.
inline constexpr std::size_t kMinPasswordCharacters = 10;
// An upper bound so hashing cost stays bounded; long enough for any passphrase.
inline constexpr std::size_t kMaxPasswordCharacters = 256;

struct PasswordContext {
    std::string_view username;     // the person's sign-in name or email address
    std::string_view school_name;  // e.g. "Clarendon Infant and Junior Schools"
};

// Returns OkStatus() if `password` may be used, else kInvalidInput with where = "password" and a
// message that says what to change. Characters are counted as UTF-8 code points; there are no
// rules about digits, symbols or case. Invalid UTF-8 is refused.
core::Status CheckPassword(std::string_view password, const PasswordContext& context);

// Returns true if `password`, ignoring ASCII case and any digits or symbols added at its end
// ("Password2024!" -> "password"), is on the list of commonly used passwords.
bool IsCommonPassword(std::string_view password);

}  // namespace steward::security
