#include "domain/ports/actor.hpp"

namespace steward::domain {

std::optional<Role> ParseRole(std::string_view key) {
    std::optional<Role> role = policy::ParseRole(key);
    if (!role || !policy::IsCanonical(*role)) return std::nullopt;
    return role;
}

}  // namespace steward::domain
