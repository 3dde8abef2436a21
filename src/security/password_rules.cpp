// Req: the NCSC's password guidance ("Password administration for system owners"): no
// composition rules, no forced expiry, a deny list of common passwords, and a minimum length.
#include "security/password_rules.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace steward::security {
namespace {

constexpr std::string_view kCommonPasswordText =
#include "security/common_passwords.inc"
    ;

// Words too common in school names to be worth refusing on their own.
constexpr std::array<std::string_view, 16> kGenericSchoolWords{
    "school",  "schools", "primary",    "secondary", "infant", "infants",   "junior", "juniors",
    "academy", "trust",   "federation", "college",   "church", "community", "high",   "learning"};

const std::unordered_set<std::string_view>& CommonPasswords() {
    static const std::unordered_set<std::string_view> kSet = [] {
        std::unordered_set<std::string_view> set;
        std::string_view text = kCommonPasswordText;
        while (!text.empty()) {
            const auto newline = text.find('\n');
            const auto line = text.substr(0, newline);
            if (!line.empty()) set.insert(line);
            if (newline == std::string_view::npos) break;
            text.remove_prefix(newline + 1);
        }
        return set;
    }();
    return kSet;
}

std::string Lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return out;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Returns the number of code points, or nullopt if `text` is not valid UTF-8.
std::optional<std::size_t> CountCodePoints(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t index = 0; index < text.size();) {
        const auto lead = static_cast<unsigned char>(text[index]);
        std::size_t length = lead < 0x80           ? 1
                             : (lead >> 5) == 0x6  ? 2
                             : (lead >> 4) == 0xE  ? 3
                             : (lead >> 3) == 0x1E ? 4
                                                   : 0;
        if (length == 0 || index + length > text.size()) return std::nullopt;
        for (std::size_t next = 1; next < length; ++next) {
            if ((static_cast<unsigned char>(text[index + next]) & 0xC0) != 0x80)
                return std::nullopt;
        }
        index += length;
        ++count;
    }
    return count;
}

// Returns the letters-and-digits words of `name` that are specific enough to refuse.
std::vector<std::string> SignificantWords(std::string_view name) {
    std::vector<std::string> words;
    std::string word;
    const auto flush = [&] {
        const bool generic = std::find(kGenericSchoolWords.begin(), kGenericSchoolWords.end(),
                                       word) != kGenericSchoolWords.end();
        if (word.size() >= 4 && !generic) words.push_back(word);
        word.clear();
    };
    for (char c : Lower(name)) {
        if (IsAsciiLetter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

core::Error Refuse(std::string message) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), "password"};
}

}  // namespace

bool IsCommonPassword(std::string_view password) {
    const std::string lowered = Lower(password);
    if (CommonPasswords().count(lowered) > 0) return true;
    std::size_t end = lowered.size();
    while (end > 0 && !IsAsciiLetter(lowered[end - 1])) --end;
    return end >= 3 && end < lowered.size() &&
           CommonPasswords().count(std::string_view(lowered).substr(0, end)) > 0;
}

core::Status CheckPassword(std::string_view password, const PasswordContext& context) {
    const auto characters = CountCodePoints(password);
    if (!characters) return Refuse("The password contains characters that are not valid text.");
    if (*characters < kMinPasswordCharacters) {
        return Refuse("Use at least 10 characters; three random words make a strong password.");
    }
    if (*characters > kMaxPasswordCharacters) return Refuse("Use at most 256 characters.");
    if (IsCommonPassword(password)) {
        return Refuse(
            "This password is one of the most commonly used ones; choose another, "
            "such as three random words.");
    }
    const std::string lowered = Lower(password);
    const std::string username = Lower(context.username);
    const std::string user_part = username.substr(0, username.find('@'));
    if (user_part.size() >= 3 && lowered.find(user_part) != std::string::npos) {
        return Refuse("The password must not contain your username.");
    }
    for (const std::string& word : SignificantWords(context.school_name)) {
        if (lowered.find(word) != std::string::npos) {
            return Refuse("The password must not contain the school's name.");
        }
    }
    return core::OkStatus();
}

}  // namespace steward::security
