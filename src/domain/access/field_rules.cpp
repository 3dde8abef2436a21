// Field rules of the access room.
#include "domain/access/field_rules.hpp"

#include <chrono>
#include <string>

namespace steward::domain {
namespace {

bool IsSlugChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

int Digits(std::string_view text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

bool IsSlug(std::string_view text) {
    if (text.empty() || text.size() > 64) return false;
    if (text.front() == '-' || text.front() == '_' || text.front() == '.') return false;
    for (char c : text) {
        if (!IsSlugChar(c)) return false;
    }
    return true;
}

bool IsIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    int year = Digits(text.substr(0, 4));
    int month = Digits(text.substr(5, 2));
    int day = Digits(text.substr(8, 2));
    if (year < 0 || month < 0 || day < 0) return false;
    std::chrono::year_month_day date{std::chrono::year{year},
                                     std::chrono::month{static_cast<unsigned>(month)},
                                     std::chrono::day{static_cast<unsigned>(day)}};
    return date.ok();
}

core::Status RequireSlug(std::string_view field, std::string_view value) {
    if (IsSlug(value)) return core::OkStatus();
    return core::Error{core::ErrorCode::kInvalidInput,
                       std::string(field) + " must be 1-64 letters, digits, '-', '_' or '.'.",
                       std::string(field)};
}

core::Status RequireAdministrator(const Actor& actor, std::string_view school_id) {
    if (actor.person_id == "system") return core::OkStatus();
    if (actor.role == Role::kTrustBoard) return core::OkStatus();
    bool school_admin = actor.role == Role::kHeadteacher ||
                        actor.role == Role::kSeniorLeadershipTeam || actor.role == Role::kItManager;
    if (school_admin && !school_id.empty() && actor.school_id == school_id) {
        return core::OkStatus();
    }
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "Only the headteacher, senior leadership, IT manager or trust board may "
                       "change this school's organisation records."};
}

}  // namespace steward::domain
