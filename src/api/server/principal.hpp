// Principal: who an authenticated request comes from, as the Authenticator found it from the
// session cookie. Handlers read it from RequestContext::principal to decide what is allowed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace steward::api {

struct SchoolRole {
    std::string school_id;  // e.g. "kk"
    std::string role;       // canonical role key, e.g. "headteacher" (REQUIREMENTS.md 0.4)
    std::string trust_id;   // set (and school_id empty) for a role held across a trust
};

struct Principal {
    std::string user_id;
    std::string session_id;       // the stored session's id (never the cookie token itself)
    std::string csrf_token_hash;  // security::HashToken() of the session's CSRF token
    std::vector<SchoolRole> roles;
    std::string person_id;     // "" for accounts tied to no person
    std::string username;
    std::string display_name;  // the person's name, else the username

    // Returns true if the principal holds `role` in `school_id`.
    bool HasRole(std::string_view school_id, std::string_view role) const {
        for (const auto& held : roles) {
            if (held.school_id == school_id && held.role == role) return true;
        }
        return false;
    }
    // Returns true if the principal holds any role in `school_id`.
    bool BelongsTo(std::string_view school_id) const {
        for (const auto& held : roles) {
            if (held.school_id == school_id) return true;
        }
        return false;
    }
};

}  // namespace steward::api
