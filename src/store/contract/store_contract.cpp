// Contract of the Store port itself: migrations, transactions, threads. Runs on every engine.
#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/audit/audit_chain.hpp"
#include "store/contract/store_fixture.hpp"
#include "store/migrations/migrations.hpp"
#include "store/sql/migrator.hpp"

namespace steward::store::contract {
namespace {

using core::ErrorCode;
using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

TEST_P(StoreContract, MigrationsAreAppliedOnceAndRecorded) {
    auto connection = RawConnection();
    ASSERT_NE(connection, nullptr);
    auto migrations = connection->dialect() == sql::Dialect::kPostgres ? PostgresMigrations()
                                                                       : SqliteMigrations();
    auto first = sql::ApplyMigrations(*connection, migrations);
    ASSERT_TRUE(first) << first.error().ToString();
    // The store already migrated a shared database; a private in-memory one starts empty.
    EXPECT_EQ(*first, SharesDatabase() ? 0 : static_cast<int>(migrations.size()));
    auto second = sql::ApplyMigrations(*connection, migrations);
    ASSERT_TRUE(second);
    EXPECT_EQ(*second, 0);
    auto rows =
        connection->Exec("SELECT version, name FROM schema_migrations ORDER BY version", {});
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), migrations.size());
    EXPECT_EQ((*rows)[0].Int(0), 1);
    EXPECT_EQ((*rows)[0].Text(1), "0001_init.sql");
    if (SharesDatabase()) {
        EXPECT_NE(Reopen(), nullptr);  // re-opening applies nothing and fails nothing
    }
}

TEST_P(StoreContract, ErrorStatusRollsBackEveryWrite) {
    core::Status result = store_->Transact([](Tx& tx) -> core::Status {
        EXPECT_TRUE(tx.Access().InsertTrust({"t1", "Trust"}));
        EXPECT_TRUE(tx.Access().InsertSchool({"s1", "School", "t1"}));
        return core::Error{ErrorCode::kInvalidInput, "stop"};
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "stop");
    auto found = store_->Transact([](Tx& tx) { return tx.Access().FindSchool("s1"); });
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->has_value());
    auto trust = store_->Transact([](Tx& tx) { return tx.Access().FindTrust("t1"); });
    ASSERT_TRUE(trust);
    EXPECT_FALSE(trust->has_value());
}

TEST_P(StoreContract, ExceptionRollsBackAndPropagates) {
    EXPECT_THROW(store_->Transact([](Tx& tx) -> core::Status {
        EXPECT_TRUE(tx.Access().InsertTrust({"t1", "Trust"}));
        throw std::runtime_error("bug");
    }),
                 std::runtime_error);
    auto trust = store_->Transact([](Tx& tx) { return tx.Access().FindTrust("t1"); });
    ASSERT_TRUE(trust);
    EXPECT_FALSE(trust->has_value());
    // The connection went back to the pool in a usable state.
    EXPECT_TRUE(store_->Transact([](Tx& tx) { return tx.Access().InsertTrust({"t1", "Trust"}); }));
}

TEST_P(StoreContract, ReadTransactionsSeeCommittedDataAndRefuseWrites) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) { return tx.Access().InsertTrust({"t1", "Trust"}); }));
    auto trust = store_->Read([](Tx& tx) { return tx.Access().FindTrust("t1"); });
    ASSERT_TRUE(trust && trust->has_value());
    auto write = store_->Read([](Tx& tx) { return tx.Access().InsertTrust({"t2", "Other"}); });
    ASSERT_FALSE(write);
    EXPECT_EQ(write.error().code, ErrorCode::kInternal);
    // The connection is writable again for the next read-write transaction.
    EXPECT_TRUE(store_->Transact([](Tx& tx) { return tx.Access().InsertTrust({"t2", "Other"}); }));
}

TEST_P(StoreContract, CommittedWritesAreVisibleToLaterTransactions) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) { return tx.Access().InsertTrust({"t1", "Trust"}); }));
    auto trust = store_->Transact([](Tx& tx) { return tx.Access().FindTrust("t1"); });
    ASSERT_TRUE(trust && trust->has_value());
    EXPECT_EQ((*trust)->name, "Trust");
}

TEST_P(StoreContract, ConcurrentTransactionsFromTwoThreadsAllCommit) {
    domain::Organisation organisation(*store_, kClock);
    ASSERT_TRUE(organisation.AddSchool(domain::Actor::System(), {"s1", "School", ""}));
    domain::PeopleRegister people(*store_, kClock);
    constexpr int kPerThread = 20;
    auto add_people = [&](const std::string& prefix, int* failures) {
        for (int index = 0; index < kPerThread; ++index) {
            domain::Person person{
                prefix + std::to_string(index),        "s1",        "", "Staff member", "",
                domain::PersonCategory::kSupportStaff, "2024-09-01"};
            if (!people.AddPerson(domain::Actor::System("s1"), person)) ++*failures;
        }
    };
    int failures_a = 0;
    int failures_b = 0;
    std::thread thread_a(add_people, "a", &failures_a);
    std::thread thread_b(add_people, "b", &failures_b);
    thread_a.join();
    thread_b.join();
    EXPECT_EQ(failures_a + failures_b, 0);
    auto listed = store_->Transact([](Tx& tx) { return tx.Access().ListPeople("s1"); });
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 2u * kPerThread);
    auto report = domain::VerifyChain(*store_);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact) << report->problem;
    EXPECT_EQ(report->events_checked, 1 + 2 * kPerThread);
}

}  // namespace
}  // namespace steward::store::contract
