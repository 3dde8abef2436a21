#include "domain/subject_access/subject_access.hpp"

#include <gtest/gtest.h>

#include "domain/consent/consent_test_fixture.hpp"
#include "domain/consent/do_not_publish.hpp"
#include "domain/subject_access/sar_html.hpp"

namespace steward::domain {
namespace {

using core::ErrorCode;

const Actor kDpo{"dpo-1", Role::kDpo, "s1"};

class SubjectAccessTest : public ConsentTest {
  protected:
    core::Result<SubjectAccessBundle> Export(const Actor& actor, std::string_view pupil,
                                             std::span<const SubjectAccessCollector> more = {}) {
        return store_->Transact([&](Tx& tx) {
            return CollectSubjectAccess(tx, actor, clock_, "s1", pupil, more);
        });
    }
};

// Req: AUD-04
TEST_F(SubjectAccessTest, BundleHoldsRosterConsentDoNotPublishAndAuditAboutThePupilOnly) {
    auto record = Record(Decision("p1"));
    ASSERT_TRUE(record);
    ASSERT_TRUE(Withdraw(record->id, "2026-11-01"));
    ASSERT_TRUE(Record(Decision("p2")));
    ASSERT_TRUE(store_->Transact(
        [&](Tx& tx) { return SetDoNotPublish(tx, kLead, clock_, "s1", "p1", "court order"); }));
    auto bundle = Export(kDpo, "p1");
    ASSERT_TRUE(bundle) << bundle.error().ToString();
    EXPECT_EQ(bundle->subject.pupil.last_name, "Lovelace");
    ASSERT_EQ(bundle->consent.size(), 1u);
    EXPECT_EQ(bundle->consent[0].recorded_by, "[staff member]");
    ASSERT_TRUE(bundle->do_not_publish);
    EXPECT_EQ(bundle->do_not_publish->reason, "court order");
    std::vector<std::string> actions;
    for (const AuditEvent& event : bundle->audit_events) {
        actions.push_back(event.action);
        EXPECT_EQ(event.actor, "[staff member]");
    }
    EXPECT_EQ(actions, (std::vector<std::string>{"consent.record_decision", "consent.withdraw",
                                                 "consent.set_do_not_publish"}));
    // The export itself is audited.
    auto again = Export(kDpo, "p1");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->audit_events.back().action, "subject_access.export");
}

// Req: AUD-04
TEST_F(SubjectAccessTest, CollectorsAddTheirRoomsSections) {
    std::vector<SubjectAccessCollector> collectors = {
        [](Tx&, std::string_view, const DataSubject& subject)
            -> core::Result<SubjectAccessSection> {
            return SubjectAccessSection{"posts", "Posts that show or name the pupil",
                                        {{{"post", "post-1"}, {"pupil", subject.pupil.id}}}};
        },
        [](Tx&, std::string_view, const DataSubject&) -> core::Result<SubjectAccessSection> {
            return SubjectAccessSection{};  // nothing for this kind of subject: left out
        }};
    auto bundle = Export(kDpo, "p2", collectors);
    ASSERT_TRUE(bundle);
    ASSERT_EQ(bundle->sections.size(), 1u);
    EXPECT_EQ(bundle->sections[0].items[0][1].second, "p2");
}

// Req: AUD-06
TEST_F(SubjectAccessTest, OnlyHeadteacherDpoOrSystemMayExportAndUnknownPupilIsNotFound) {
    auto lead = Export(kLead, "p1");  // may see consent but not the audit trail
    ASSERT_FALSE(lead);
    EXPECT_EQ(lead.error().code, ErrorCode::kPermissionDenied);
    auto other = Export(Actor{"dpo-2", Role::kDpo, "s2"}, "p1");
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, ErrorCode::kPermissionDenied);
    auto unknown = Export(Actor::System("s1"), "ghost");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::kNotFound);
}

TEST_F(SubjectAccessTest, HtmlReportIsSelfContainedAndEscaped) {
    ASSERT_TRUE(store_->Transact([&](Tx& tx) {
        return SetDoNotPublish(tx, kLead, clock_, "s1", "p2", "<script>alert('x')</script> & co");
    }));
    auto bundle = Export(kDpo, "p2");
    ASSERT_TRUE(bundle);
    const std::string html = RenderSubjectAccessHtml(*bundle);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"),
              std::string::npos);
    EXPECT_EQ(html.find("http"), std::string::npos);  // no external assets
    EXPECT_NE(html.find("Turing"), std::string::npos);
    EXPECT_EQ(FormatUtc(core::TimePoint(std::chrono::seconds(1'794'657'600))),
              "2026-11-14 12:00:00 UTC");
}

}  // namespace
}  // namespace steward::domain
