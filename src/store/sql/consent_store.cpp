// SQL of the consent register and the do-not-publish list. Records are inserted and, once, given
// a withdrawal; the migration's triggers refuse any other change.
#include "store/sql/consent_store.hpp"

#include <algorithm>
#include <chrono>
#include <iterator>
#include <string>

namespace steward::store::sql {
namespace {

using domain::ConsentRecord;
using domain::DoNotPublishEntry;

constexpr std::string_view kRecordColumns =
    "id, school_id, pupil_id, academic_year, platform, image, video, name, given_by, method,"
    " recorded_on, recorded_by, amends_id, revision, withdrawn_on, withdrawal_note, withdrawn_by,"
    " created_at";

int64_t Seconds(core::TimePoint at) { return at.time_since_epoch().count(); }
core::TimePoint FromSeconds(int64_t seconds) { return core::TimePoint(std::chrono::seconds(seconds)); }

// Rows were written by Add, so their text parses; a row that does not (hand-edited database)
// keeps default values rather than failing the whole register.
ConsentRecord RecordFrom(const Row& row) {
    ConsentRecord record;
    record.id = row.Text(0);
    record.school_id = row.Text(1);
    record.pupil_id = row.Text(2);
    record.academic_year = domain::ParseAcademicYear(row.Text(3)).value_or(domain::AcademicYear{});
    record.platform = domain::ParsePlatform(row.Text(4)).value_or(domain::Platform::kWebsite);
    record.image = row.Int(5) != 0;
    record.video = row.Int(6) != 0;
    record.name = row.Int(7) != 0;
    record.given_by =
        domain::ParseConsentGiver(row.Text(8)).value_or(domain::ConsentGiver::kParent);
    record.method = row.Text(9);
    record.recorded_on = domain::ParseIsoDate(row.Text(10)).value_or(domain::Date{});
    record.recorded_by = row.Text(11);
    record.amends_id = row.Text(12);
    record.revision = static_cast<int>(row.Int(13));
    if (!row.IsNull(14)) record.withdrawn_on = domain::ParseIsoDate(row.Text(14));
    record.withdrawal_note = row.Text(15);
    record.withdrawn_by = row.Text(16);
    record.created_at = FromSeconds(row.Int(17));
    return record;
}

}  // namespace

core::Result<std::vector<ConsentRecord>> SqlConsentStore::Select(
    std::string_view where_and_order, const std::vector<Value>& params) {
    auto rows = connection_.Exec(
        "SELECT " + std::string(kRecordColumns) + " FROM consent_records " +
            std::string(where_and_order),
        params);
    if (!rows) return rows.error();
    std::vector<ConsentRecord> records;
    records.reserve(rows->size());
    for (const Row& row : *rows) records.push_back(RecordFrom(row));
    return records;
}

core::Result<std::vector<ConsentRecord>> SqlConsentStore::ListForSchool(
    std::string_view school_id) {
    return Select("WHERE school_id = $1 ORDER BY pupil_id, recorded_on, revision, created_at, id",
                  {Text(school_id)});
}

core::Result<std::vector<ConsentRecord>> SqlConsentStore::ListForPupil(
    std::string_view school_id, std::string_view pupil_id) {
    return Select(
        "WHERE school_id = $1 AND pupil_id = $2"
        " ORDER BY recorded_on DESC, revision DESC, created_at DESC, academic_year DESC,"
        " platform",
        {Text(school_id), Text(pupil_id)});
}

core::Result<std::vector<ConsentRecord>> SqlConsentStore::ListForPupils(
    std::string_view school_id, const std::vector<std::string>& pupil_ids) {
    // One statement per 500 ids (a post has a few dozen): both engines bind far more parameters.
    constexpr std::size_t kBatch = 500;
    std::vector<ConsentRecord> records;
    for (std::size_t first = 0; first < pupil_ids.size(); first += kBatch) {
        const std::size_t last = std::min(pupil_ids.size(), first + kBatch);
        std::vector<Value> params = {Text(school_id)};
        std::string in;
        for (std::size_t i = first; i < last; ++i) {
            params.push_back(Text(pupil_ids[i]));
            in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
        }
        auto batch = Select("WHERE school_id = $1 AND pupil_id IN (" + in +
                                ") ORDER BY pupil_id, recorded_on, revision, created_at, id",
                            params);
        if (!batch) return batch.error();
        std::move(batch->begin(), batch->end(), std::back_inserter(records));
    }
    if (pupil_ids.size() > kBatch) {
        std::stable_sort(records.begin(), records.end(),
                         [](const ConsentRecord& a, const ConsentRecord& b) {
                             return a.pupil_id < b.pupil_id;
                         });
    }
    return records;
}

core::Result<std::optional<ConsentRecord>> SqlConsentStore::FindRecord(
    std::string_view school_id, std::string_view record_id) {
    auto found = Select("WHERE school_id = $1 AND id = $2", {Text(school_id), Text(record_id)});
    if (!found) return found.error();
    if (found->empty()) return std::optional<ConsentRecord>();
    return std::optional(std::move(found->front()));
}

core::Status SqlConsentStore::Add(const ConsentRecord& record) {
    auto rows = connection_.Exec(
        "INSERT INTO consent_records (" + std::string(kRecordColumns) +
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,"
            " $17, $18)",
        {Text(record.id), Text(record.school_id), Text(record.pupil_id),
         Text(record.academic_year.ToString()), Text(domain::PlatformName(record.platform)),
         Int(record.image ? 1 : 0), Int(record.video ? 1 : 0), Int(record.name ? 1 : 0),
         Text(domain::ConsentGiverName(record.given_by)), Text(record.method),
         Text(record.recorded_on.ToIso()), Text(record.recorded_by), TextOrNull(record.amends_id),
         Int(record.revision),
         record.withdrawn_on ? Text(record.withdrawn_on->ToIso()) : Value(),
         Text(record.withdrawal_note), Text(record.withdrawn_by), Int(Seconds(record.created_at))});
    if (!rows) {
        core::Error error = rows.error();
        if (error.code == core::ErrorCode::kAlreadyExists) {
            error.message = "A consent record with this id or revision already exists.";
            error.where = "consent record";
        } else if (error.code == core::ErrorCode::kFailedPrecondition) {
            error.message = "The pupil is not on this school's roster.";
            error.where = "pupil_id";
        }
        return error;
    }
    return core::OkStatus();
}

core::Status SqlConsentStore::Withdraw(std::string_view school_id, std::string_view record_id,
                                       domain::Date withdrawn_on, std::string_view note,
                                       std::string_view withdrawn_by) {
    auto rows = connection_.Exec(
        "UPDATE consent_records SET withdrawn_on = $3, withdrawal_note = $4, withdrawn_by = $5"
        " WHERE school_id = $1 AND id = $2 AND withdrawn_on IS NULL RETURNING id",
        {Text(school_id), Text(record_id), Text(withdrawn_on.ToIso()), Text(note),
         Text(withdrawn_by)});
    if (!rows) return rows.error();
    if (!rows->empty()) return core::OkStatus();
    auto existing = FindRecord(school_id, record_id);
    if (!existing) return existing.error();
    if (!*existing) {
        return core::Error{core::ErrorCode::kNotFound, "No consent record has this id.",
                           "record_id"};
    }
    return core::Error{core::ErrorCode::kFailedPrecondition,
                       "This consent record was already withdrawn.", "record_id"};
}

core::Result<std::vector<DoNotPublishEntry>> SqlConsentStore::SelectDoNotPublish(
    std::string_view school_id, std::string_view pupil_id) {
    std::string sql =
        "SELECT p.pupil_id, d.reason, d.set_by, d.set_at, d.pupil_id FROM pupils p"
        " LEFT JOIN do_not_publish_details d"
        " ON d.school_id = p.school_id AND d.pupil_id = p.pupil_id"
        " WHERE p.school_id = $1 AND p.do_not_publish = 1";
    std::vector<Value> params = {Text(school_id)};
    if (!pupil_id.empty()) {
        sql += " AND p.pupil_id = $2";
        params.push_back(Text(pupil_id));
    }
    auto rows = connection_.Exec(sql + " ORDER BY p.pupil_id", params);
    if (!rows) return rows.error();
    std::vector<DoNotPublishEntry> entries;
    for (const Row& row : *rows) {
        DoNotPublishEntry entry;
        entry.pupil_id = row.Text(0);
        entry.reason = row.Text(1);
        entry.set_by = row.Text(2);
        entry.set_at = FromSeconds(row.Int(3));
        entry.from_roster = row.IsNull(4);
        entries.push_back(std::move(entry));
    }
    return entries;
}

core::Result<std::vector<DoNotPublishEntry>> SqlConsentStore::ListDoNotPublish(
    std::string_view school_id) {
    return SelectDoNotPublish(school_id, "");
}

core::Result<std::optional<DoNotPublishEntry>> SqlConsentStore::FindDoNotPublish(
    std::string_view school_id, std::string_view pupil_id) {
    if (pupil_id.empty()) return std::optional<DoNotPublishEntry>();
    auto entries = SelectDoNotPublish(school_id, pupil_id);
    if (!entries) return entries.error();
    if (entries->empty()) return std::optional<DoNotPublishEntry>();
    return std::optional(std::move(entries->front()));
}

core::Status SqlConsentStore::SetDoNotPublish(std::string_view school_id,
                                              const DoNotPublishEntry& entry) {
    auto flagged = connection_.Exec(
        "UPDATE pupils SET do_not_publish = 1 WHERE school_id = $1 AND pupil_id = $2"
        " RETURNING pupil_id",
        {Text(school_id), Text(entry.pupil_id)});
    if (!flagged) return flagged.error();
    if (flagged->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "The pupil is not on this school's roster.",
                           "pupil_id"};
    }
    auto saved = connection_.Exec(
        "INSERT INTO do_not_publish_details (school_id, pupil_id, reason, set_by, set_at)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (school_id, pupil_id) DO UPDATE SET"
        " reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at",
        {Text(school_id), Text(entry.pupil_id), Text(entry.reason), Text(entry.set_by),
         Int(Seconds(entry.set_at))});
    if (!saved) return saved.error();
    return core::OkStatus();
}

core::Status SqlConsentStore::ClearDoNotPublish(std::string_view school_id,
                                                std::string_view pupil_id) {
    // Details first: while they exist, the pupils trigger keeps the flag set.
    auto removed = connection_.Exec(
        "DELETE FROM do_not_publish_details WHERE school_id = $1 AND pupil_id = $2",
        {Text(school_id), Text(pupil_id)});
    if (!removed) return removed.error();
    auto cleared = connection_.Exec(
        "UPDATE pupils SET do_not_publish = 0 WHERE school_id = $1 AND pupil_id = $2"
        " RETURNING pupil_id",
        {Text(school_id), Text(pupil_id)});
    if (!cleared) return cleared.error();
    if (cleared->empty()) {
        return core::Error{core::ErrorCode::kNotFound, "The pupil is not on this school's roster.",
                           "pupil_id"};
    }
    return core::OkStatus();
}

}  // namespace steward::store::sql
