// SQL of case notes, members, evidence and follower requests.
#include <string>

#include "store/sql/cases_store.hpp"

namespace steward::store::sql {
namespace {

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }
core::TimePoint At(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }

constexpr std::string_view kEvidenceColumns =
    "id, case_id, filename, content_type, reference, size_bytes, sha256, added_by, added_at";

domain::CaseEvidence EvidenceFrom(const Row& row) {
    domain::CaseEvidence evidence;
    evidence.id = row.Text(0);
    evidence.case_id = row.Text(1);
    evidence.filename = row.Text(2);
    evidence.content_type = row.Text(3);
    evidence.reference = row.Text(4);
    evidence.size_bytes = row.Int(5);
    evidence.sha256 = row.Text(6);
    evidence.added_by = row.Text(7);
    evidence.added_at = At(row.Int(8));
    return evidence;
}

constexpr std::string_view kFollowerColumns =
    "id, school_id, account_id, platform, requester_handle, requester_kind, security_checked,"
    " note, approver_role, decision, decided_by, decision_reason, logged_by, created_at,"
    " decided_at";

domain::FollowerRequest FollowerFrom(const Row& row) {
    domain::FollowerRequest request;
    request.id = row.Text(0);
    request.school_id = row.Text(1);
    request.account_id = row.Text(2);
    request.platform = row.Text(3);
    request.requester_handle = row.Text(4);
    request.requester_kind =
        domain::ParseRequesterKind(row.Text(5)).value_or(domain::RequesterKind::kUnknown);
    request.security_checked = row.Int(6) != 0;
    request.note = row.Text(7);
    request.approver_role = policy::ParseRole(row.Text(8)).value_or(domain::Role::kHeadteacher);
    request.decision =
        domain::ParseFollowerDecision(row.Text(9)).value_or(domain::FollowerDecision::kPending);
    request.decided_by = row.Text(10);
    request.decision_reason = row.Text(11);
    request.logged_by = row.Text(12);
    request.created_at = At(row.Int(13));
    if (!row.IsNull(14)) request.decided_at = At(row.Int(14));
    return request;
}

}  // namespace

core::Status SqlCasesStore::InsertNote(const domain::CaseNote& note) {
    return Run(
        "INSERT INTO case_notes (id, case_id, author_person_id, text, created_at)"
        " VALUES ($1, $2, $3, $4, $5)",
        {Text(note.id), Text(note.case_id), Text(note.author_person_id), Text(note.text),
         Int(Seconds(note.created_at))});
}

core::Result<std::vector<domain::CaseNote>> SqlCasesStore::ListNotes(std::string_view case_id) {
    auto rows = connection_.Exec(
        "SELECT id, case_id, author_person_id, text, created_at FROM case_notes"
        " WHERE case_id = $1 ORDER BY created_at, id",
        {Text(case_id)});
    if (!rows) return rows.error();
    std::vector<domain::CaseNote> notes;
    for (const Row& row : *rows) {
        notes.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3), At(row.Int(4))});
    }
    return notes;
}

core::Status SqlCasesStore::InsertMember(const domain::CaseMember& member) {
    return Run(
        "INSERT INTO case_members (case_id, person_id, added_by, added_at) VALUES ($1, $2, $3, $4)",
        {Text(member.case_id), Text(member.person_id), Text(member.added_by),
         Int(Seconds(member.added_at))});
}

core::Result<std::vector<domain::CaseMember>> SqlCasesStore::ListMembers(std::string_view case_id) {
    auto rows = connection_.Exec(
        "SELECT case_id, person_id, added_by, added_at FROM case_members WHERE case_id = $1"
        " ORDER BY added_at, person_id",
        {Text(case_id)});
    if (!rows) return rows.error();
    std::vector<domain::CaseMember> members;
    for (const Row& row : *rows) {
        members.push_back({row.Text(0), row.Text(1), row.Text(2), At(row.Int(3))});
    }
    return members;
}

core::Result<std::vector<domain::CaseMember>> SqlCasesStore::ListSchoolMembers(
    std::string_view school_id) {
    auto rows = connection_.Exec(
        "SELECT m.case_id, m.person_id, m.added_by, m.added_at FROM case_members m"
        " JOIN cases c ON c.id = m.case_id WHERE c.school_id = $1",
        {Text(school_id)});
    if (!rows) return rows.error();
    std::vector<domain::CaseMember> members;
    for (const Row& row : *rows) {
        members.push_back({row.Text(0), row.Text(1), row.Text(2), At(row.Int(3))});
    }
    return members;
}

core::Status SqlCasesStore::InsertEvidence(const domain::CaseEvidence& evidence) {
    return Run("INSERT INTO case_evidence (" + std::string(kEvidenceColumns) +
                   ", content_base64) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
               {Text(evidence.id), Text(evidence.case_id), Text(evidence.filename),
                Text(evidence.content_type), Text(evidence.reference), Int(evidence.size_bytes),
                Text(evidence.sha256), Text(evidence.added_by), Int(Seconds(evidence.added_at)),
                Text(EncodeBase64(evidence.content))});
}

core::Result<std::vector<domain::CaseEvidence>> SqlCasesStore::ListEvidence(
    std::string_view case_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kEvidenceColumns) +
                                     " FROM case_evidence WHERE case_id = $1 ORDER BY added_at, id",
                                 {Text(case_id)});
    if (!rows) return rows.error();
    std::vector<domain::CaseEvidence> evidence;
    for (const Row& row : *rows) evidence.push_back(EvidenceFrom(row));
    return evidence;
}

core::Result<std::optional<domain::CaseEvidence>> SqlCasesStore::FindEvidence(
    std::string_view case_id, std::string_view evidence_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kEvidenceColumns) +
                                     ", content_base64 FROM case_evidence"
                                     " WHERE case_id = $1 AND id = $2",
                                 {Text(case_id), Text(evidence_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::CaseEvidence>();
    domain::CaseEvidence evidence = EvidenceFrom((*rows)[0]);
    auto content = DecodeBase64((*rows)[0].Text(9));
    if (!content) {
        return core::Error{core::ErrorCode::kInternal, "Stored evidence is not valid base64.",
                           "case_evidence " + evidence.id};
    }
    evidence.content = std::move(*content);
    return std::optional(std::move(evidence));
}

core::Status SqlCasesStore::InsertFollowerRequest(const domain::FollowerRequest& request) {
    return Run(
        "INSERT INTO follower_requests (" + std::string(kFollowerColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        {Text(request.id), Text(request.school_id), Text(request.account_id),
         Text(request.platform), Text(request.requester_handle),
         Text(domain::RequesterKindKey(request.requester_kind)),
         Int(request.security_checked ? 1 : 0), Text(request.note),
         Text(policy::RoleKey(request.approver_role)),
         Text(domain::FollowerDecisionKey(request.decision)), Text(request.decided_by),
         Text(request.decision_reason), Text(request.logged_by), Int(Seconds(request.created_at)),
         request.decided_at ? Int(Seconds(*request.decided_at)) : Value()});
}

core::Status SqlCasesStore::UpdateFollowerRequest(const domain::FollowerRequest& request) {
    return RunOne(
        "UPDATE follower_requests SET decision = $3, decided_by = $4, decision_reason = $5,"
        " decided_at = $6 WHERE school_id = $1 AND id = $2 RETURNING id",
        {Text(request.school_id), Text(request.id),
         Text(domain::FollowerDecisionKey(request.decision)), Text(request.decided_by),
         Text(request.decision_reason),
         request.decided_at ? Int(Seconds(*request.decided_at)) : Value()},
        "follower request");
}

core::Result<std::optional<domain::FollowerRequest>> SqlCasesStore::FindFollowerRequest(
    std::string_view school_id, std::string_view request_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kFollowerColumns) +
                                     " FROM follower_requests WHERE school_id = $1 AND id = $2",
                                 {Text(school_id), Text(request_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<domain::FollowerRequest>();
    return std::optional(FollowerFrom((*rows)[0]));
}

core::Result<std::vector<domain::FollowerRequest>> SqlCasesStore::ListFollowerRequests(
    std::string_view school_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kFollowerColumns) +
                                     " FROM follower_requests WHERE school_id = $1"
                                     " ORDER BY created_at DESC, id DESC",
                                 {Text(school_id)});
    if (!rows) return rows.error();
    std::vector<domain::FollowerRequest> requests;
    for (const Row& row : *rows) requests.push_back(FollowerFrom(row));
    return requests;
}

}  // namespace steward::store::sql
