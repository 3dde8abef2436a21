// Permission, date and id helpers shared by the consent use cases.
#include "domain/consent/consent_guard.hpp"

#include "core/uk_time.hpp"
#include "security/tokens.hpp"

namespace steward::domain {

core::Status RequireConsentAction(const Actor& actor, Action action, std::string_view school_id) {
    if (actor.person_id == "system") return core::OkStatus();
    if (actor.role && ScopeFor(action, *actor.role) && actor.school_id == school_id) {
        return core::OkStatus();
    }
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "Your role may not " +
                           std::string(action == Action::kViewConsent ? "see" : "change") +
                           " this school's consent register.",
                       std::string(ActionKey(action))};
}

Date TodayIn(const core::Clock& clock) {
    const core::Date local = core::TimeZone::London().LocalDate(clock.Now());
    return Date{static_cast<int>(local.year()), static_cast<int>(static_cast<unsigned>(local.month())),
                static_cast<int>(static_cast<unsigned>(local.day()))};
}

std::string NewConsentRecordId() {
    return "cr-" + security::HashToken(security::GenerateToken()).substr(0, 20);
}

core::Error InvalidConsentField(std::string_view field, std::string message) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::string(field)};
}

}  // namespace steward::domain
