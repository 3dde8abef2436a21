// Pupil: one row of a school's roster, as every room sees it (ORG-02). Value type only.
#pragma once

#include <string>

namespace steward::domain {

struct Pupil {
    std::string id;              // the school's own pupil id (e.g. UPN or MIS id), unique per school
    std::string first_name;      // legal forename
    std::string last_name;       // legal surname
    std::string preferred_name;  // may be empty
    std::string year_group;      // "N", "R", "1".."13"
    bool do_not_publish = false;  // PST/CON: on the school's do-not-publish list

    // The name the school uses day to day: preferred name when present, else first name.
    const std::string& known_as() const { return preferred_name.empty() ? first_name : preferred_name; }
};

}  // namespace steward::domain
