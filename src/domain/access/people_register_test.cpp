#include "domain/access/people_register.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class PeopleRegisterTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s1", "School", ""}));
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s2", "Other", ""}));
    }
    Person Staff(std::string id) {
        return Person{std::move(id), "s1", "", "Staff member", "", PersonCategory::kTeachingStaff,
                      "2024-09-01"};
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
};

// Req: ORG-02
TEST_F(PeopleRegisterTest, RefusesBadDatesAndMissingTenant) {
    PeopleRegister people(*store_, clock_);
    Person person = Staff("p1");
    person.start_date = "2024-02-30";
    EXPECT_EQ(people.AddPerson(Actor::System(), person).error().where, "start_date");
    person = Staff("p1");
    person.end_date = "2023-01-01";
    EXPECT_EQ(people.AddPerson(Actor::System(), person).error().where, "end_date");
    person = Staff("p1");
    person.school_id.clear();
    EXPECT_EQ(people.AddPerson(Actor::System(), person).error().code,
              core::ErrorCode::kInvalidInput);
    person = Staff("p1");
    person.school_id = "nowhere";
    EXPECT_FALSE(people.AddPerson(Actor::System(), person));
}

TEST_F(PeopleRegisterTest, HeadteacherOfAnotherSchoolIsRefused) {
    PeopleRegister people(*store_, clock_);
    Actor other_head{"h2", Role::kHeadteacher, "s2"};
    auto refused = people.AddPerson(other_head, Staff("p1"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kPermissionDenied);
    EXPECT_TRUE(people.AddPerson(Actor{"h1", Role::kHeadteacher, "s1"}, Staff("p1")));
}

// Req: AUD-01
TEST_F(PeopleRegisterTest, UpdateAuditsChangedFieldNamesNotValues) {
    PeopleRegister people(*store_, clock_);
    ASSERT_TRUE(people.AddPerson(Actor::System(), Staff("p1")));
    Person changed = Staff("p1");
    changed.email = "secret@example.org";
    changed.status = PersonStatus::kSuspended;
    ASSERT_TRUE(people.UpdatePerson(Actor::System("s1"), changed));
    auto events = store_->Transact([](Tx& tx) { return tx.Audit().List(0, 10); });
    ASSERT_TRUE(events);
    EXPECT_EQ(events->back().action, "access.update_person");
    EXPECT_EQ(events->back().after, "fields=email,status");
    // An update that changes nothing writes no event.
    ASSERT_TRUE(people.UpdatePerson(Actor::System("s1"), changed));
    auto again = store_->Transact([](Tx& tx) { return tx.Audit().List(0, 10); });
    EXPECT_EQ(again->size(), events->size());
}

TEST_F(PeopleRegisterTest, NobodyManagesThemself) {
    PeopleRegister people(*store_, clock_);
    ASSERT_TRUE(people.AddPerson(Actor::System(), Staff("p1")));
    auto refused = people.SetLineManager(Actor::System(), {"p1", "p1", ""});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
}

}  // namespace
}  // namespace steward::domain
