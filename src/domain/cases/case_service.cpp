// Opening, listing and reading cases. Lifecycle steps are in case_lifecycle.cpp.
#include "domain/cases/case_service.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/cases/block_tasks.hpp"
#include "domain/cases/case_decisions.hpp"
#include "domain/cases/case_forms.hpp"
#include "domain/cases/case_ids.hpp"
#include "domain/cases/case_notices.hpp"
#include "domain/cases/case_routing.hpp"
#include "domain/cases/case_visibility.hpp"
#include "domain/cases/report_timing.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

// Checks the parts of a request that are not form fields.
core::Status CheckRequest(const NewCase& request) {
    if (request.school_id.empty()) return Invalid("Give the school.", "school_id");
    if (request.summary.empty()) return Invalid("Give a one-line summary.", "summary");
    if (request.summary.size() > kMaxSummaryBytes) {
        return Invalid("Keep the summary under 300 bytes; put detail in the description.",
                       "summary");
    }
    if (request.reporter.empty()) return Invalid("Give who reports the concern.", "reporter");
    return core::OkStatus();
}

// Returns true if `person_id` holds the headteacher role at the school or across its trust.
core::Result<bool> IsHeadteacher(Tx& tx, std::string_view school_id, std::string_view person_id) {
    auto viewer = ViewerAt(tx, Actor{std::string(person_id), std::nullopt, ""}, school_id);
    if (!viewer) return viewer.error();
    return std::find(viewer->roles.begin(), viewer->roles.end(), Role::kHeadteacher) !=
           viewer->roles.end();
}

core::Status CheckSubject(Tx& tx, const NewCase& request) {
    if (request.subject_person_id.empty()) return core::OkStatus();
    auto person = tx.Access().FindPerson(request.subject_person_id);
    if (!person) return person.error();
    if (!*person) return Invalid("No person has this id.", "subject_person_id");
    auto school = tx.Access().FindSchool(request.school_id);
    if (!school) return school.error();
    const bool here = (*person)->school_id == request.school_id;
    const bool trust =
        *school && !(*person)->trust_id.empty() && (*person)->trust_id == (**school).trust_id;
    if (!here && !trust) {
        return Invalid("The person concerned must belong to this school or its trust.",
                       "subject_person_id");
    }
    return core::OkStatus();
}

// Checks every pupil id is on the school's roster, once.
core::Status CheckPupils(Tx& tx, const NewCase& request) {
    if (request.pupil_ids.size() > kMaxCasePupils) {
        return Invalid("Link at most 50 pupils to one case.", "pupil_ids");
    }
    std::vector<std::string> seen;
    for (const auto& pupil_id : request.pupil_ids) {
        if (std::find(seen.begin(), seen.end(), pupil_id) != seen.end()) {
            return Invalid("Each pupil is listed once.", "pupil_ids");
        }
        seen.push_back(pupil_id);
        auto pupil = tx.Access().FindPupil(request.school_id, pupil_id);
        if (!pupil) return pupil.error();
        if (!*pupil) return Invalid("No pupil on this school's roster has this id.", "pupil_ids");
    }
    return core::OkStatus();
}

// The first holder of `role` at the school who is not the person concerned; "" if none.
core::Result<std::string> FirstHolder(Tx& tx, std::string_view school_id, Role role,
                                      std::string_view subject) {
    auto holders = tx.Access().HoldersOf(school_id, role);
    if (!holders) return holders.error();
    std::sort(holders->begin(), holders->end(),
              [](const auto& a, const auto& b) { return a.person_id < b.person_id; });
    for (const auto& holder : *holders) {
        if (holder.person_id != subject) return holder.person_id;
    }
    return std::string();
}

}  // namespace

core::Result<std::string> OpenCase(Tx& tx, const Actor& actor, const core::Clock& clock,
                                   const policy::PolicyPack* pack, const NewCase& request) {
    if (auto ok = CheckRequest(request); !ok) return ok.error();
    auto school = tx.Access().FindSchool(request.school_id);
    if (!school) return school.error();
    if (!*school)
        return core::Error{core::ErrorCode::kNotFound, "No school has this id.", "school_id"};
    if (auto ok = CheckSubject(tx, request); !ok) return ok.error();
    if (auto ok = CheckPupils(tx, request); !ok) return ok.error();
    const bool from_person = request.reporter != "system" && request.source_comment_id.empty();
    if (auto ok = ValidateReportForm(request.concern_type, request.fields, from_person); !ok) {
        return ok.error();
    }
    Case record;
    record.concern_type = request.concern_type;
    if (record.concern_type == ConcernType::kStaffOnlineConduct &&
        !request.subject_person_id.empty()) {
        // Req: INC-03 a staff-conduct concern whose subject is the headteacher takes the
        // conflict route, whatever the reporter chose.
        auto head = IsHeadteacher(tx, request.school_id, request.subject_person_id);
        if (!head) return head.error();
        if (*head) record.concern_type = ConcernType::kHeadteacherOnlineConduct;
    }
    const CaseRoute route = RouteConcern(pack, record.concern_type, request.fields);
    auto owner = FirstHolder(tx, request.school_id, route.owner_role, request.subject_person_id);
    if (!owner) return owner.error();
    record.id = NewCaseRecordId("case");
    record.school_id = request.school_id;
    record.urgent = request.urgent || route.always_urgent;
    record.owner_role = route.owner_role;
    record.owner_person_id = *owner;
    record.procedure = route.procedure;
    record.subject_person_id = request.subject_person_id;
    record.pupil_ids = request.pupil_ids;
    record.reporter = request.reporter;
    record.summary = request.summary;
    record.fields = request.fields;
    record.source_comment_id = request.source_comment_id;
    record.created_at = record.updated_at = clock.Now();
    const ReportTiming timing = JudgeReportTiming(record.fields, record.created_at, pack);
    record.first_seen_at = timing.first_seen_at;
    record.late_report = timing.late;
    if (auto ok = tx.Cases().InsertCase(record); !ok) return ok.error();
    // Req: AUD-01 audited without names: type, route, urgency and source only.
    auto audited = RecordAudit(
        tx, actor, clock,
        {"cases.open", "case", record.id, "",
         "type=" + std::string(ConcernTypeKey(record.concern_type)) + " route=" +
             std::string(RoleKey(route.owner_role)) + (route.defaulted ? " route_default=1" : "") +
             " urgent=" + (record.urgent ? "1" : "0") +
             (record.source_comment_id.empty() ? " source=report" : " source=comment") +
             (record.late_report ? " late=1" : ""),
         record.school_id});
    if (!audited) return audited.error();
    if (auto told = NotifyCaseOpened(tx, clock, record); !told) return told.error();
    auto task = OpenBlockTaskIfNeeded(tx, actor, clock, pack, record);
    if (!task) return task.error();
    return record.id;
}

core::Result<std::vector<Case>> ListCases(Tx& tx, const Actor& actor,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, const CaseFilter& filter) {
    auto viewer = ViewerAt(tx, actor, school_id);
    if (!viewer) return viewer.error();
    auto cases = tx.Cases().ListCases(school_id);
    if (!cases) return cases.error();
    auto memberships = tx.Cases().ListSchoolMembers(school_id);
    if (!memberships) return memberships.error();
    std::map<std::string, std::vector<std::string>> members;
    for (const auto& member : *memberships) members[member.case_id].push_back(member.person_id);
    std::vector<Case> visible;
    for (const Case& record : *cases) {
        const auto& ids = members[record.id];
        const CaseAccess access = AccessTo(record, *viewer, ids, pack);
        if (access == CaseAccess::kNone) continue;
        if (filter.state && record.state != *filter.state) continue;
        if (filter.open_only && record.state == CaseState::kClosed) continue;
        if (filter.assigned_to_me) {
            const bool mine = record.owner_person_id == viewer->person_id ||
                              std::find(ids.begin(), ids.end(), viewer->person_id) != ids.end();
            if (!mine) continue;
        }
        visible.push_back(access == CaseAccess::kHandler ? record : StatusOnly(record));
    }
    return visible;
}

core::Result<CaseDetail> GetCase(Tx& tx, const Actor& actor, const core::Clock& clock,
                                 const policy::PolicyPack* pack, std::string_view school_id,
                                 std::string_view case_id) {
    auto visible = LoadVisibleCase(tx, actor, pack, school_id, case_id);
    if (!visible) return visible.error();
    CaseDetail detail;
    if (visible->access == CaseAccess::kStatusOnly) {
        detail.summary = StatusOnly(visible->record);
    } else {
        detail.summary = visible->record;
        detail.members = visible->members;
        detail.can_handle = true;
        detail.steps = StepPermissions(*visible, pack);
        auto notes = tx.Cases().ListNotes(case_id);
        if (!notes) return notes.error();
        detail.notes = std::move(*notes);
        auto evidence = tx.Cases().ListEvidence(case_id);
        if (!evidence) return evidence.error();
        detail.evidence = std::move(*evidence);
        auto decisions = tx.Cases().ListDecisions(case_id);
        if (!decisions) return decisions.error();
        detail.decisions = std::move(*decisions);
        auto tasks = tx.Cases().ListBlockTasks(school_id);
        if (!tasks) return tasks.error();
        for (auto& task : *tasks) {
            if (task.case_id == case_id) detail.block_tasks.push_back(std::move(task));
        }
    }
    // Req: INC-18 every view of a case is logged.
    auto audited = RecordAudit(
        tx, actor, clock,
        {"cases.view", "case", std::string(case_id), "",
         visible->access == CaseAccess::kHandler ? "full" : "status", std::string(school_id)});
    if (!audited) return audited.error();
    return detail;
}

}  // namespace steward::domain
