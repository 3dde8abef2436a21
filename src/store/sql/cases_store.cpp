// SQL of cases, their external referrals and the pupils they concern.
#include "store/sql/cases_store.hpp"

#include <string>

namespace steward::store::sql {
namespace {

using domain::Case;

constexpr std::string_view kCaseColumns =
    "id, school_id, concern_type, state, urgent, owner_role, owner_person_id, procedure_name,"
    " subject_person_id, reporter, summary, fields_json, source_comment_id, created_at,"
    " updated_at, outcome, outcome_note, first_seen_at, late_report";

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }
core::TimePoint At(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }

Case CaseFrom(const Row& row) {
    Case record;
    record.id = row.Text(0);
    record.school_id = row.Text(1);
    // Keys from a newer Steward fall back to the most guarded reading rather than failing.
    record.concern_type = domain::ParseConcernType(row.Text(2))
                              .value_or(domain::ConcernType::kSafeguardingDisclosure);
    record.state = domain::ParseCaseState(row.Text(3)).value_or(domain::CaseState::kReported);
    record.urgent = row.Int(4) != 0;
    record.owner_role = domain::ParseRole(row.Text(5)).value_or(domain::Role::kHeadteacher);
    record.owner_person_id = row.Text(6);
    record.procedure = row.Text(7);
    record.subject_person_id = row.Text(8);
    record.reporter = row.Text(9);
    record.summary = row.Text(10);
    record.fields = DecodeFields(row.Text(11)).value_or(std::map<std::string, std::string>{});
    record.source_comment_id = row.Text(12);
    record.created_at = At(row.Int(13));
    record.updated_at = At(row.Int(14));
    record.outcome = domain::ParseCaseOutcome(row.Text(15)).value_or(domain::CaseOutcome::kNone);
    record.outcome_note = row.Text(16);
    if (!row.IsNull(17)) record.first_seen_at = At(row.Int(17));
    record.late_report = row.Int(18) != 0;
    return record;
}

}  // namespace

core::Status SqlCasesStore::Run(std::string_view sql, const std::vector<Value>& params) {
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    return core::OkStatus();
}

core::Status SqlCasesStore::RunOne(std::string_view sql, const std::vector<Value>& params,
                                   std::string_view what) {
    auto rows = connection_.Exec(sql, params);
    if (!rows) return rows.error();
    if (rows->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "No " + std::string(what) + " matches."};
    }
    return core::OkStatus();
}

core::Status SqlCasesStore::InsertCase(const Case& record) {
    auto inserted = Run(
        "INSERT INTO cases (" + std::string(kCaseColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,"
            " $18, $19)",
        {Text(record.id), Text(record.school_id), Text(domain::ConcernTypeKey(record.concern_type)),
         Text(domain::CaseStateKey(record.state)), Int(record.urgent ? 1 : 0),
         Text(domain::RoleKey(record.owner_role)), TextOrNull(record.owner_person_id),
         Text(record.procedure), TextOrNull(record.subject_person_id), Text(record.reporter),
         Text(record.summary), Text(EncodeFields(record.fields)),
         TextOrNull(record.source_comment_id), Int(Seconds(record.created_at)),
         Int(Seconds(record.updated_at)), Text(domain::CaseOutcomeKey(record.outcome)),
         Text(record.outcome_note),
         record.first_seen_at ? Int(Seconds(*record.first_seen_at)) : Value(),
         Int(record.late_report ? 1 : 0)});
    if (!inserted) return inserted;
    for (const auto& referral : record.referrals) {
        if (auto ok = InsertReferral(record.id, referral); !ok) return ok;
    }
    for (const auto& pupil_id : record.pupil_ids) {
        auto linked =
            Run("INSERT INTO case_pupils (case_id, school_id, pupil_id) VALUES ($1, $2, $3)",
                {Text(record.id), Text(record.school_id), Text(pupil_id)});
        if (!linked) return linked;
    }
    return core::OkStatus();
}

core::Status SqlCasesStore::UpdateCase(const Case& record) {
    return RunOne(
        "UPDATE cases SET state = $3, urgent = $4, owner_person_id = $5, outcome = $6,"
        " outcome_note = $7, updated_at = $8 WHERE school_id = $1 AND id = $2 RETURNING id",
        {Text(record.school_id), Text(record.id), Text(domain::CaseStateKey(record.state)),
         Int(record.urgent ? 1 : 0), TextOrNull(record.owner_person_id),
         Text(domain::CaseOutcomeKey(record.outcome)), Text(record.outcome_note),
         Int(Seconds(record.updated_at))},
        "case");
}

core::Result<std::vector<domain::CaseReferral>> SqlCasesStore::ReferralsOf(
    std::string_view case_id) {
    auto rows = connection_.Exec(
        "SELECT body, reference, referred_by, referred_at FROM case_referrals WHERE case_id = $1"
        " ORDER BY referred_at, body",
        {Text(case_id)});
    if (!rows) return rows.error();
    std::vector<domain::CaseReferral> referrals;
    for (const Row& row : *rows) {
        referrals.push_back({row.Text(0), row.Text(1), row.Text(2), At(row.Int(3))});
    }
    return referrals;
}

core::Result<std::optional<Case>> SqlCasesStore::FindCase(std::string_view school_id,
                                                          std::string_view case_id) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kCaseColumns) + " FROM cases WHERE school_id = $1 AND id = $2",
        {Text(school_id), Text(case_id)});
    if (!rows) return rows.error();
    if (rows->empty()) return std::optional<Case>();
    Case record = CaseFrom((*rows)[0]);
    auto referrals = ReferralsOf(record.id);
    if (!referrals) return referrals.error();
    record.referrals = std::move(*referrals);
    auto pupils = connection_.Exec(
        "SELECT pupil_id FROM case_pupils WHERE case_id = $1 ORDER BY pupil_id", {Text(record.id)});
    if (!pupils) return pupils.error();
    for (const Row& row : *pupils) record.pupil_ids.push_back(row.Text(0));
    return std::optional(std::move(record));
}

core::Result<std::vector<Case>> SqlCasesStore::ListCases(std::string_view school_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kCaseColumns) +
                                     " FROM cases WHERE school_id = $1"
                                     " ORDER BY created_at DESC, id DESC",
                                 {Text(school_id)});
    if (!rows) return rows.error();
    auto referrals = connection_.Exec(
        "SELECT r.case_id, r.body, r.reference, r.referred_by, r.referred_at FROM case_referrals r"
        " JOIN cases c ON c.id = r.case_id WHERE c.school_id = $1 ORDER BY r.referred_at, r.body",
        {Text(school_id)});
    if (!referrals) return referrals.error();
    std::map<std::string, std::vector<domain::CaseReferral>> by_case;
    for (const Row& row : *referrals) {
        by_case[row.Text(0)].push_back({row.Text(1), row.Text(2), row.Text(3), At(row.Int(4))});
    }
    auto pupils = connection_.Exec(
        "SELECT case_id, pupil_id FROM case_pupils WHERE school_id = $1 ORDER BY pupil_id",
        {Text(school_id)});
    if (!pupils) return pupils.error();
    std::map<std::string, std::vector<std::string>> pupils_by_case;
    for (const Row& row : *pupils) pupils_by_case[row.Text(0)].push_back(row.Text(1));
    std::vector<Case> cases;
    cases.reserve(rows->size());
    for (const Row& row : *rows) {
        cases.push_back(CaseFrom(row));
        if (auto found = by_case.find(cases.back().id); found != by_case.end()) {
            cases.back().referrals = std::move(found->second);
        }
        if (auto found = pupils_by_case.find(cases.back().id); found != pupils_by_case.end()) {
            cases.back().pupil_ids = std::move(found->second);
        }
    }
    return cases;
}

core::Status SqlCasesStore::InsertReferral(std::string_view case_id,
                                           const domain::CaseReferral& referral) {
    return Run(
        "INSERT INTO case_referrals (case_id, body, reference, referred_by, referred_at)"
        " VALUES ($1, $2, $3, $4, $5)",
        {Text(case_id), Text(referral.body), Text(referral.reference), Text(referral.referred_by),
         Int(Seconds(referral.referred_at))});
}

}  // namespace steward::store::sql
