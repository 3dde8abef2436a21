// Reading evidence back (issue 7 item 5): only for the case's handlers, checked against its
// SHA-256 on the way out, audited.
#include "domain/audit/audit_log.hpp"
#include "domain/cases/case_service.hpp"
#include "domain/cases/case_visibility.hpp"
#include "domain/ports/store.hpp"
#include "security/sha256.hpp"

namespace steward::domain {

core::Result<CaseEvidence> ReadCaseEvidence(Tx& tx, const Actor& actor, const core::Clock& clock,
                                            const policy::PolicyPack* pack,
                                            std::string_view school_id, std::string_view case_id,
                                            std::string_view evidence_id) {
    const core::Error not_found{core::ErrorCode::kNotFound,
                                "No evidence with this id is open to you on this case.",
                                "evidence_id"};
    auto visible = LoadVisibleCase(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    // A reporter sees the status only; the evidence is for the handlers.
    if (visible->access != CaseAccess::kHandler) return not_found;
    auto evidence = tx.Cases().FindEvidence(case_id, evidence_id);
    if (!evidence) return evidence.error();
    if (!*evidence) return not_found;
    CaseEvidence item = std::move(**evidence);
    const bool is_link = !item.reference.empty();
    const std::string& hashed = is_link ? item.reference : item.content;
    if (security::Sha256Hex(hashed) != item.sha256) {
        return core::Error{core::ErrorCode::kInternal,
                           "This evidence no longer matches the SHA-256 it was stored with; it"
                           " is withheld. Tell your system administrator.",
                           "evidence_id"};
    }
    auto audited =
        RecordAudit(tx, actor, clock,
                    {"cases.evidence_download", "case", std::string(case_id), "",
                     "evidence=" + item.id + " sha256=" + item.sha256, std::string(school_id)});
    if (!audited) return audited.error();
    return item;
}

}  // namespace steward::domain
