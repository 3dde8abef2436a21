// SchoolContacts: a school's own published contact details (phone numbers, e-mail addresses,
// postal address and postcode, website, social handles, motto hashtags and the public venues it
// uses), as testdata/dev/school.json gives them to `steward check posts --school`. None of these
// is personal data: the post check exempts them from PERSONAL_DATA, and the server's screener
// (domain/screeners) is compiled with them. Entry points: SetSchoolContacts, ReadSchoolContacts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/actor.hpp"
#include "domain/screeners/school_profile.hpp"  // PublicVenue

namespace steward::domain {

class Store;
class Tx;

struct SchoolContacts {
    std::string address;   // "Brookfield Academy, Pound Lane, Kingsmead, Bristol"
    std::string postcode;  // "BS15 9QX"
    std::vector<std::string> phones;
    std::vector<std::string> emails;
    std::string website;                      // "www.brookfieldacademy.org.uk"
    std::vector<std::string> handles;         // "@brookfield_academy"
    std::vector<std::string> motto_hashtags;  // "#TeamBrookfield"
    std::vector<PublicVenue> public_venues;

};

bool operator==(const SchoolContacts& a, const SchoolContacts& b);

// Most entries in one list, and the longest value, that SetSchoolContacts accepts.
inline constexpr std::size_t kMaxContactsPerList = 20;
inline constexpr std::size_t kMaxContactLength = 200;

// Trims every value and checks it: a phone number has 10 to 13 digits and only digits, spaces,
// "+", "(", ")" and "-"; an e-mail address has one "@" and a dot after it; a postcode is 5 to 8
// letters, digits and spaces; a hashtag starts with "#"; a website, handle, e-mail or hashtag has
// no spaces; a venue has a name; no list entry is empty. kInvalidInput naming the field and entry
// ("phones[1]") and the rule.
core::Result<SchoolContacts> NormaliseSchoolContacts(SchoolContacts contacts);

// Returns the school's contacts (all empty when none were set). kNotFound for an unknown school.
core::Result<SchoolContacts> ReadSchoolContacts(Tx& tx, std::string_view school_id);

// Replaces the school's contacts after NormaliseSchoolContacts, and audits it
// ("schools.set_contacts"), in one transaction. The school's screener is compiled again on its
// next use (the store raises the school's roster version). Permission is the caller's (the API
// asks for kManagePeople: the school's organisation records). Returns what was stored.
core::Result<SchoolContacts> SetSchoolContacts(Store& store, const core::Clock& clock,
                                               const Actor& actor, std::string_view school_id,
                                               SchoolContacts contacts);

}  // namespace steward::domain
