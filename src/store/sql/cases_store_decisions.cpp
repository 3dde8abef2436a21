// SQL of case decisions (INC-07, INC-09, INC-11) and block tasks (INC-16). Lists of ids in a
// decision are kept in details_json as comma-joined text (ids never contain commas).
#include <string>

#include "store/sql/cases_store.hpp"

namespace steward::store::sql {
namespace {

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }
core::TimePoint At(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }

std::string Join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

std::vector<std::string> Split(std::string_view text) {
    std::vector<std::string> items;
    while (!text.empty()) {
        const auto comma = text.find(',');
        items.emplace_back(text.substr(0, comma));
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return items;
}

domain::CaseDecision DecisionFrom(const Row& row) {
    domain::CaseDecision decision;
    decision.id = row.Text(0);
    decision.case_id = row.Text(1);
    decision.kind =
        domain::ParseDecisionKind(row.Text(2)).value_or(domain::DecisionKind::kInitialAssessment);
    decision.decision = row.Text(3);
    decision.text = row.Text(4);
    const auto details = DecodeFields(row.Text(5)).value_or(std::map<std::string, std::string>{});
    if (auto found = details.find("staff_involved"); found != details.end()) {
        decision.staff_involved = Split(found->second);
    }
    if (auto found = details.find("agencies"); found != details.end()) {
        decision.agencies = Split(found->second);
    }
    decision.recorded_by = row.Text(6);
    decision.recorded_at = At(row.Int(7));
    return decision;
}

constexpr std::string_view kTaskColumns =
    "id, case_id, school_id, assignee_role, url, platform, device_or_location, state,"
    " created_at, done_by, done_at, note";

domain::BlockTask TaskFrom(const Row& row) {
    domain::BlockTask task;
    task.id = row.Text(0);
    task.case_id = row.Text(1);
    task.school_id = row.Text(2);
    task.assignee_role = domain::ParseRole(row.Text(3)).value_or(domain::Role::kItManager);
    task.url = row.Text(4);
    task.platform = row.Text(5);
    task.device_or_location = row.Text(6);
    task.state = domain::ParseBlockTaskState(row.Text(7)).value_or(domain::BlockTaskState::kOpen);
    task.created_at = At(row.Int(8));
    task.done_by = row.Text(9);
    if (!row.IsNull(10)) task.done_at = At(row.Int(10));
    task.note = row.Text(11);
    return task;
}

}  // namespace

core::Status SqlCasesStore::InsertDecision(const domain::CaseDecision& decision) {
    std::map<std::string, std::string> details;
    if (!decision.staff_involved.empty()) details["staff_involved"] = Join(decision.staff_involved);
    if (!decision.agencies.empty()) details["agencies"] = Join(decision.agencies);
    return Run(
        "INSERT INTO case_decisions (id, case_id, kind, decision, text, details_json, recorded_by,"
        " recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {Text(decision.id), Text(decision.case_id), Text(domain::DecisionKindKey(decision.kind)),
         Text(decision.decision), Text(decision.text), Text(EncodeFields(details)),
         Text(decision.recorded_by), Int(Seconds(decision.recorded_at))});
}

core::Result<std::vector<domain::CaseDecision>> SqlCasesStore::ListDecisions(
    std::string_view case_id) {
    auto rows = connection_.Exec(
        "SELECT id, case_id, kind, decision, text, details_json, recorded_by, recorded_at"
        " FROM case_decisions WHERE case_id = $1 ORDER BY recorded_at, id",
        {Text(case_id)});
    if (!rows) return rows.error();
    std::vector<domain::CaseDecision> decisions;
    for (const Row& row : *rows) decisions.push_back(DecisionFrom(row));
    return decisions;
}

core::Status SqlCasesStore::InsertBlockTask(const domain::BlockTask& task) {
    return Run("INSERT INTO case_block_tasks (" + std::string(kTaskColumns) +
                   ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
               {Text(task.id), Text(task.case_id), Text(task.school_id),
                Text(domain::RoleKey(task.assignee_role)), Text(task.url), Text(task.platform),
                Text(task.device_or_location), Text(domain::BlockTaskStateKey(task.state)),
                Int(Seconds(task.created_at)), Text(task.done_by),
                task.done_at ? Int(Seconds(*task.done_at)) : Value(), Text(task.note)});
}

core::Status SqlCasesStore::UpdateBlockTask(const domain::BlockTask& task) {
    return RunOne(
        "UPDATE case_block_tasks SET state = $3, done_by = $4, done_at = $5, note = $6"
        " WHERE school_id = $1 AND id = $2 RETURNING id",
        {Text(task.school_id), Text(task.id), Text(domain::BlockTaskStateKey(task.state)),
         Text(task.done_by), task.done_at ? Int(Seconds(*task.done_at)) : Value(), Text(task.note)},
        "block task");
}

core::Result<std::vector<domain::BlockTask>> SqlCasesStore::ListBlockTasks(
    std::string_view school_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kTaskColumns) +
                                     " FROM case_block_tasks WHERE school_id = $1"
                                     " ORDER BY created_at DESC, id DESC",
                                 {Text(school_id)});
    if (!rows) return rows.error();
    std::vector<domain::BlockTask> tasks;
    for (const Row& row : *rows) tasks.push_back(TaskFrom(row));
    return tasks;
}

}  // namespace steward::store::sql
