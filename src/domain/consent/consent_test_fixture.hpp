// Test fixture of the consent room: a real in-memory SQLite store with one school, a roster of
// four pupils (p4 in another year group), a fixed clock on 2026-11-14 and actors for each role.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "domain/access/organisation.hpp"
#include "domain/access/roster_import.hpp"
#include "domain/consent/consent_decisions.hpp"
#include "store/open_store.hpp"

namespace steward::domain {

class ConsentTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s1", "School", ""}));
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s2", "Other", ""}));
        std::vector<Pupil> roster = {{"p1", "Ada", "Lovelace", "", "5", false},
                                     {"p2", "Alan", "Turing", "", "5", false},
                                     {"p3", "Grace", "Hopper", "", "R", true},
                                     {"p4", "Edsger", "Dijkstra", "", "10", false}};
        ASSERT_TRUE(ImportRoster(*store_, clock_, Actor::System("s1"), "s1", roster));
    }

    NewConsentDecision Decision(std::string pupil, std::string platform = "instagram",
                                std::string recorded_on = "2026-09-10") {
        NewConsentDecision decision;
        decision.pupil_id = std::move(pupil);
        decision.academic_year = "2026/27";
        decision.platform = std::move(platform);
        decision.image = true;
        decision.video = false;
        decision.name = true;
        decision.given_by = "parent";
        decision.method = "paper";
        decision.recorded_on = std::move(recorded_on);
        return decision;
    }

    core::Result<ConsentRecord> Record(const NewConsentDecision& decision,
                                       const Actor& actor = kLead) {
        return store_->Transact(
            [&](Tx& tx) { return RecordConsentDecision(tx, actor, clock_, "s1", decision); });
    }

    core::Result<ConsentRecord> Withdraw(std::string_view id, std::string date,
                                         const Actor& actor = kLead) {
        return store_->Transact([&](Tx& tx) {
            return WithdrawConsent(tx, actor, clock_, "s1", id, {std::move(date), "letter"});
        });
    }

    // 2026-11-14 12:00 UTC.
    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'794'657'600))};
    std::unique_ptr<Store> store_;
    inline static const Actor kLead{"lead", Role::kCommunicationsLead, "s1"};
    inline static const Actor kTeacher{"teacher", Role::kTeacher, "s1"};
    inline static const Actor kOtherLead{"lead2", Role::kCommunicationsLead, "s2"};
};

}  // namespace steward::domain
