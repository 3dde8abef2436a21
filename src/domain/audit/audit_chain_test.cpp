#include "domain/audit/audit_chain.hpp"

#include <gtest/gtest.h>

#include "domain/audit/audit_log.hpp"
#include "domain/ports/store.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

AuditEvent Sample() {
    AuditEvent event;
    event.seq = 7;
    event.at = core::TimePoint(std::chrono::seconds(1'790'000'000));
    event.actor = "head";
    event.actor_role = "headteacher";
    event.school_id = "s1";
    event.action = "access.add_person";
    event.object_type = "person";
    event.object_id = "p1";
    event.after = "category=volunteer";
    return event;
}

TEST(AuditChainTest, CanonicalEncodingPrefixesEveryFieldWithItsLength) {
    EXPECT_EQ(CanonicalEncoding(Sample()),
              "1:7;10:1790000000;4:head;11:headteacher;2:s1;17:access.add_person;6:person;2:p1;0:;"
              "18:category=volunteer;");
}

// Req: AUD-01
TEST(AuditChainTest, MovingTextBetweenFieldsChangesTheHash) {
    AuditEvent left = Sample();
    AuditEvent right = Sample();
    left.object_type = "person;2:p";
    left.object_id = "1";
    right.object_type = "person";
    right.object_id = "p;1";
    EXPECT_NE(CanonicalEncoding(left), CanonicalEncoding(right));
    EXPECT_NE(ChainHash(kGenesisHash, left), ChainHash(kGenesisHash, right));
}

TEST(AuditChainTest, HashDependsOnThePreviousHash) {
    std::string other(64, 'a');
    EXPECT_NE(ChainHash(kGenesisHash, Sample()), ChainHash(other, Sample()));
    EXPECT_EQ(ChainHash(kGenesisHash, Sample()).size(), 64u);
}

// Req: AUD-01
TEST(AuditChainTest, RecordAuditChainsEventsAndVerifyCountsThem) {
    auto store = store::OpenStore("sqlite::memory:");
    ASSERT_TRUE(store);
    core::FixedClock clock(core::TimePoint(std::chrono::seconds(1'790'000'000)));
    Actor head{"head", Role::kHeadteacher, "s1"};
    for (int index = 0; index < 3; ++index) {
        ASSERT_TRUE((*store)->Transact([&](Tx& tx) -> core::Status {
            auto event =
                RecordAudit(tx, head, clock, {"test.touch", "thing", std::to_string(index)});
            if (!event) return event.error();
            EXPECT_EQ(event->seq, index + 1);
            EXPECT_EQ(event->actor_role, "headteacher");
            EXPECT_EQ(event->school_id, "s1");
            return core::OkStatus();
        }));
        clock.Advance(std::chrono::seconds(1));
    }
    auto report = VerifyChain(**store);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact);
    EXPECT_EQ(report->events_checked, 3);
}

TEST(AuditChainTest, EmptyTrailIsIntact) {
    auto store = store::OpenStore("sqlite::memory:");
    ASSERT_TRUE(store);
    auto report = VerifyChain(**store);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->intact);
    EXPECT_EQ(report->events_checked, 0);
}

}  // namespace
}  // namespace steward::domain
