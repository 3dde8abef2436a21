#include "domain/access/roster_import.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class RosterImportTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s1", "School", ""}));
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
};

TEST_F(RosterImportTest, RepeatedIdIsRefusedByPositionWithoutNames) {
    std::vector<Pupil> pupils = {{"p1", "Ada", "Lovelace", "", "5", false},
                                 {"p1", "Alan", "Turing", "", "5", false}};
    auto refused = ImportRoster(*store_, clock_, Actor::System("s1"), "s1", pupils);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().where, "pupil 2: id");
    EXPECT_EQ(refused.error().message.find("Alan"), std::string::npos);
}

TEST_F(RosterImportTest, UnknownSchoolIsNotFound) {
    auto refused = ImportRoster(*store_, clock_, Actor::System(), "nowhere", {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kNotFound);
}

TEST_F(RosterImportTest, TeacherMayNotImport) {
    auto refused = ImportRoster(*store_, clock_, Actor{"t", Role::kTeacher, "s1"}, "s1", {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kPermissionDenied);
}

// Req: AUD-01
TEST_F(RosterImportTest, AuditEventHoldsCountsOnly) {
    std::vector<Pupil> pupils = {{"p1", "Ada", "Lovelace", "", "5", false}};
    ASSERT_TRUE(ImportRoster(*store_, clock_, Actor::System("s1"), "s1", pupils));
    auto events = store_->Transact([](Tx& tx) { return tx.Audit().List(0, 10); });
    ASSERT_TRUE(events);
    EXPECT_EQ(events->back().after, "added=1 updated=0 unchanged=0 off_roll=0");
    EXPECT_EQ(events->back().object_id, "s1");
}

}  // namespace
}  // namespace steward::domain
