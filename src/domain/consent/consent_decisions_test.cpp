#include "domain/consent/consent_decisions.hpp"

#include <gtest/gtest.h>

#include "domain/consent/consent_register.hpp"
#include "domain/consent/consent_test_fixture.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;

std::vector<AuditEvent> Events(Store& store) {
    auto events = store.Read([](Tx& tx) { return tx.Audit().List(0, 1000); });
    return events ? *events : std::vector<AuditEvent>{};
}

// Req: CON-01
TEST_F(ConsentTest, DecisionIsRecordedWithWhoHowAndWhenAndAudited) {
    auto record = Record(Decision("p1"));
    ASSERT_TRUE(record) << record.error().ToString();
    EXPECT_EQ(record->id.rfind("cr-", 0), 0u);
    EXPECT_EQ(record->recorded_by, "lead");
    EXPECT_EQ(record->method, "paper");
    EXPECT_EQ(record->revision, 1);
    auto history =
        store_->Transact([&](Tx& tx) { return ConsentHistory(tx, kLead, clock_, "s1", "p1"); });
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ((*history)[0].id, record->id);
    auto events = Events(*store_);
    ASSERT_GE(events.size(), 2u);
    EXPECT_EQ(events[events.size() - 2].action, "consent.record_decision");
    EXPECT_EQ(events.back().action, "consent.view_history");
    for (const AuditEvent& event : events) {
        EXPECT_EQ(event.after.find("Ada"), std::string::npos);
        EXPECT_EQ(event.after.find("Lovelace"), std::string::npos);
    }
}

// Req: CON-01
TEST_F(ConsentTest, BadFieldsAreRefusedNamingTheField) {
    auto expect_field = [&](NewConsentDecision decision, std::string_view field) {
        auto refused = Record(decision);
        ASSERT_FALSE(refused) << field;
        EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput) << field;
        EXPECT_EQ(refused.error().where, field);
    };
    auto decision = Decision("p1");
    decision.academic_year = "2026/28";
    expect_field(decision, "academic_year");
    decision.academic_year = "2030/31";  // more than one year ahead
    expect_field(decision, "academic_year");
    expect_field(Decision("p1", "myspace"), "platform");
    expect_field(Decision("p1", "x", "2026-11-15"), "recorded_on");  // tomorrow
    expect_field(Decision("p1", "x", "2026-02-30"), "recorded_on");
    decision = Decision("p1");
    decision.given_by = "neighbour";
    expect_field(decision, "given_by");
    decision = Decision("p1");
    decision.method = "";
    expect_field(decision, "method");
    auto unknown = Record(Decision("ghost"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

// Req: CON-06
TEST_F(ConsentTest, SecondDecisionMustBeAnAmendmentOfTheCurrentRecord) {
    auto first = Record(Decision("p1"));
    ASSERT_TRUE(first);
    auto overlap = Record(Decision("p1"));
    ASSERT_FALSE(overlap);
    EXPECT_EQ(overlap.error().code, ErrorCode::kAlreadyExists);
    auto amendment = Decision("p1", "instagram", "2026-10-01");
    amendment.name = false;
    amendment.amends_id = first->id;
    auto amended = Record(amendment);
    ASSERT_TRUE(amended) << amended.error().ToString();
    EXPECT_EQ(amended->revision, 2);
    EXPECT_EQ(amended->amends_id, first->id);
    auto stale = Record(amendment);  // amends the superseded record
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
    auto backdated = Decision("p1", "instagram", "2026-09-30");
    backdated.amends_id = amended->id;
    auto refused = Record(backdated);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().where, "recorded_on");
    // A same-day amendment is allowed and wins: revision breaks the tie.
    auto same_day = Decision("p1", "instagram", "2026-10-01");
    same_day.image = false;
    same_day.amends_id = amended->id;
    ASSERT_TRUE(Record(same_day));
    auto all = store_->Read([](Tx& tx) { return tx.Consent().ListForSchool("s1"); });
    ASSERT_TRUE(all);
    ConsentRegister reg(*all);
    auto standing = reg.Find("p1", Platform::kInstagram, {2026, 10, 2});
    EXPECT_FALSE(standing.AllowsMedia(MediaKind::kImage, {}));
    EXPECT_TRUE(reg.Find("p1", Platform::kInstagram, {2026, 9, 20}).AllowsName({}));
    // Another platform or year is a separate first decision.
    EXPECT_TRUE(Record(Decision("p1", "x")));
}

// Req: CON-06
TEST_F(ConsentTest, WithdrawalTakesEffectFromItsDateAndNeverRewritesHistory) {
    auto record = Record(Decision("p1"));
    ASSERT_TRUE(record);
    auto early = Withdraw(record->id, "2026-09-01");
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().where, "withdrawn_on");
    auto future = Withdraw(record->id, "2026-11-15");
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().where, "withdrawn_on");
    auto withdrawn = Withdraw(record->id, "2026-11-03");
    ASSERT_TRUE(withdrawn) << withdrawn.error().ToString();
    EXPECT_EQ(withdrawn->withdrawn_on, (Date{2026, 11, 3}));
    EXPECT_TRUE(withdrawn->image);  // the decision itself is unchanged
    auto again = Withdraw(record->id, "2026-11-04");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
    auto all = store_->Read([](Tx& tx) { return tx.Consent().ListForSchool("s1"); });
    ASSERT_TRUE(all);
    ConsentRegister reg(*all);
    EXPECT_EQ(reg.Find("p1", Platform::kInstagram, {2026, 11, 2}).state,
              ConsentStanding::State::kInForce);
    EXPECT_EQ(reg.Find("p1", Platform::kInstagram, {2026, 11, 3}).state,
              ConsentStanding::State::kWithdrawn);
    auto unknown = Withdraw("cr-nope", "2026-11-03");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_F(ConsentTest, SupersededRecordCannotBeWithdrawn) {
    auto first = Record(Decision("p1"));
    ASSERT_TRUE(first);
    auto amendment = Decision("p1", "instagram", "2026-10-01");
    amendment.amends_id = first->id;
    ASSERT_TRUE(Record(amendment));
    auto refused = Withdraw(first->id, "2026-11-01");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kFailedPrecondition);
}

// Req: AUD-06
TEST_F(ConsentTest, OnlyConsentRolesOfTheSchoolMayReadOrWrite) {
    auto teacher = Record(Decision("p1"), kTeacher);
    ASSERT_FALSE(teacher);
    EXPECT_EQ(teacher.error().code, ErrorCode::kPermissionDenied);
    auto other = Record(Decision("p1"), kOtherLead);
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, ErrorCode::kPermissionDenied);
    auto view = store_->Transact(
        [&](Tx& tx) { return ConsentHistory(tx, kTeacher, clock_, "s1", "p1"); });
    ASSERT_FALSE(view);
    EXPECT_EQ(view.error().code, ErrorCode::kPermissionDenied);
}

}  // namespace
}  // namespace steward::domain
