#include "domain/access/role_coverage.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

// Req: ORG-07
TEST(RoleCoverageTest, ListsPresentRolesWithNoActiveHolder) {
    auto store = store::OpenStore("sqlite::memory:");
    ASSERT_TRUE(store);
    core::FixedClock clock(core::TimePoint(std::chrono::seconds(1'790'000'000)));
    ASSERT_TRUE(Organisation(**store, clock).AddTrust(Actor::System(), {"t1", "Trust"}));
    ASSERT_TRUE(Organisation(**store, clock).AddSchool(Actor::System(), {"s1", "School", "t1"}));
    PeopleRegister people(**store, clock);
    Person head{"head", "s1", "", "Head", "", PersonCategory::kTeachingStaff, "2020-09-01"};
    Person left{"dpo",        "s1",         "",
                "Former DPO", "",           PersonCategory::kSupportStaff,
                "2020-09-01", "2024-08-31", PersonStatus::kLeft};
    Person trustee{"trustee", "", "t1", "Trustee", "", PersonCategory::kTrustee, "2020-09-01"};
    for (const Person& person : {head, left, trustee}) {
        ASSERT_TRUE(people.AddPerson(Actor::System(), person));
    }
    ASSERT_TRUE(people.AssignRole(Actor::System(), {"head", Role::kHeadteacher, "s1", ""}));
    ASSERT_TRUE(people.AssignRole(Actor::System(), {"dpo", Role::kDpo, "s1", ""}));
    ASSERT_TRUE(people.AssignRole(Actor::System(), {"trustee", Role::kTrustBoard, "", "t1"}));
    const std::vector<Role> present = {Role::kHeadteacher, Role::kDpo, Role::kTrustBoard,
                                       Role::kDsl, Role::kLineManager};
    auto missing = (*store)->Read([&](Tx& tx) { return RolesWithoutHolder(tx, "s1", present); });
    ASSERT_TRUE(missing);
    EXPECT_EQ(*missing, (std::vector<Role>{Role::kDpo, Role::kDsl}));
}

}  // namespace
}  // namespace steward::domain
