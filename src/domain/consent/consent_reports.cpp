// Collection list and coverage: one pass over the roster and the school's register.
#include "domain/consent/consent_reports.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "domain/audit/audit_log.hpp"
#include "domain/consent/consent_guard.hpp"

namespace steward::domain {
namespace {

int YearGroupRank(std::string_view group) {
    if (group == "N") return 0;
    if (group == "R") return 1;
    if (group.size() <= 2 && !group.empty() &&
        std::all_of(group.begin(), group.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return 2 + std::stoi(std::string(group));
    }
    return 100;
}

struct GroupOrder {
    bool operator()(const std::string& left, const std::string& right) const {
        return YearGroupBefore(left, right);
    }
};

// Records of one academic year, by pupil.
std::unordered_map<std::string, std::vector<ConsentRecord>> RecordsOfYear(
    std::vector<ConsentRecord> records, AcademicYear year) {
    std::unordered_map<std::string, std::vector<ConsentRecord>> by_pupil;
    for (ConsentRecord& record : records) {
        if (record.academic_year == year) by_pupil[record.pupil_id].push_back(std::move(record));
    }
    return by_pupil;
}

// True if, as of `today`, the current record of some platform allows images and is not withdrawn.
bool ImageAllowed(const std::vector<ConsentRecord>& records, Date today) {
    std::map<Platform, const ConsentRecord*> current;
    for (const ConsentRecord& record : records) {
        if (record.recorded_on > today) continue;
        const ConsentRecord*& slot = current[record.platform];
        if (slot == nullptr || std::tie(record.recorded_on, record.revision) >
                                   std::tie(slot->recorded_on, slot->revision)) {
            slot = &record;
        }
    }
    return std::any_of(current.begin(), current.end(), [&](const auto& entry) {
        const ConsentRecord& record = *entry.second;
        return record.image && !(record.withdrawn_on && *record.withdrawn_on <= today);
    });
}

struct Loaded {
    std::vector<Pupil> pupils;
    std::unordered_map<std::string, std::vector<ConsentRecord>> by_pupil;
    AcademicYear year;
};

core::Result<Loaded> Load(Tx& tx, const Actor& actor, const core::Clock& clock,
                          std::string_view school_id, std::optional<AcademicYear> year) {
    if (auto allowed = RequireConsentAction(actor, Action::kViewConsent, school_id); !allowed) {
        return allowed.error();
    }
    Loaded loaded;
    loaded.year = year.value_or(AcademicYearOf(TodayIn(clock)));
    auto pupils = tx.Access().ListPupils(school_id);
    if (!pupils) return pupils.error();
    loaded.pupils = std::move(*pupils);
    auto records = tx.Consent().ListForSchool(school_id);
    if (!records) return records.error();
    loaded.by_pupil = RecordsOfYear(std::move(*records), loaded.year);
    return loaded;
}

}  // namespace

bool YearGroupBefore(std::string_view left, std::string_view right) {
    return std::make_tuple(YearGroupRank(left), left) < std::make_tuple(YearGroupRank(right), right);
}

core::Result<MissingConsentReport> MissingConsent(Tx& tx, const Actor& actor,
                                                  const core::Clock& clock,
                                                  std::string_view school_id,
                                                  std::optional<AcademicYear> year) {
    auto loaded = Load(tx, actor, clock, school_id, year);
    if (!loaded) return loaded.error();
    std::map<std::string, std::vector<Pupil>, GroupOrder> groups;
    MissingConsentReport report;
    report.academic_year = loaded->year;
    for (Pupil& pupil : loaded->pupils) {
        if (loaded->by_pupil.count(pupil.id) != 0) continue;
        groups[pupil.year_group].push_back(std::move(pupil));
        ++report.total;
    }
    for (auto& [group, pupils] : groups) report.year_groups.push_back({group, std::move(pupils)});
    auto event = RecordAudit(tx, actor, clock,
                             {"consent.view_missing", "consent_register", std::string(school_id),
                              "", "year=" + report.academic_year.ToString() +
                                      " missing=" + std::to_string(report.total),
                              std::string(school_id)});
    if (!event) return event.error();
    return report;
}

core::Result<ConsentCoverageReport> ConsentCoverage(Tx& tx, const Actor& actor,
                                                    const core::Clock& clock,
                                                    std::string_view school_id,
                                                    std::optional<AcademicYear> year) {
    auto loaded = Load(tx, actor, clock, school_id, year);
    if (!loaded) return loaded.error();
    const Date today = TodayIn(clock);
    std::map<std::string, YearGroupCoverage, GroupOrder> groups;
    for (const Pupil& pupil : loaded->pupils) {
        YearGroupCoverage& group = groups[pupil.year_group];
        group.year_group = pupil.year_group;
        ++group.pupils;
        auto found = loaded->by_pupil.find(pupil.id);
        if (found == loaded->by_pupil.end()) continue;
        ++group.with_decision;
        if (!pupil.do_not_publish && ImageAllowed(found->second, today)) ++group.image_allowed;
    }
    ConsentCoverageReport report;
    report.academic_year = loaded->year;
    for (auto& [name, group] : groups) report.year_groups.push_back(group);
    return report;
}

}  // namespace steward::domain
