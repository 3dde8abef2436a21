#include "domain/access/user_enrolment.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/audit/audit_chain.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class UserEnrolmentTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        Organisation organisation(*store_, clock_);
        ASSERT_TRUE(organisation.AddTrust(Actor::System(), {"t1", "Trust"}));
        ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s1", "School", "t1"}));
        ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s2", "Other", ""}));
    }
    Enrolment Dsl() {
        Enrolment enrolment;
        enrolment.school_id = "s1";
        enrolment.username = "dsl@s1";
        enrolment.display_name = "Safeguarding lead";
        enrolment.role = Role::kDsl;
        enrolment.password_hash = "$argon2id$fake";
        return enrolment;
    }
    int64_t AuditCount() {
        return store_->Read([](Tx& tx) { return tx.Audit().Head(); })->seq;
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
};

// Req: ORG-04
TEST_F(UserEnrolmentTest, CreatesPersonRoleAndAccountAudited) {
    const int64_t before = AuditCount();
    auto enrolled = EnrolUser(*store_, clock_, Actor::System(), Dsl());
    ASSERT_TRUE(enrolled) << enrolled.error().ToString();
    EXPECT_EQ(enrolled->person.id, "dsl.s1");
    EXPECT_EQ(enrolled->user.username, "dsl@s1");
    auto roles = store_->Read([](Tx& tx) { return tx.Access().RolesOf("dsl.s1"); });
    ASSERT_TRUE(roles);
    ASSERT_EQ(roles->size(), 1u);
    EXPECT_EQ((*roles)[0].role, Role::kDsl);
    EXPECT_EQ(AuditCount(), before + 3);
    EXPECT_TRUE(VerifyChain(*store_)->intact);
}

// The new person's e-mail is where notifications to them go (domain/notify reads people.email).
TEST_F(UserEnrolmentTest, NewPersonKeepsTheEmailGiven) {
    Enrolment enrolment = Dsl();
    enrolment.email = "dsl@s1.example";
    auto enrolled = EnrolUser(*store_, clock_, Actor::System(), enrolment);
    ASSERT_TRUE(enrolled) << enrolled.error().ToString();
    auto person = store_->Read([](Tx& tx) { return tx.Access().FindPerson("dsl.s1"); });
    ASSERT_TRUE(person && *person);
    EXPECT_EQ((*person)->email, "dsl@s1.example");
}

TEST_F(UserEnrolmentTest, TakenUsernameWritesNothing) {
    ASSERT_TRUE(EnrolUser(*store_, clock_, Actor::System(), Dsl()));
    const int64_t before = AuditCount();
    Enrolment again = Dsl();
    again.person_id = "";
    again.display_name = "Someone else";
    auto refused = EnrolUser(*store_, clock_, Actor::System(), again);
    ASSERT_FALSE(refused);
    EXPECT_EQ(AuditCount(), before);
}

TEST_F(UserEnrolmentTest, HeadOfAnotherSchoolIsRefused) {
    auto refused = EnrolUser(*store_, clock_, Actor{"h2", Role::kHeadteacher, "s2"}, Dsl());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, core::ErrorCode::kPermissionDenied);
}

TEST_F(UserEnrolmentTest, TrustWideRoleNeedsATrustAndTheTrustBoard) {
    Enrolment lead = Dsl();
    lead.role_across_trust = true;
    EXPECT_FALSE(EnrolUser(*store_, clock_, Actor{"h1", Role::kHeadteacher, "s1"}, lead));
    ASSERT_TRUE(EnrolUser(*store_, clock_, Actor::System(), lead));
    auto roles = store_->Read([](Tx& tx) { return tx.Access().RolesOf("dsl.s1"); });
    ASSERT_EQ(roles->size(), 1u);
    EXPECT_EQ((*roles)[0].trust_id, "t1");
    Enrolment alone = Dsl();
    alone.school_id = "s2";
    alone.username = "dsl@s2";
    alone.role_across_trust = true;
    EXPECT_EQ(EnrolUser(*store_, clock_, Actor::System(), alone).error().code,
              core::ErrorCode::kInvalidInput);
}

TEST_F(UserEnrolmentTest, UsernameRules) {
    EXPECT_TRUE(IsUsername("headteacher@kenn-kenton"));
    EXPECT_TRUE(IsUsername("j.smith"));
    EXPECT_FALSE(IsUsername("ab"));
    EXPECT_FALSE(IsUsername("@admin"));
    EXPECT_FALSE(IsUsername("a b c"));
    EXPECT_EQ(PersonIdForUsername("DSL@Belgrave"), "dsl.belgrave");
}

}  // namespace
}  // namespace steward::domain
