// ApiEnvironment: what the domain routes need from outside the server, built once by
// cli/wiring.cpp: the Store, the clock, the login throttle, the loaded policy packs and the
// session and password settings. No Beast or Asio types, so the CLI may include it.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "domain/ports/store.hpp"
#include "domain/screeners/school_screeners.hpp"
#include "policy/policy_pack.hpp"
#include "security/login_throttle.hpp"
#include "security/password_hash.hpp"

namespace steward::api {

struct SessionSettings {
    std::chrono::seconds idle_timeout{std::chrono::minutes(30)};  // no request this long: ends
    std::chrono::seconds absolute_timeout{std::chrono::hours(12)};  // ends this long after sign-in
};

// Policy packs by meta.school_id: a school's pack is the one keyed by its id, else by its trust's.
using PolicyCatalogue = std::map<std::string, policy::PolicyPack, std::less<>>;

// Returns the pack of a school with id `school_id` in trust `trust_id`, or null.
const policy::PolicyPack* PackFor(const PolicyCatalogue& packs, std::string_view school_id,
                                  std::string_view trust_id);

// Everything referenced must outlive the server. Thread-safe members only.
struct ApiEnvironment {
    domain::Store& store;
    const core::Clock& clock;
    security::LoginThrottle& throttle;
    const PolicyCatalogue& packs;
    SessionSettings sessions;
    security::PasswordHashLimits password_limits;
    std::string meta_webhooks_file{};  // Meta app secret + verify token (comments_services.hpp)
    // The one compiled-screener cache per school of this server (comments, posts, media).
    std::shared_ptr<domain::SchoolScreeners> screeners = std::make_shared<domain::SchoolScreeners>(store);
};

}  // namespace steward::api
