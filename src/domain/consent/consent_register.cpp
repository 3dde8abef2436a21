// The register's single query, written to follow the data/dev README rules line by line.
#include "domain/consent/consent_register.hpp"

#include <algorithm>

namespace steward::domain {

bool ConsentStanding::AllowsMedia(MediaKind kind, const ConsentDimensions& dimensions) const {
    if (state != State::kInForce) return false;
    // CON-02: with media kind not recorded separately, any media consent covers both kinds.
    if (!dimensions.media_kind && kind != MediaKind::kNone) return record->image || record->video;
    return record->Allows(kind);
}

bool ConsentStanding::AllowsName(const ConsentDimensions& dimensions) const {
    if (state != State::kInForce) return false;
    return !dimensions.name || record->name;
}

ConsentRegister::ConsentRegister(std::vector<ConsentRecord> records, ConsentSettings settings)
    : settings_(settings), count_(records.size()) {
    for (ConsentRecord& record : records) {
        by_pupil_[record.pupil_id].push_back(std::move(record));
    }
    for (auto& [pupil, list] : by_pupil_) {
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return a.recorded_on < b.recorded_on;
        });
    }
}

bool ConsentRegister::InForce(const ConsentRecord& record, Date on) const {
    if (record.recorded_on > on) return false;
    const AcademicYear year = AcademicYearOf(on);
    if (settings_.validity == ConsentValidity::kUntilWithdrawn) return record.academic_year <= year;
    return record.academic_year == year;
}

ConsentStanding ConsentRegister::Find(std::string_view pupil_id, Platform platform, Date on) const {
    using State = ConsentStanding::State;
    auto found = by_pupil_.find(std::string(pupil_id));
    if (found == by_pupil_.end()) return {State::kNoPlatform, nullptr};
    const std::vector<ConsentRecord>& records = found->second;
    const AcademicYear year = AcademicYearOf(on);
    bool any_in_force = false;
    bool any_earlier_year = false;
    const ConsentRecord* latest = nullptr;  // records are sorted by recorded_on
    for (const ConsentRecord& record : records) {
        if (record.academic_year < year) any_earlier_year = true;
        if (!InForce(record, on)) continue;
        any_in_force = true;
        if (settings_.dimensions.platform && record.platform != platform) continue;
        latest = &record;
    }
    // Rule 2: CONSENT_EXPIRED only when nothing at all is in force for the year.
    if (!any_in_force) return {any_earlier_year ? State::kExpired : State::kNoPlatform, nullptr};
    if (latest == nullptr) return {State::kNoPlatform, nullptr};
    if (latest->withdrawn_on && *latest->withdrawn_on <= on) return {State::kWithdrawn, latest};
    return {State::kInForce, latest};
}

std::vector<std::string> ConsentRegister::PupilsWithoutDecision(std::span<const Pupil> pupils,
                                                                AcademicYear year) const {
    std::vector<std::string> missing;
    for (const Pupil& pupil : pupils) {
        auto found = by_pupil_.find(pupil.id);
        const bool has_year =
            found != by_pupil_.end() &&
            std::any_of(found->second.begin(), found->second.end(),
                        [&](const ConsentRecord& record) { return record.academic_year == year; });
        if (!has_year) missing.push_back(pupil.id);
    }
    return missing;
}

}  // namespace steward::domain
