// Official accounts (ACC-01, DM-9, issue 4 item 5): a school's account on one platform, with its
// runners (administrators and moderators, by person id). The creation-approval workflow of ACC
// will extend this; today an account is registered directly by someone allowed to.
#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "domain/consent/consent_types.hpp"

namespace steward::domain {

struct OfficialAccount {
    std::string id;
    std::string school_id;
    Platform platform = Platform::kWebsite;
    std::string handle;       // "@belgraveschool", or the page name
    std::string url;          // "https://www.facebook.com/belgraveschool"; may be empty
    std::string external_id;  // the platform's page or user id (webhooks); may be empty
    std::vector<std::string> administrators;  // person ids, sorted, distinct
    std::vector<std::string> moderators;      // person ids, sorted, distinct
    core::TimePoint created_at{};
    std::string created_by;  // person id, or "system"

    // True if `person_id` is an administrator or a moderator.
    bool IsRunner(const std::string& person_id) const;
};

}  // namespace steward::domain
