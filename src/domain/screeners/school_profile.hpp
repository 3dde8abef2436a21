// SchoolProfile: a school's own published details (school.json for the CLI; the school record
// and its staff in the server). Its contacts are never personal data, its staff's names are not
// pupils' names and its motto hashtags are never names. Value types only.
#pragma once

#include <string>
#include <vector>

namespace steward::domain {

struct StaffMember {
    std::string title;  // "Mrs", "Dr"
    std::string first_name;
    std::string surname;
    std::string role;
};

struct PublicVenue {
    std::string name;
    std::string address;
    std::string postcode;
};

struct SchoolProfile {
    std::string name;
    std::string address;
    std::string postcode;
    std::vector<std::string> phones;
    std::vector<std::string> emails;
    std::string website;
    std::vector<std::string> handles;
    std::vector<std::string> motto_hashtags;  // "#LearnGrowHope": never pupil names
    std::vector<StaffMember> staff;
    std::vector<PublicVenue> public_venues;
};

}  // namespace steward::domain
