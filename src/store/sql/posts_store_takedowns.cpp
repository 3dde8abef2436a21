// SQL of takedown tasks and their assignees.
#include <string>

#include "store/sql/posts_store.hpp"

namespace steward::store::sql {
namespace {

constexpr std::string_view kTaskColumns =
    "id, school_id, post_id, pupil_id, reason, opened_at, due_at, state, outcome, note,"
    " closed_by, closed_at";

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }
core::TimePoint At(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }

domain::TakedownTask TaskFrom(const Row& row) {
    domain::TakedownTask task;
    task.id = row.Text(0);
    task.school_id = row.Text(1);
    task.post_id = row.Text(2);
    task.pupil_id = row.Text(3);
    task.reason = row.Text(4);
    task.opened_at = At(row.Int(5));
    task.due_at = At(row.Int(6));
    task.open = row.Text(7) == "open";
    task.outcome = domain::ParseTakedownOutcome(row.Text(8));
    task.note = row.Text(9);
    task.closed_by = row.Text(10);
    task.closed_at = At(row.Int(11));
    return task;
}

}  // namespace

core::Result<std::vector<domain::TakedownTask>> SqlPostStore::TasksFrom(const Rows& rows) {
    std::vector<domain::TakedownTask> tasks;
    for (const Row& row : rows) {
        domain::TakedownTask task = TaskFrom(row);
        auto assignees = connection_.Exec(
            "SELECT person_id FROM takedown_task_assignees WHERE task_id = $1 ORDER BY person_id",
            {Text(task.id)});
        if (!assignees) return assignees.error();
        for (const Row& assignee : *assignees) task.assignees.push_back(assignee.Text(0));
        tasks.push_back(std::move(task));
    }
    return tasks;
}

core::Status SqlPostStore::InsertTakedown(const domain::TakedownTask& task) {
    auto inserted = connection_.Exec(
        "INSERT INTO takedown_tasks (" + std::string(kTaskColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', '', '', '', 0)",
        {Text(task.id), Text(task.school_id), Text(task.post_id), Text(task.pupil_id),
         Text(task.reason), Int(Seconds(task.opened_at)), Int(Seconds(task.due_at))});
    if (!inserted) return inserted.error();
    for (const std::string& person_id : task.assignees) {
        auto assigned = connection_.Exec(
            "INSERT INTO takedown_task_assignees (task_id, person_id) VALUES ($1, $2)",
            {Text(task.id), Text(person_id)});
        if (!assigned) return assigned.error();
    }
    return core::OkStatus();
}

core::Result<std::optional<domain::TakedownTask>> SqlPostStore::FindTakedown(
    std::string_view school_id, std::string_view task_id) {
    auto rows = connection_.Exec("SELECT " + std::string(kTaskColumns) +
                                     " FROM takedown_tasks WHERE school_id = $1 AND id = $2",
                                 {Text(school_id), Text(task_id)});
    if (!rows) return rows.error();
    auto tasks = TasksFrom(*rows);
    if (!tasks) return tasks.error();
    if (tasks->empty()) return std::optional<domain::TakedownTask>();
    return std::optional(std::move(tasks->front()));
}

core::Result<std::vector<domain::TakedownTask>> SqlPostStore::ListTakedowns(
    std::string_view school_id, bool open_only) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kTaskColumns) + " FROM takedown_tasks WHERE school_id = $1" +
            (open_only ? " AND state = 'open'" : "") + " ORDER BY state DESC, due_at, id",
        {Text(school_id)});
    if (!rows) return rows.error();
    return TasksFrom(*rows);
}

core::Status SqlPostStore::CloseTakedown(const domain::TakedownTask& task) {
    auto updated = connection_.Exec(
        "UPDATE takedown_tasks SET state = 'done', outcome = $3, note = $4, closed_by = $5,"
        " closed_at = $6 WHERE school_id = $1 AND id = $2 AND state = 'open' RETURNING id",
        {Text(task.school_id), Text(task.id),
         Text(task.outcome ? domain::TakedownOutcomeName(*task.outcome) : ""), Text(task.note),
         Text(task.closed_by), Int(Seconds(task.closed_at))});
    if (!updated) return updated.error();
    if (updated->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "No open takedown task matches.", "task_id"};
    }
    return core::OkStatus();
}

}  // namespace steward::store::sql
