// Roster import: validate all, then upsert all and retire the missing, in one transaction.
#include "domain/access/roster_import.hpp"

#include <set>
#include <string>

#include "domain/access/field_rules.hpp"
#include "domain/audit/audit_log.hpp"

namespace steward::domain {
namespace {

core::Error InvalidPupil(size_t index, std::string_view field, std::string_view rule) {
    std::string where = "pupil " + std::to_string(index + 1) + ": " + std::string(field);
    return core::Error{core::ErrorCode::kInvalidInput,
                       "Roster pupil " + std::to_string(index + 1) + " has " + std::string(rule) +
                           "; fix the roster and import it again (nothing was changed).",
                       where};
}

core::Status ValidatePupils(const std::vector<Pupil>& pupils) {
    std::set<std::string_view> ids;
    for (size_t index = 0; index < pupils.size(); ++index) {
        const Pupil& pupil = pupils[index];
        if (!IsSlug(pupil.id))
            return InvalidPupil(index, "id", "an id that is empty or not a slug");
        if (!ids.insert(pupil.id).second) return InvalidPupil(index, "id", "a repeated id");
        if (pupil.first_name.empty()) return InvalidPupil(index, "first_name", "no first name");
        if (pupil.last_name.empty()) return InvalidPupil(index, "last_name", "no last name");
        if (!IsYearGroup(pupil.year_group)) {
            return InvalidPupil(index, "year_group", "a year group other than N, R or 1-13");
        }
    }
    return core::OkStatus();
}

bool SamePupil(const Pupil& left, const Pupil& right) {
    return left.first_name == right.first_name && left.last_name == right.last_name &&
           left.preferred_name == right.preferred_name && left.year_group == right.year_group &&
           left.do_not_publish == right.do_not_publish;
}

// Applies the import to the store; counts what changed.
core::Result<RosterImportSummary> Apply(AccessStore& access, std::string_view school_id,
                                        const std::vector<Pupil>& pupils) {
    auto current = access.ListPupils(school_id);
    if (!current) return current.error();
    RosterImportSummary summary;
    std::set<std::string_view> imported;
    for (const Pupil& pupil : pupils) imported.insert(pupil.id);
    for (const Pupil& pupil : pupils) {
        auto existing = access.FindPupil(school_id, pupil.id);
        if (!existing) return existing.error();
        if (*existing && SamePupil(**existing, pupil)) {
            ++summary.unchanged;
        } else {
            ++(*existing ? summary.updated : summary.added);
        }
        if (auto saved = access.UpsertPupil(school_id, pupil); !saved) return saved.error();
    }
    for (const Pupil& pupil : *current) {
        if (imported.count(pupil.id) != 0) continue;
        if (auto retired = access.SetPupilOnRoll(school_id, pupil.id, false); !retired) {
            return retired.error();
        }
        ++summary.removed;
    }
    return summary;
}

}  // namespace

bool IsYearGroup(std::string_view year_group) {
    if (year_group == "N" || year_group == "R") return true;
    if (year_group.empty() || year_group.size() > 2) return false;
    int value = 0;
    for (char c : year_group) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return year_group.front() != '0' && value >= 1 && value <= 13;
}

core::Result<RosterImportSummary> ImportRoster(Store& store, const core::Clock& clock,
                                               const Actor& actor, std::string_view school_id,
                                               const std::vector<Pupil>& pupils) {
    if (auto ok = RequireAdministrator(actor, school_id); !ok) return ok.error();
    if (auto ok = ValidatePupils(pupils); !ok) return ok.error();
    return store.Transact([&](Tx& tx) -> core::Result<RosterImportSummary> {
        auto school = tx.Access().FindSchool(school_id);
        if (!school) return school.error();
        if (!*school) {
            return core::Error{core::ErrorCode::kNotFound, "No school has the id given.",
                               "school_id"};
        }
        auto summary = Apply(tx.Access(), school_id, pupils);
        if (!summary) return summary.error();
        std::string after = "added=" + std::to_string(summary->added) +
                            " updated=" + std::to_string(summary->updated) +
                            " unchanged=" + std::to_string(summary->unchanged) +
                            " off_roll=" + std::to_string(summary->removed);
        auto event = RecordAudit(tx, actor, clock,
                                 {"access.import_roster", "roster", std::string(school_id), "",
                                  after, std::string(school_id)});
        if (!event) return event.error();
        return summary;
    });
}

}  // namespace steward::domain
