// Contract of the audit trail on every engine: events are appended in the same transaction as
// the change, chained, and any edit, removal or reordering made behind Steward's back is found.
#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/access/roster_import.hpp"
#include "domain/audit/audit_chain.hpp"
#include "domain/audit/audit_log.hpp"
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {
namespace {

using domain::Actor;
using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

// Writes 5 events through workflows: a school, two people, a role, a roster import.
void WriteFiveEvents(domain::Store& store) {
    domain::Organisation organisation(store, kClock);
    domain::PeopleRegister people(store, kClock);
    ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    for (const char* id : {"head", "teacher"}) {
        domain::Person person{
            id, "s1", "", "Staff member", "", domain::PersonCategory::kTeachingStaff, "2024-09-01"};
        ASSERT_TRUE(people.AddPerson(Actor::System("s1"), person));
    }
    ASSERT_TRUE(
        people.AssignRole(Actor::System("s1"), {"head", domain::Role::kHeadteacher, "s1", ""}));
    std::vector<domain::Pupil> roster = {{"p1", "Ada", "Lovelace", "", "5", false}};
    ASSERT_TRUE(domain::ImportRoster(store, kClock, Actor::System("s1"), "s1", roster));
}

domain::ChainReport Verify(domain::Store& store) {
    auto report = domain::VerifyChain(store);
    EXPECT_TRUE(report) << report.error().ToString();
    return report ? *report : domain::ChainReport{};
}

// Lifts the append-only guard, as someone with the database file or superuser rights could.
void Tamper(sql::Connection& connection, const std::vector<std::string>& statements) {
    if (connection.dialect() == sql::Dialect::kSqlite) {
        ASSERT_TRUE(
            connection.ExecScript("DROP TRIGGER audit_events_no_update;"
                                  " DROP TRIGGER audit_events_no_delete;"));
    } else {
        ASSERT_TRUE(connection.ExecScript("ALTER TABLE audit_events DISABLE TRIGGER USER"));
    }
    for (const std::string& statement : statements) {
        auto done = connection.ExecScript(statement);
        ASSERT_TRUE(done) << statement << ": " << done.error().ToString();
    }
}

// Req: AUD-01
TEST_P(AuditStoreContract, WorkflowsAppendOneChainedEventPerChange) {
    WriteFiveEvents(*store_);
    auto events = store_->Transact([](Tx& tx) { return tx.Audit().List(0, 100); });
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 5u);
    EXPECT_EQ((*events)[0].action, "access.add_school");
    EXPECT_EQ((*events)[0].prev_hash, domain::kGenesisHash);
    EXPECT_EQ((*events)[1].prev_hash, (*events)[0].hash);
    EXPECT_EQ((*events)[3].after, "role=headteacher school=s1");
    EXPECT_EQ((*events)[4].object_type, "roster");
    EXPECT_EQ((*events)[4].after.find("Ada"), std::string::npos);  // no pupil names in summaries
    EXPECT_EQ((*events)[4].at, kClock.Now());
    domain::ChainReport report = Verify(*store_);
    EXPECT_TRUE(report.intact) << report.problem;
    EXPECT_EQ(report.events_checked, 5);
}

// Req: AUD-01
TEST_P(AuditStoreContract, RolledBackChangeLeavesNoEvent) {
    WriteFiveEvents(*store_);
    core::Status failed = store_->Transact([](Tx& tx) -> core::Status {
        auto event = domain::RecordAudit(tx, Actor::System(), kClock, {"test.change", "x", "1"});
        EXPECT_TRUE(event);
        return core::Error{core::ErrorCode::kConflict, "later step failed"};
    });
    ASSERT_FALSE(failed);
    domain::ChainReport report = Verify(*store_);
    EXPECT_TRUE(report.intact);
    EXPECT_EQ(report.events_checked, 5);
}

// Req: AUD-01
TEST_P(AuditStoreContract, EventsCannotBeUpdatedOrDeletedThroughSql) {
    if (!SharesDatabase()) GTEST_SKIP() << "needs a second connection to the same database";
    WriteFiveEvents(*store_);
    auto connection = RawConnection();
    ASSERT_NE(connection, nullptr);
    EXPECT_FALSE(connection->ExecScript("UPDATE audit_events SET actor = 'x' WHERE seq = 2"));
    EXPECT_FALSE(connection->ExecScript("DELETE FROM audit_events WHERE seq = 2"));
}

// Req: AUD-01
TEST_P(AuditStoreContract, VerifyNamesAnAlteredEvent) {
    if (!SharesDatabase()) GTEST_SKIP() << "needs a second connection to the same database";
    WriteFiveEvents(*store_);
    auto connection = RawConnection();
    Tamper(*connection,
           {"UPDATE audit_events SET after_summary = 'role=dsl school=s1' WHERE seq = 4"});
    domain::ChainReport report = Verify(*store_);
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.first_broken_seq, 4);
    EXPECT_EQ(report.events_checked, 3);
}

// Req: AUD-01
TEST_P(AuditStoreContract, VerifyNamesARemovedEvent) {
    if (!SharesDatabase()) GTEST_SKIP() << "needs a second connection to the same database";
    WriteFiveEvents(*store_);
    auto connection = RawConnection();
    Tamper(*connection, {"DELETE FROM audit_events WHERE seq = 3"});
    domain::ChainReport report = Verify(*store_);
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.first_broken_seq, 3);
}

// Req: AUD-01
TEST_P(AuditStoreContract, VerifyNamesSwappedEvents) {
    if (!SharesDatabase()) GTEST_SKIP() << "needs a second connection to the same database";
    WriteFiveEvents(*store_);
    auto connection = RawConnection();
    Tamper(*connection, {"UPDATE audit_events SET seq = 100 WHERE seq = 2",
                         "UPDATE audit_events SET seq = 2 WHERE seq = 3",
                         "UPDATE audit_events SET seq = 3 WHERE seq = 100"});
    domain::ChainReport report = Verify(*store_);
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.first_broken_seq, 2);
}

// Req: AUD-01
TEST_P(AuditStoreContract, VerifyNoticesTheNewestEventsRemoved) {
    if (!SharesDatabase()) GTEST_SKIP() << "needs a second connection to the same database";
    WriteFiveEvents(*store_);
    auto connection = RawConnection();
    Tamper(*connection, {"DELETE FROM audit_events WHERE seq >= 4"});
    domain::ChainReport report = Verify(*store_);
    EXPECT_FALSE(report.intact);
    EXPECT_EQ(report.first_broken_seq, 4);
    EXPECT_EQ(report.events_checked, 3);
}

}  // namespace
}  // namespace steward::store::contract
