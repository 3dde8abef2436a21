#include "domain/cases/block_tasks.hpp"

#include <algorithm>

#include "domain/audit/audit_log.hpp"
#include "domain/cases/case_ids.hpp"
#include "domain/cases/case_visibility.hpp"
#include "domain/ports/store.hpp"

namespace steward::domain {
namespace {

constexpr std::size_t kMaxNoteBytes = 2000;

std::string Field(const Case& record, const char* name) {
    const auto found = record.fields.find(name);
    return found == record.fields.end() ? std::string() : found->second;
}

Role BlocklistManager(const policy::PolicyPack* pack) {
    if (pack != nullptr && policy::IsCanonical(pack->network.blocklist_manager_role)) {
        return pack->network.blocklist_manager_role;
    }
    return Role::kItManager;  // the schema's default
}

bool WorksOn(const CaseViewer& viewer, const BlockTask& task, const policy::PolicyPack* pack) {
    const auto holds = [&](Role role) {
        return std::find(viewer.roles.begin(), viewer.roles.end(), role) != viewer.roles.end();
    };
    return holds(task.assignee_role) || holds(BlocklistManager(pack));
}

}  // namespace

core::Result<std::optional<BlockTask>> OpenBlockTaskIfNeeded(Tx& tx, const Actor& actor,
                                                             const core::Clock& clock,
                                                             const policy::PolicyPack* pack,
                                                             const Case& record) {
    const bool content = record.concern_type == ConcernType::kInappropriateContent ||
                         record.concern_type == ConcernType::kIllegalContent;
    const std::string where = Field(record, "where_seen");
    // Req: INC-16 content reached on school equipment opens a block task.
    if (!content || (where != "school_device" && where != "school_network")) {
        return std::optional<BlockTask>();
    }
    BlockTask task;
    task.id = NewCaseRecordId("block");
    task.case_id = record.id;
    task.school_id = record.school_id;
    task.assignee_role = BlocklistManager(pack);
    task.url = Field(record, "url");
    task.platform = Field(record, "platform");
    task.device_or_location = Field(record, "device_or_location");
    task.created_at = clock.Now();
    if (auto ok = tx.Cases().InsertBlockTask(task); !ok) return ok.error();
    auto audited =
        RecordAudit(tx, actor, clock,
                    {"cases.block_task", "case", record.id, "",
                     "task=" + task.id + " role=" + std::string(RoleKey(task.assignee_role)),
                     record.school_id});
    if (!audited) return audited.error();
    return std::optional(std::move(task));
}

core::Result<std::vector<BlockTask>> ListBlockTasks(Tx& tx, const Actor& actor,
                                                    const policy::PolicyPack* pack,
                                                    std::string_view school_id) {
    auto viewer = ViewerAt(tx, actor, school_id);
    if (!viewer) return viewer.error();
    auto tasks = tx.Cases().ListBlockTasks(school_id);
    if (!tasks) return tasks.error();
    std::erase_if(*tasks, [&](const BlockTask& task) { return !WorksOn(*viewer, task, pack); });
    return std::move(*tasks);
}

core::Result<BlockTask> CompleteBlockTask(Tx& tx, const Actor& actor, const core::Clock& clock,
                                          const policy::PolicyPack* pack,
                                          std::string_view school_id, std::string_view task_id,
                                          std::string_view note) {
    if (note.size() > kMaxNoteBytes) {
        return core::Error{core::ErrorCode::kInvalidInput, "Keep the note under 2,000 bytes.",
                           "note"};
    }
    auto tasks = ListBlockTasks(tx, actor, pack, school_id);
    if (!tasks) return tasks.error();
    auto found = std::find_if(tasks->begin(), tasks->end(),
                              [&](const BlockTask& task) { return task.id == task_id; });
    if (found == tasks->end()) {
        return core::Error{core::ErrorCode::kNotFound,
                           "No block task with this id is yours at this school.", "task_id"};
    }
    if (found->state == BlockTaskState::kDone) {
        return core::Error{core::ErrorCode::kFailedPrecondition, "This task is already done.",
                           "task_id"};
    }
    found->state = BlockTaskState::kDone;
    found->done_by = actor.person_id;
    found->done_at = clock.Now();
    found->note = std::string(note);
    if (auto ok = tx.Cases().UpdateBlockTask(*found); !ok) return ok.error();
    auto audited = RecordAudit(tx, actor, clock,
                               {"cases.block_task_done", "case", found->case_id, "state=open",
                                "task=" + found->id + " state=done", std::string(school_id)});
    if (!audited) return audited.error();
    return *found;
}

}  // namespace steward::domain
