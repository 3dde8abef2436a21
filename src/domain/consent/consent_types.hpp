// Value types of the consent register: platforms, media kinds, one consent record, and the
// school's consent settings from its policy pack (CON-01, CON-02, CON-05).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "domain/consent/consent_date.hpp"

namespace steward::domain {

enum class Platform { kFacebook, kInstagram, kX, kYoutube, kWebsite, kTiktok };
enum class MediaKind { kNone, kImage, kVideo };
enum class ConsentGiver { kParent, kPupil };

// Returns the lower-case exchange-format name ("facebook", "x", ...).
std::string_view PlatformName(Platform platform);
// Accepts the exchange-format names in any case, plus "twitter" for x; nullopt otherwise.
std::optional<Platform> ParsePlatform(std::string_view text);
std::string_view MediaKindName(MediaKind kind);
std::optional<MediaKind> ParseMediaKind(std::string_view text);
std::optional<ConsentGiver> ParseConsentGiver(std::string_view text);
// Returns "parent" or "pupil".
std::string_view ConsentGiverName(ConsentGiver giver);

// One decision for one pupil, one academic year and one platform. Records are never edited:
// an amendment is a later record, a withdrawal sets withdrawn_on (CON-06).
struct ConsentRecord {
    std::string pupil_id;
    AcademicYear academic_year;
    Platform platform = Platform::kWebsite;
    bool image = false;
    bool video = false;
    bool name = false;
    ConsentGiver given_by = ConsentGiver::kParent;
    Date recorded_on;
    std::optional<Date> withdrawn_on;
    // Register bookkeeping (the exchange format leaves these empty):
    std::string id;               // "cr-" + 20 hex digits, unique in the installation
    std::string school_id;
    std::string method;           // how it was received: "paper", "email", "online form", ...
    std::string recorded_by;      // person id of whoever entered it ("system" for imports)
    std::string amends_id;        // the record this one supersedes; "" for a first decision
    int revision = 1;             // 1 for a first decision, amended record's revision + 1
    std::string withdrawal_note;  // what the written notice said (never a pupil's name)
    std::string withdrawn_by;     // person id of whoever recorded the withdrawal
    core::TimePoint created_at{};

    // True if the record allows media of `kind` (kNone is always allowed).
    bool Allows(MediaKind kind) const;
};

// How long a record lasts (policy `consent.validity`).
enum class ConsentValidity { kAcademicYear, kUntilWithdrawn };

// Which dimensions a school records separately (policy `consent.dimensions`, CON-02). A
// dimension not recorded separately is satisfied by any record in force.
struct ConsentDimensions {
    bool platform = true;
    bool media_kind = true;
    bool name = true;
};

struct ConsentSettings {
    ConsentValidity validity = ConsentValidity::kAcademicYear;
    ConsentDimensions dimensions;
};

}  // namespace steward::domain
