// Contract of the access room's store and workflows on every engine: schools, people, roles,
// line managers, roster import, parents, users and sessions.
#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/access/roster_import.hpp"
#include "domain/access/user_accounts.hpp"
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {
namespace {

using core::ErrorCode;
using domain::Actor;
using domain::Person;
using domain::PersonCategory;
using domain::Pupil;
using domain::Role;
using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

Person Staff(std::string id, std::string school = "s1") {
    return Person{
        std::move(id), std::move(school), "", "Staff member", "", PersonCategory::kTeachingStaff,
        "2024-09-01"};
}

std::vector<Pupil> ThreePupils() {
    return {Pupil{"p1", "Ada", "Lovelace", "", "5", false},
            Pupil{"p2", "Alan", "Turing", "Al", "6", true},
            Pupil{"p3", "Grace", "Hopper", "", "R", false}};
}

class AccessFixture {
  public:
    explicit AccessFixture(domain::Store& store)
        : organisation(store, kClock), people(store, kClock), users(store, kClock) {}
    domain::Organisation organisation;
    domain::PeopleRegister people;
    domain::UserAccounts users;
};

// Req: ORG-01
TEST_P(AccessStoreContract, SchoolsBelongToTrustsAndDuplicateIdsAreRefused) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddTrust(Actor::System(), {"t1", "Trust One"}));
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School One", "t1"}));
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s2", "School Two", ""}));
    auto again = access.organisation.AddSchool(Actor::System(), {"s1", "Other", ""});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
    auto unknown_trust = access.organisation.AddSchool(Actor::System(), {"s3", "Three", "nope"});
    ASSERT_FALSE(unknown_trust);
    EXPECT_EQ(unknown_trust.error().code, ErrorCode::kNotFound);
    auto in_trust = store_->Transact([](Tx& tx) { return tx.Access().ListSchools("t1"); });
    ASSERT_TRUE(in_trust);
    ASSERT_EQ(in_trust->size(), 1u);
    EXPECT_EQ((*in_trust)[0].id, "s1");
    auto all = store_->Transact([](Tx& tx) { return tx.Access().ListSchools(""); });
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 2u);
}

// Req: ORG-02
TEST_P(AccessStoreContract, PeopleKeepCategoryDatesAndStatus) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    Person volunteer{"v1",
                     "s1",
                     "",
                     "A Volunteer",
                     "v@example.org",
                     PersonCategory::kVolunteer,
                     "2025-01-06",
                     "",
                     domain::PersonStatus::kActive};
    ASSERT_TRUE(access.people.AddPerson(Actor::System("s1"), volunteer));
    volunteer.end_date = "2025-07-18";
    volunteer.status = domain::PersonStatus::kLeft;
    ASSERT_TRUE(access.people.UpdatePerson(Actor::System("s1"), volunteer));
    auto found = store_->Transact([](Tx& tx) { return tx.Access().FindPerson("v1"); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->category, PersonCategory::kVolunteer);
    EXPECT_EQ((*found)->end_date, "2025-07-18");
    EXPECT_EQ((*found)->status, domain::PersonStatus::kLeft);
    auto duplicate = access.people.AddPerson(Actor::System("s1"), volunteer);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::kAlreadyExists);
}

// Req: ORG-04
TEST_P(AccessStoreContract, RolesAreHeldAtSchoolsOrAcrossTrusts) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddTrust(Actor::System(), {"t1", "Trust"}));
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School", "t1"}));
    ASSERT_TRUE(access.people.AddPerson(Actor::System(), Staff("head")));
    Person trustee{"trustee", "", "t1", "Trustee", "", PersonCategory::kTrustee, "2020-01-01"};
    ASSERT_TRUE(access.people.AddPerson(Actor::System(), trustee));
    ASSERT_TRUE(access.people.AssignRole(Actor::System(), {"head", Role::kHeadteacher, "s1", ""}));
    ASSERT_TRUE(access.people.AssignRole(Actor::System(), {"head", Role::kDsl, "s1", ""}));
    ASSERT_TRUE(access.people.AssignRole(Actor::System(), {"trustee", Role::kDsl, "", "t1"}));
    auto twice = access.people.AssignRole(Actor::System(), {"head", Role::kDsl, "s1", ""});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::kAlreadyExists);
    auto holders = store_->Transact([](Tx& tx) { return tx.Access().HoldersOf("s1", Role::kDsl); });
    ASSERT_TRUE(holders);
    ASSERT_EQ(holders->size(), 2u);
    EXPECT_EQ((*holders)[0].person_id, "head");
    EXPECT_EQ((*holders)[1].person_id, "trustee");
    auto roles = store_->Transact([](Tx& tx) { return tx.Access().RolesOf("head"); });
    ASSERT_TRUE(roles);
    EXPECT_EQ(roles->size(), 2u);
    ASSERT_TRUE(access.people.RevokeRole(Actor::System(), {"head", Role::kDsl, "s1", ""}));
    auto again = access.people.RevokeRole(Actor::System(), {"head", Role::kDsl, "s1", ""});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kNotFound);
}

// Req: ORG-06
TEST_P(AccessStoreContract, LineManagerIsRequiredBeforeALineManagerStep) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    ASSERT_TRUE(access.people.AddPerson(Actor::System(), Staff("teacher")));
    ASSERT_TRUE(access.people.AddPerson(Actor::System(), Staff("manager")));
    auto missing =
        store_->Transact([&](Tx& tx) { return access.people.RequireLineManager(tx, "teacher"); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kFailedPrecondition);
    ASSERT_TRUE(access.people.SetLineManager(Actor::System(), {"teacher", "manager", ""}));
    auto manager =
        store_->Transact([&](Tx& tx) { return access.people.RequireLineManager(tx, "teacher"); });
    ASSERT_TRUE(manager);
    EXPECT_EQ(*manager, "manager");
    auto unknown = access.people.SetLineManager(Actor::System(), {"teacher", "ghost", ""});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_P(AccessStoreContract, RosterImportAddsUpdatesAndRetiresInOneGo) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    auto first = domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", ThreePupils());
    ASSERT_TRUE(first) << first.error().ToString();
    EXPECT_EQ(first->added, 3);
    std::vector<Pupil> next = ThreePupils();
    next[0].year_group = "6";
    next.pop_back();
    next.push_back(Pupil{"p4", "Katherine", "Johnson", "", "4", false});
    auto second = domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", next);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->added, 1);
    EXPECT_EQ(second->updated, 1);
    EXPECT_EQ(second->unchanged, 1);
    EXPECT_EQ(second->removed, 1);
    auto roster = store_->Transact([](Tx& tx) { return tx.Access().ListPupils("s1"); });
    ASSERT_TRUE(roster);
    ASSERT_EQ(roster->size(), 3u);
    EXPECT_EQ((*roster)[0].year_group, "6");
    EXPECT_TRUE((*roster)[1].do_not_publish);
    EXPECT_EQ((*roster)[2].id, "p4");
}

TEST_P(AccessStoreContract, RosterImportWithOneBadPupilChangesNothing) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", ThreePupils()));
    std::vector<Pupil> bad = {Pupil{"p9", "New", "Pupil", "", "3", false},
                              Pupil{"p1", "Ada", "Lovelace", "", "Year 5", false}};
    auto refused = domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(refused.error().where, "pupil 2: year_group");
    EXPECT_EQ(refused.error().message.find("Ada"), std::string::npos);
    // A failure inside the transaction (after some upserts) also leaves the roster as it was.
    core::Status aborted = store_->Transact([](Tx& tx) -> core::Status {
        EXPECT_TRUE(tx.Access().UpsertPupil("s1", Pupil{"p9", "New", "Pupil", "", "3", false}));
        EXPECT_TRUE(tx.Access().SetPupilOnRoll("s1", "p1", false));
        return core::Error{ErrorCode::kUnavailable, "disk full"};
    });
    ASSERT_FALSE(aborted);
    auto roster = store_->Transact([](Tx& tx) { return tx.Access().ListPupils("s1"); });
    ASSERT_TRUE(roster);
    ASSERT_EQ(roster->size(), 3u);
    EXPECT_EQ((*roster)[0].id, "p1");
    EXPECT_EQ((*roster)[0].year_group, "5");
}

TEST_P(AccessStoreContract, ParentsAreLinkedToPupilsOnTheRoster) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School", ""}));
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", ThreePupils()));
    Person parent{"parent1", "s1", "", "A Parent", "", PersonCategory::kParentCarer, "2024-09-01"};
    ASSERT_TRUE(access.people.AddPerson(Actor::System(), parent));
    ASSERT_TRUE(access.people.AddPerson(Actor::System(), Staff("teacher")));
    ASSERT_TRUE(access.people.LinkParent(Actor::System(), {"parent1", "s1", "p2", "mother"}));
    auto not_parent = access.people.LinkParent(Actor::System(), {"teacher", "s1", "p2", ""});
    ASSERT_FALSE(not_parent);
    EXPECT_EQ(not_parent.error().code, ErrorCode::kInvalidInput);
    auto no_pupil = access.people.LinkParent(Actor::System(), {"parent1", "s1", "p99", ""});
    ASSERT_FALSE(no_pupil);
    EXPECT_EQ(no_pupil.error().code, ErrorCode::kNotFound);
    auto parents = store_->Transact([](Tx& tx) { return tx.Access().ParentsOf("s1", "p2"); });
    ASSERT_TRUE(parents);
    ASSERT_EQ(parents->size(), 1u);
    EXPECT_EQ((*parents)[0].relationship, "mother");
    auto children = store_->Transact([](Tx& tx) { return tx.Access().ChildrenOf("parent1"); });
    ASSERT_TRUE(children);
    EXPECT_EQ(children->size(), 1u);
}

TEST_P(AccessStoreContract, UsernamesAreUniqueAndSessionsExpire) {
    AccessFixture access(*store_);
    domain::UserAccount user{"u1", "head", "head@example.org", "$argon2id$hash", "", false};
    ASSERT_TRUE(access.users.CreateUser(Actor::System(), user));
    user.id = "u2";
    auto taken = access.users.CreateUser(Actor::System(), user);
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::kAlreadyExists);
    ASSERT_TRUE(access.users.SetDisabled(Actor::System(), "u1", true));
    auto found = store_->Transact([](Tx& tx) { return tx.Access().FindUserByUsername("head"); });
    ASSERT_TRUE(found && found->has_value());
    EXPECT_TRUE((*found)->disabled);
    EXPECT_EQ((*found)->created_at, kClock.Now());
    const core::TimePoint now = kClock.Now();
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        if (auto ok = tx.Access().InsertSession({"old", "u1", now, now, "c1"}); !ok) return ok;
        return tx.Access().InsertSession({"new", "u1", now, now + std::chrono::hours(8), "c2"});
    }));
    auto deleted = store_->Transact([&](Tx& tx) { return tx.Access().DeleteExpiredSessions(now); });
    ASSERT_TRUE(deleted);
    EXPECT_EQ(*deleted, 1);
    auto session = store_->Transact([](Tx& tx) { return tx.Access().FindSession("new"); });
    ASSERT_TRUE(session && session->has_value());
    EXPECT_EQ((*session)->csrf_token_hash, "c2");
    EXPECT_EQ((*session)->expires_at, now + std::chrono::hours(8));
}

std::int64_t RosterVersion(domain::Store& store, std::string_view school) {
    auto version = store.Read([&](Tx& tx) { return tx.Access().RosterVersion(school); });
    EXPECT_TRUE(version) << (version ? "" : version.error().ToString());
    return version ? *version : -1;
}

// Migration 0007: the screener cache (domain/screeners) keys on this counter, so every change to
// what it compiles must increase it in the same transaction, and nothing else may.
TEST_P(AccessStoreContract, RosterVersionGrowsWithEveryChangeToPupilsOrStaffNames) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School One", ""}));
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s2", "School Two", ""}));
    std::int64_t version = RosterVersion(*store_, "s1");
    const std::int64_t other = RosterVersion(*store_, "s2");
    auto grew = [&] {
        const std::int64_t now = RosterVersion(*store_, "s1");
        const bool more = now > version;
        version = now;
        return more;
    };
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", ThreePupils()));
    EXPECT_TRUE(grew()) << "import";
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", ThreePupils()));
    EXPECT_FALSE(grew()) << "the same roster again changes nothing";
    auto renamed = ThreePupils();
    renamed[2].preferred_name = "Amazing Grace";
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1", renamed));
    EXPECT_TRUE(grew()) << "preferred name";
    ASSERT_TRUE(domain::ImportRoster(*store_, kClock, Actor::System("s1"), "s1",
                                     {renamed[0], renamed[1]}));
    EXPECT_TRUE(grew()) << "off roll";
    ASSERT_TRUE(store_->Transact([](Tx& tx) {
        return tx.Consent().SetDoNotPublish("s1", {"p1", "court order", "head1", kClock.Now()});
    }));
    EXPECT_TRUE(grew()) << "do-not-publish";
    ASSERT_TRUE(access.people.AddPerson(Actor::System("s1"), Staff("t1")));
    EXPECT_TRUE(grew()) << "staff added";
    Person moved = Staff("t1");
    moved.display_name = "Mrs Jane Smith";
    ASSERT_TRUE(access.people.UpdatePerson(Actor::System("s1"), moved));
    EXPECT_TRUE(grew()) << "staff renamed";
    Person parent{"par1", "s1", "", "A Parent", "", PersonCategory::kParentCarer, "2024-09-01"};
    ASSERT_TRUE(access.people.AddPerson(Actor::System("s1"), parent));
    EXPECT_FALSE(grew()) << "a parent is not staff";
    EXPECT_EQ(RosterVersion(*store_, "s2"), other) << "another school's changes";
    auto missing = store_->Read([](Tx& tx) { return tx.Access().RosterVersion("nowhere"); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

// A failed transaction leaves the version as it was: it is written in the same transaction.
TEST_P(AccessStoreContract, RosterVersionRollsBackWithItsTransaction) {
    AccessFixture access(*store_);
    ASSERT_TRUE(access.organisation.AddSchool(Actor::System(), {"s1", "School One", ""}));
    const std::int64_t before = RosterVersion(*store_, "s1");
    auto failed = store_->Transact([](Tx& tx) -> core::Status {
        if (auto ok = tx.Access().UpsertPupil("s1", ThreePupils()[0]); !ok) return ok;
        return core::Error{ErrorCode::kInvalidInput, "stop", ""};
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(RosterVersion(*store_, "s1"), before);
}

}  // namespace
}  // namespace steward::store::contract
