#include "domain/access/session_lookup.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/access/user_accounts.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class SessionLookupTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s1", "School", ""}));
        PeopleRegister people(*store_, clock_);
        ASSERT_TRUE(people.AddPerson(Actor::System(), head_));
        ASSERT_TRUE(people.AssignRole(Actor::System(), {"head", Role::kHeadteacher, "s1", ""}));
        UserAccounts users(*store_, clock_);
        ASSERT_TRUE(users.CreateUser(Actor::System(), {"u1", "head", "", "hash", "head", false}));
        const core::TimePoint now = clock_.Now();
        ASSERT_TRUE(store_->Transact([&](Tx& tx) {
            return tx.Access().InsertSession({"tok", "u1", now, now + std::chrono::hours(1), "c"});
        }));
    }
    core::Result<SignedIn> LookUp(core::TimePoint at) {
        return store_->Read([&](Tx& tx) { return LookUpSession(tx, "tok", at); });
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    Person head_{"head", "s1", "", "Head", "", PersonCategory::kTeachingStaff, "2020-09-01"};
    std::unique_ptr<Store> store_;
};

TEST_F(SessionLookupTest, ValidSessionGivesUserPersonAndRoles) {
    auto signed_in = LookUp(clock_.Now());
    ASSERT_TRUE(signed_in) << signed_in.error().ToString();
    EXPECT_EQ(signed_in->user.username, "head");
    ASSERT_TRUE(signed_in->person.has_value());
    EXPECT_EQ(signed_in->person->school_id, "s1");
    ASSERT_EQ(signed_in->roles.size(), 1u);
    EXPECT_EQ(signed_in->roles[0].role, Role::kHeadteacher);
}

TEST_F(SessionLookupTest, ExpiredUnknownDisabledAndLeftAreAllUnauthenticated) {
    auto expired = LookUp(clock_.Now() + std::chrono::hours(1));
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error().code, core::ErrorCode::kUnauthenticated);
    auto unknown = store_->Read([&](Tx& tx) { return LookUpSession(tx, "nope", clock_.Now()); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, expired.error().message);
    Person left = head_;
    left.status = PersonStatus::kLeft;
    left.end_date = "2026-07-31";
    ASSERT_TRUE(PeopleRegister(*store_, clock_).UpdatePerson(Actor::System(), left));
    EXPECT_FALSE(LookUp(clock_.Now()));
    left.status = PersonStatus::kActive;
    ASSERT_TRUE(PeopleRegister(*store_, clock_).UpdatePerson(Actor::System(), left));
    ASSERT_TRUE(LookUp(clock_.Now()));
    ASSERT_TRUE(UserAccounts(*store_, clock_).SetDisabled(Actor::System(), "u1", true));
    EXPECT_FALSE(LookUp(clock_.Now()));
}

}  // namespace
}  // namespace steward::domain
