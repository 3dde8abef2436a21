// What every consent use case does first: check the actor may act on the school's register, and
// learn today's date in the school's zone. Also the ids of new consent records.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/access/permissions.hpp"
#include "domain/consent/consent_date.hpp"
#include "domain/ports/actor.hpp"

namespace steward::domain {

// Returns OK if `actor` is the system, or holds a role that the permission table gives `action`
// (kViewConsent or kRecordConsent) and acts for `school_id`; kPermissionDenied otherwise. The API
// has already authorised the request against the table: this keeps other callers honest.
core::Status RequireConsentAction(const Actor& actor, Action action, std::string_view school_id);

// Returns today's date in Europe/London (schools date letters by the local day).
Date TodayIn(const core::Clock& clock);

// Returns a new record id: "cr-" followed by 20 lowercase hex digits from the CSPRNG.
std::string NewConsentRecordId();

// Returns kInvalidInput with `field` as `where` and `message` as the sentence.
core::Error InvalidConsentField(std::string_view field, std::string message);

}  // namespace steward::domain
