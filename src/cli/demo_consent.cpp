// Demo consent records, so the consent screens, the home chart and the post checks have data.
#include "cli/demo_consent.hpp"

#include <chrono>

#include "domain/consent/consent_decisions.hpp"
#include "domain/consent/consent_guard.hpp"
#include "domain/consent/consent_import.hpp"
#include "domain/consent/do_not_publish.hpp"

namespace steward::cli {
namespace {

using domain::ConsentRecord;
using domain::Date;
using domain::Platform;

constexpr Platform kPlatforms[] = {Platform::kFacebook, Platform::kInstagram, Platform::kX,
                                   Platform::kWebsite};

// Returns `date` moved `days` later, but never after `limit`.
Date DaysAfter(Date date, int days, Date limit) {
    const std::chrono::sys_days start = std::chrono::year_month_day{
        std::chrono::year{date.year}, std::chrono::month{static_cast<unsigned>(date.month)},
        std::chrono::day{static_cast<unsigned>(date.day)}};
    const std::chrono::year_month_day moved{start + std::chrono::days{days}};
    Date out{static_cast<int>(moved.year()), static_cast<int>(static_cast<unsigned>(moved.month())),
             static_cast<int>(static_cast<unsigned>(moved.day()))};
    return out > limit ? limit : out;
}

// Every pupil gets last year's decisions; this year's go to all but every sixth pupil.
std::vector<ConsentRecord> DemoRecords(const std::vector<domain::Pupil>& pupils, Date today) {
    const domain::AcademicYear year = domain::AcademicYearOf(today);
    std::vector<ConsentRecord> records;
    for (std::size_t index = 0; index < pupils.size(); ++index) {
        for (int back = 1; back >= 0; --back) {
            if (back == 0 && index % 6 == 5) continue;
            const domain::AcademicYear covered{year.start_year - back};
            const Date recorded =
                DaysAfter({covered.start_year, 9, 1}, 3 + static_cast<int>(index % 10), today);
            for (Platform platform : kPlatforms) {
                ConsentRecord record;
                record.pupil_id = pupils[index].id;
                record.academic_year = covered;
                record.platform = platform;
                record.image = index % 7 != 4;
                record.video = index % 3 != 0;
                record.name = index % 4 != 0 && platform != Platform::kX;
                record.given_by = pupils[index].year_group >= "12" && pupils[index].year_group.size() == 2
                                      ? domain::ConsentGiver::kPupil
                                      : domain::ConsentGiver::kParent;
                record.recorded_on = recorded;
                records.push_back(std::move(record));
            }
        }
    }
    return records;
}

core::Status SeedSchool(domain::Store& store, const core::Clock& clock,
                        const std::string& school_id) {
    const domain::Actor system = domain::Actor::System(school_id);
    auto basis = domain::LoadConsentImportBasis(store, clock, system, school_id);
    if (!basis) return basis.error();
    const auto& pupils = basis->roster();
    if (pupils.size() < 4) return core::OkStatus();
    auto imported =
        domain::ImportConsent(store, clock, system, school_id, DemoRecords(pupils, basis->today()));
    if (!imported) return imported.error();
    const Date today = basis->today();
    return store.Transact([&](domain::Tx& tx) -> core::Status {
        auto history = tx.Consent().ListForPupil(school_id, pupils[1].id);
        if (!history) return history.error();
        for (const ConsentRecord& record : *history) {  // newest first: this year's first
            if (record.platform != Platform::kInstagram) continue;
            auto withdrawn = domain::WithdrawConsent(
                tx, system, clock, school_id, record.id,
                {today.ToIso(), "Parent's email: please stop posting photos on Instagram."});
            if (!withdrawn) return withdrawn.error();
            break;
        }
        auto set = domain::SetDoNotPublish(tx, system, clock, school_id, pupils[3].id,
                                           "Safeguarding: must never appear in school media.");
        if (!set) return set.error();
        return core::OkStatus();
    });
}

}  // namespace

core::Status SeedDemoConsent(domain::Store& store, const core::Clock& clock) {
    auto schools = store.Read([](domain::Tx& tx) { return tx.Access().ListSchools(""); });
    if (!schools) return schools.error();
    for (const auto& school : *schools) {
        auto existing = store.Read(
            [&](domain::Tx& tx) { return tx.Consent().ListForSchool(school.id); });
        if (!existing) return existing.error();
        if (!existing->empty()) continue;
        if (auto seeded = SeedSchool(store, clock, school.id); !seeded) return seeded;
    }
    return core::OkStatus();
}

}  // namespace steward::cli
