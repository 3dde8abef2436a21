// The do-not-publish list (CON-10, issue 4 item 2): who is on it, why and who said so. It
// overrides any consent: the post check reads the pupil's do_not_publish flag, which these keep
// set (also across roster re-imports). Entry points: ListDoNotPublish(), SetDoNotPublish(),
// ClearDoNotPublish().
#pragma once

#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/consent/consent_store.hpp"
#include "domain/ports/actor.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {

// Returns the school's list, ordered by pupil id, and audits the view. kPermissionDenied
// without kViewConsent.
core::Result<std::vector<DoNotPublishEntry>> ListDoNotPublish(Tx& tx, const Actor& actor,
                                                              const core::Clock& clock,
                                                              std::string_view school_id);

// Puts the pupil on the list with `reason` (replacing an earlier reason). kInvalidInput for an
// empty reason, kNotFound for a pupil not on the roster, kPermissionDenied without
// kRecordConsent. The reason is kept but not audited (it is free text).
core::Result<DoNotPublishEntry> SetDoNotPublish(Tx& tx, const Actor& actor,
                                                const core::Clock& clock,
                                                std::string_view school_id,
                                                std::string_view pupil_id,
                                                std::string_view reason);

// Takes the pupil off the list. kNotFound when the pupil is not on it. A pupil whose MIS roster
// still carries the flag is put back on by the next roster import: clear it in the MIS too.
core::Status ClearDoNotPublish(Tx& tx, const Actor& actor, const core::Clock& clock,
                               std::string_view school_id, std::string_view pupil_id);

}  // namespace steward::domain
