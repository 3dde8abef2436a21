// Do-not-publish: set and clear with who and why, each audited without the free-text reason.
#include "domain/consent/do_not_publish.hpp"

#include <string>

#include "domain/audit/audit_log.hpp"
#include "domain/consent/consent_decisions.hpp"
#include "domain/consent/consent_guard.hpp"

namespace steward::domain {

core::Result<std::vector<DoNotPublishEntry>> ListDoNotPublish(Tx& tx, const Actor& actor,
                                                              const core::Clock& clock,
                                                              std::string_view school_id) {
    if (auto allowed = RequireConsentAction(actor, Action::kViewConsent, school_id); !allowed) {
        return allowed.error();
    }
    auto entries = tx.Consent().ListDoNotPublish(school_id);
    if (!entries) return entries.error();
    auto event = RecordAudit(tx, actor, clock,
                             {"consent.view_do_not_publish", "consent_register",
                              std::string(school_id), "",
                              "pupils=" + std::to_string(entries->size()), std::string(school_id)});
    if (!event) return event.error();
    return entries;
}

core::Result<DoNotPublishEntry> SetDoNotPublish(Tx& tx, const Actor& actor,
                                                const core::Clock& clock,
                                                std::string_view school_id,
                                                std::string_view pupil_id,
                                                std::string_view reason) {
    if (auto allowed = RequireConsentAction(actor, Action::kRecordConsent, school_id); !allowed) {
        return allowed.error();
    }
    if (reason.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return InvalidConsentField("reason",
                                   "reason is empty; say why the pupil must not be published.");
    }
    if (auto known = RequireKnownPupil(tx, school_id, pupil_id); !known) return known.error();
    auto before = tx.Consent().FindDoNotPublish(school_id, pupil_id);
    if (!before) return before.error();
    DoNotPublishEntry entry{std::string(pupil_id), std::string(reason), actor.person_id,
                            clock.Now(), false};
    if (auto saved = tx.Consent().SetDoNotPublish(school_id, entry); !saved) return saved.error();
    auto event = RecordAudit(tx, actor, clock,
                             {"consent.set_do_not_publish", "pupil", std::string(pupil_id),
                              *before ? "do_not_publish=1" : "do_not_publish=0",
                              "do_not_publish=1 reason=recorded", std::string(school_id)});
    if (!event) return event.error();
    return entry;
}

core::Status ClearDoNotPublish(Tx& tx, const Actor& actor, const core::Clock& clock,
                               std::string_view school_id, std::string_view pupil_id) {
    if (auto allowed = RequireConsentAction(actor, Action::kRecordConsent, school_id); !allowed) {
        return allowed.error();
    }
    auto before = tx.Consent().FindDoNotPublish(school_id, pupil_id);
    if (!before) return before.error();
    if (!*before) {
        return core::Error{core::ErrorCode::kNotFound,
                           "This pupil is not on the do-not-publish list.", "pupil_id"};
    }
    if (auto cleared = tx.Consent().ClearDoNotPublish(school_id, pupil_id); !cleared) {
        return cleared;
    }
    auto event = RecordAudit(tx, actor, clock,
                             {"consent.clear_do_not_publish", "pupil", std::string(pupil_id),
                              "do_not_publish=1", "do_not_publish=0", std::string(school_id)});
    if (!event) return event.error();
    return core::OkStatus();
}

}  // namespace steward::domain
