// Contract of the consent room's store on every engine: records kept as written and in the
// register's order, withdrawal once, history never edited, do-not-publish details that survive
// a roster re-import.
#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/roster_import.hpp"
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {
namespace {

using core::ErrorCode;
using domain::Actor;
using domain::ConsentRecord;
using domain::Date;
using domain::Pupil;
using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

std::vector<Pupil> Roster(bool p2_flag = false) {
    return {Pupil{"p1", "Ada", "Lovelace", "", "5", false},
            Pupil{"p2", "Alan", "Turing", "", "6", p2_flag},
            Pupil{"p3", "Grace", "Hopper", "", "R", false}};
}

ConsentRecord Record(std::string id, std::string pupil, Date recorded, int revision = 1) {
    ConsentRecord record;
    record.id = std::move(id);
    record.school_id = "s1";
    record.pupil_id = std::move(pupil);
    record.academic_year = domain::AcademicYearOf(recorded);
    record.platform = domain::Platform::kInstagram;
    record.image = true;
    record.video = false;
    record.name = true;
    record.given_by = domain::ConsentGiver::kPupil;
    record.method = "online form";
    record.recorded_on = recorded;
    record.recorded_by = "staff-1";
    record.revision = revision;
    record.created_at = kClock.Now();
    return record;
}

class ConsentSchool {
  public:
    explicit ConsentSchool(domain::Store& store) : organisation_(store, kClock) {
        EXPECT_TRUE(organisation_.AddSchool(Actor::System(), {"s1", "School", ""}));
        EXPECT_TRUE(domain::ImportRoster(store, kClock, Actor::System("s1"), "s1", Roster()));
    }

  private:
    domain::Organisation organisation_;
};

core::Status Add(domain::Store& store, const ConsentRecord& record) {
    return store.Transact([&](Tx& tx) { return tx.Consent().Add(record); });
}

// Req: CON-01
TEST_P(ConsentStoreContract, RecordsKeepEveryFieldInRegisterOrder) {
    ConsentSchool school(*store_);
    ASSERT_TRUE(Add(*store_, Record("c2", "p2", {2026, 9, 10})));
    ASSERT_TRUE(Add(*store_, Record("c1", "p1", {2026, 9, 12})));
    ConsentRecord amended = Record("c3", "p1", {2026, 9, 12}, 2);
    amended.amends_id = "c1";
    amended.name = false;
    ASSERT_TRUE(Add(*store_, amended));
    auto all = store_->Read([](Tx& tx) { return tx.Consent().ListForSchool("s1"); });
    ASSERT_TRUE(all) << all.error().ToString();
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].id, "c1");
    EXPECT_EQ((*all)[1].id, "c3");
    EXPECT_EQ((*all)[2].id, "c2");
    const ConsentRecord& kept = (*all)[1];
    EXPECT_EQ(kept.academic_year.ToString(), "2026/27");
    EXPECT_EQ(kept.platform, domain::Platform::kInstagram);
    EXPECT_TRUE(kept.image);
    EXPECT_FALSE(kept.video);
    EXPECT_FALSE(kept.name);
    EXPECT_EQ(kept.given_by, domain::ConsentGiver::kPupil);
    EXPECT_EQ(kept.method, "online form");
    EXPECT_EQ(kept.recorded_on, (Date{2026, 9, 12}));
    EXPECT_EQ(kept.recorded_by, "staff-1");
    EXPECT_EQ(kept.amends_id, "c1");
    EXPECT_EQ(kept.revision, 2);
    EXPECT_FALSE(kept.withdrawn_on);
    EXPECT_EQ(kept.created_at, kClock.Now());
    auto history = store_->Read([](Tx& tx) { return tx.Consent().ListForPupil("s1", "p1"); });
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[0].id, "c3");  // newest first
    auto other = store_->Read([](Tx& tx) { return tx.Consent().ListForSchool("s2"); });
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->empty());
}

// The post check reads the consent of every pupil in a post with one query (review finding 3).
TEST_P(ConsentStoreContract, ListForPupilsReturnsOnlyThosePupilsInRegisterOrder) {
    ConsentSchool school(*store_);
    ASSERT_TRUE(Add(*store_, Record("c2", "p2", {2026, 9, 10})));
    ASSERT_TRUE(Add(*store_, Record("c1", "p1", {2026, 9, 12})));
    ConsentRecord amended = Record("c3", "p1", {2026, 9, 12}, 2);
    amended.amends_id = "c1";
    ASSERT_TRUE(Add(*store_, amended));
    ASSERT_TRUE(Add(*store_, Record("c4", "p3", {2026, 9, 1})));
    auto some = store_->Read([](Tx& tx) {
        return tx.Consent().ListForPupils("s1", {"p3", "p1", "nobody"});
    });
    ASSERT_TRUE(some) << some.error().ToString();
    std::vector<std::string> ids;
    for (const ConsentRecord& record : *some) ids.push_back(record.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"c1", "c3", "c4"}));
    auto none = store_->Read([](Tx& tx) { return tx.Consent().ListForPupils("s1", {}); });
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
    auto other_school = store_->Read([](Tx& tx) {
        return tx.Consent().ListForPupils("s2", {"p1"});
    });
    ASSERT_TRUE(other_school);
    EXPECT_TRUE(other_school->empty());
}

// Req: CON-01
TEST_P(ConsentStoreContract, RecordForPupilNotOnRosterOrRepeatedRevisionIsRefused) {
    ConsentSchool school(*store_);
    auto unknown = Add(*store_, Record("c1", "nobody", {2026, 9, 10}));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kFailedPrecondition);
    ASSERT_TRUE(Add(*store_, Record("c1", "p1", {2026, 9, 10})));
    auto twice = Add(*store_, Record("c2", "p1", {2026, 9, 11}));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::kAlreadyExists);
}

// Req: CON-06
TEST_P(ConsentStoreContract, WithdrawalIsAddedOnceAndKeepsTheRecord) {
    ConsentSchool school(*store_);
    ASSERT_TRUE(Add(*store_, Record("c1", "p1", {2026, 9, 10})));
    auto withdraw = [&](std::string_view id) {
        return store_->Transact([&](Tx& tx) {
            return tx.Consent().Withdraw("s1", id, {2026, 11, 3}, "letter", "staff-2");
        });
    };
    ASSERT_TRUE(withdraw("c1"));
    auto again = withdraw("c1");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
    auto unknown = withdraw("nope");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
    auto found = store_->Read([](Tx& tx) { return tx.Consent().FindRecord("s1", "c1"); });
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->withdrawn_on, (Date{2026, 11, 3}));
    EXPECT_EQ((*found)->withdrawal_note, "letter");
    EXPECT_EQ((*found)->withdrawn_by, "staff-2");
    EXPECT_TRUE((*found)->image);
    auto elsewhere = store_->Read([](Tx& tx) { return tx.Consent().FindRecord("s2", "c1"); });
    ASSERT_TRUE(elsewhere);
    EXPECT_FALSE(*elsewhere);
}

// Req: CON-06
TEST_P(ConsentStoreContract, DatabaseRefusesEditingOrDeletingHistory) {
    if (!SharesDatabase()) GTEST_SKIP() << "needs a second connection to the same database";
    ConsentSchool school(*store_);
    ASSERT_TRUE(Add(*store_, Record("c1", "p1", {2026, 9, 10})));
    auto raw = RawConnection();
    ASSERT_NE(raw, nullptr);
    EXPECT_FALSE(raw->Exec("UPDATE consent_records SET image = 0 WHERE id = 'c1'", {}));
    EXPECT_FALSE(raw->Exec("DELETE FROM consent_records WHERE id = 'c1'", {}));
    EXPECT_FALSE(raw->Exec("UPDATE consent_records SET withdrawn_on = '2026-09-01' WHERE id = 'c1'",
                           {}));  // before recorded_on
}

// Req: CON-10
TEST_P(ConsentStoreContract, DoNotPublishDetailsSurviveRosterReimport) {
    ConsentSchool school(*store_);
    domain::DoNotPublishEntry entry{"p1", "court order", "staff-1", kClock.Now(), false};
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Consent().SetDoNotPublish("s1", entry); }));
    // The MIS file says p2 is do-not-publish and p1 is not.
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", Roster(true)));
    auto listed = store_->Read([](Tx& tx) { return tx.Consent().ListDoNotPublish("s1"); });
    ASSERT_TRUE(listed) << listed.error().ToString();
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].pupil_id, "p1");
    EXPECT_EQ((*listed)[0].reason, "court order");
    EXPECT_EQ((*listed)[0].set_at, kClock.Now());
    EXPECT_FALSE((*listed)[0].from_roster);
    EXPECT_EQ((*listed)[1].pupil_id, "p2");
    EXPECT_TRUE((*listed)[1].from_roster);
    auto pupil = store_->Read([](Tx& tx) { return tx.Access().FindPupil("s1", "p1"); });
    ASSERT_TRUE(pupil && *pupil);
    EXPECT_TRUE((*pupil)->do_not_publish);  // what the post check reads

    ASSERT_TRUE(store_->Transact([](Tx& tx) { return tx.Consent().ClearDoNotPublish("s1", "p1"); }));
    auto cleared = store_->Read([](Tx& tx) { return tx.Consent().FindDoNotPublish("s1", "p1"); });
    ASSERT_TRUE(cleared);
    EXPECT_FALSE(*cleared);
    auto unknown = store_->Transact([&](Tx& tx) {
        return tx.Consent().SetDoNotPublish("s1", {"ghost", "x", "staff-1", kClock.Now(), false});
    });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace steward::store::contract
