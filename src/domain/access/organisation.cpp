// Organisation workflows: trusts and schools, each change audited in its transaction.
#include "domain/access/organisation.hpp"

#include "domain/access/field_rules.hpp"
#include "domain/audit/audit_log.hpp"

namespace steward::domain {
namespace {

core::Status RequireSystemOrTrustBoard(const Actor& actor) {
    if (actor.person_id == "system" || actor.role == Role::kTrustBoard) return core::OkStatus();
    return core::Error{core::ErrorCode::kPermissionDenied,
                       "Only the trust board or the system may add trusts and schools."};
}

core::Status RequireName(std::string_view name) {
    if (!name.empty() && name.size() <= 200) return core::OkStatus();
    return core::Error{core::ErrorCode::kInvalidInput, "name must be 1-200 characters.", "name"};
}

}  // namespace

core::Status Organisation::AddTrust(const Actor& actor, const Trust& trust) {
    if (auto ok = RequireSlug("trust id", trust.id); !ok) return ok;
    if (auto ok = RequireName(trust.name); !ok) return ok;
    if (auto ok = RequireSystemOrTrustBoard(actor); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        if (auto inserted = tx.Access().InsertTrust(trust); !inserted) return inserted;
        auto event = RecordAudit(tx, actor, clock_,
                                 {"access.add_trust", "trust", trust.id, "", "fields=id,name", ""});
        if (!event) return event.error();
        return core::OkStatus();
    });
}

core::Status Organisation::AddSchool(const Actor& actor, const School& school) {
    if (auto ok = RequireSlug("school id", school.id); !ok) return ok;
    if (auto ok = RequireName(school.name); !ok) return ok;
    if (auto ok = RequireSystemOrTrustBoard(actor); !ok) return ok;
    return store_.Transact([&](Tx& tx) -> core::Status {
        if (!school.trust_id.empty()) {
            auto trust = tx.Access().FindTrust(school.trust_id);
            if (!trust) return trust.error();
            if (!*trust) {
                return core::Error{
                    core::ErrorCode::kNotFound,
                    "No trust has the id given for this school; add the trust first.", "trust_id"};
            }
        }
        if (auto inserted = tx.Access().InsertSchool(school); !inserted) return inserted;
        std::string after =
            "fields=id,name" + std::string(school.trust_id.empty() ? "" : ",trust_id");
        auto event = RecordAudit(tx, actor, clock_,
                                 {"access.add_school", "school", school.id, "", after, school.id});
        if (!event) return event.error();
        return core::OkStatus();
    });
}

}  // namespace steward::domain
