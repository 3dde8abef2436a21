#include "domain/consent/consent_reports.hpp"

#include <gtest/gtest.h>

#include "domain/consent/consent_test_fixture.hpp"
#include "domain/consent/do_not_publish.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;

// Req: CON-01
TEST_F(ConsentTest, AnnualCollectionListsPupilsWithoutADecisionPerYearGroup) {
    ASSERT_TRUE(Record(Decision("p1")));
    auto last_year = Decision("p2");
    last_year.academic_year = "2025/26";
    last_year.recorded_on = "2025-09-10";
    ASSERT_TRUE(Record(last_year));
    auto report = store_->Transact(
        [&](Tx& tx) { return MissingConsent(tx, kLead, clock_, "s1", std::nullopt); });
    ASSERT_TRUE(report) << report.error().ToString();
    EXPECT_EQ(report->academic_year.ToString(), "2026/27");
    EXPECT_EQ(report->total, 3);
    ASSERT_EQ(report->year_groups.size(), 3u);
    EXPECT_EQ(report->year_groups[0].year_group, "R");
    EXPECT_EQ(report->year_groups[1].year_group, "5");
    ASSERT_EQ(report->year_groups[1].pupils.size(), 1u);
    EXPECT_EQ(report->year_groups[1].pupils[0].id, "p2");
    EXPECT_EQ(report->year_groups[2].year_group, "10");
    auto previous = store_->Transact(
        [&](Tx& tx) { return MissingConsent(tx, kLead, clock_, "s1", AcademicYear{2025}); });
    ASSERT_TRUE(previous);
    EXPECT_EQ(previous->total, 3);
}

// Req: CON-04
TEST_F(ConsentTest, CoverageCountsDecisionsAndImagesAllowedPerYearGroup) {
    ASSERT_TRUE(Record(Decision("p1")));
    auto no_images = Decision("p2");
    no_images.image = false;
    ASSERT_TRUE(Record(no_images));
    auto dnp = Decision("p3");  // on the do-not-publish list: never image_allowed
    ASSERT_TRUE(Record(dnp));
    auto withdrawn = Decision("p4");
    auto record = Record(withdrawn);
    ASSERT_TRUE(record);
    ASSERT_TRUE(Withdraw(record->id, "2026-11-01"));
    auto report = store_->Read(
        [&](Tx& tx) { return ConsentCoverage(tx, kLead, clock_, "s1", std::nullopt); });
    ASSERT_TRUE(report) << report.error().ToString();
    ASSERT_EQ(report->year_groups.size(), 3u);
    const YearGroupCoverage& reception = report->year_groups[0];
    EXPECT_EQ(reception.year_group, "R");
    EXPECT_EQ(reception.with_decision, 1);
    EXPECT_EQ(reception.image_allowed, 0);
    const YearGroupCoverage& five = report->year_groups[1];
    EXPECT_EQ(five.pupils, 2);
    EXPECT_EQ(five.with_decision, 2);
    EXPECT_EQ(five.image_allowed, 1);
    EXPECT_EQ(report->year_groups[2].image_allowed, 0);
}

// Req: CON-10
TEST_F(ConsentTest, DoNotPublishNeedsAReasonAndIsAuditedWithoutIt) {
    auto empty = store_->Transact(
        [&](Tx& tx) { return SetDoNotPublish(tx, kLead, clock_, "s1", "p1", "  "); });
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().where, "reason");
    auto set = store_->Transact(
        [&](Tx& tx) { return SetDoNotPublish(tx, kLead, clock_, "s1", "p1", "court order"); });
    ASSERT_TRUE(set) << set.error().ToString();
    EXPECT_EQ(set->set_by, "lead");
    auto listed =
        store_->Transact([&](Tx& tx) { return ListDoNotPublish(tx, kLead, clock_, "s1"); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);  // p1 set here, p3 from the roster
    EXPECT_EQ((*listed)[0].reason, "court order");
    EXPECT_TRUE((*listed)[1].from_roster);
    ASSERT_TRUE(store_->Transact(
        [&](Tx& tx) { return ClearDoNotPublish(tx, kLead, clock_, "s1", "p1"); }));
    auto again = store_->Transact(
        [&](Tx& tx) { return ClearDoNotPublish(tx, kLead, clock_, "s1", "p1"); });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::kNotFound);
    auto teacher = store_->Transact(
        [&](Tx& tx) { return SetDoNotPublish(tx, kTeacher, clock_, "s1", "p2", "x"); });
    ASSERT_FALSE(teacher);
    EXPECT_EQ(teacher.error().code, ErrorCode::kPermissionDenied);
    auto events = store_->Read([](Tx& tx) { return tx.Audit().List(0, 100); });
    ASSERT_TRUE(events);
    for (const AuditEvent& event : *events) {
        EXPECT_EQ(event.after.find("court"), std::string::npos);
    }
}

}  // namespace
}  // namespace steward::domain
