// The outbox on real SQLite in memory: Notify in the caller's transaction, DeliverPending's
// attempts and backoff. (SMTP on the wire: notify/smtp_transport_test.cpp.)
#include "domain/notify/outbox.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/ports/store.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class RecordingTransport final : public MailTransport {
  public:
    core::Status Send(const OutgoingMail& mail) override {
        if (down) return core::Error{core::ErrorCode::kUnavailable, "The mail server is down."};
        sent.push_back(mail);
        return core::OkStatus();
    }
    bool down = false;
    std::vector<OutgoingMail> sent;
};

class OutboxTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened) << opened.error().ToString();
        store_ = std::move(*opened);
        Organisation organisation(*store_, clock_);
        ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"kenn", "Kenn", ""}));
        AddPerson("dsl1", "dsl1@example.org", Role::kDsl, PersonStatus::kActive);
        AddPerson("dsl2", "", Role::kDsl, PersonStatus::kActive);
        AddPerson("dsl-left", "left@example.org", Role::kDsl, PersonStatus::kLeft);
        AddPerson("head", "head@example.org", Role::kHeadteacher, PersonStatus::kActive);
    }

    void AddPerson(const std::string& id, const std::string& email, Role role,
                   PersonStatus status) {
        PeopleRegister people(*store_, clock_);
        Person person;
        person.id = id;
        person.school_id = "kenn";
        person.display_name = "Staff";
        person.email = email;
        person.start_date = "2020-09-01";
        person.status = status;
        ASSERT_TRUE(people.AddPerson(Actor::System("kenn"), person));
        ASSERT_TRUE(people.AssignRole(Actor::System("kenn"), {id, role, "kenn", ""}));
    }

    core::Result<Notification> NotifyDsl(std::vector<std::string> never_to = {}) {
        return store_->Transact([&](Tx& tx) {
            NotificationRequest request;
            request.school_id = "kenn";
            request.to_role = Role::kDsl;
            request.subject = "Urgent case";
            request.body = "Open case case-1.";
            request.reason = "cases.safeguarding_disclosure";
            request.object_type = "case";
            request.object_id = "case-1";
            request.urgent = true;
            request.never_to = std::move(never_to);
            return Notify(tx, clock_, std::move(request));
        });
    }

    std::vector<NotificationRecord> List() {
        auto listed = store_->Read([](Tx& tx) { return ListNotifications(tx, "kenn", 50); });
        EXPECT_TRUE(listed);
        return listed ? *listed : std::vector<NotificationRecord>{};
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
};

// Req: INC-05
TEST_F(OutboxTest, RoleNotificationGoesToEachActiveHolderButNeverToThoseExcluded) {
    ASSERT_TRUE(NotifyDsl({"dsl2"}));
    auto listed = List();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].notification.recipient_role, Role::kDsl);
    ASSERT_EQ(listed[0].deliveries.size(), 1u);  // dsl2 excluded, dsl-left has left
    EXPECT_EQ(listed[0].deliveries[0].person_id, "dsl1");
    EXPECT_FALSE(listed[0].deliveries[0].delivered_at);
}

TEST_F(OutboxTest, NotificationRollsBackWithTheChangeThatCausedIt) {
    auto status = store_->Transact([&](Tx& tx) -> core::Status {
        NotificationRequest request{
            "kenn", Role::kHeadteacher, "", "Subject", "Body", "test", "", "", false, {}};
        if (auto sent = Notify(tx, clock_, request); !sent) return sent.error();
        return core::Error{core::ErrorCode::kConflict, "the change failed"};
    });
    EXPECT_FALSE(status);
    EXPECT_TRUE(List().empty());
}

TEST_F(OutboxTest, RequestWithoutRecipientIsRefused) {
    auto sent = store_->Transact([&](Tx& tx) {
        return Notify(tx, clock_,
                      NotificationRequest{"kenn", Role::kNone, "", "S", "", "", "", "", false, {}});
    });
    ASSERT_FALSE(sent);
    EXPECT_EQ(sent.error().code, core::ErrorCode::kInvalidInput);
}

TEST_F(OutboxTest, DeliveryIsSentOnceAndRecorded) {
    ASSERT_TRUE(NotifyDsl({"dsl2"}));
    RecordingTransport transport;
    auto report = DeliverPending(*store_, clock_, transport);
    ASSERT_TRUE(report) << report.error().ToString();
    EXPECT_EQ(report->delivered, 1);
    ASSERT_EQ(transport.sent.size(), 1u);
    EXPECT_EQ(transport.sent[0].to, "dsl1@example.org");
    EXPECT_TRUE(transport.sent[0].urgent);
    auto again = DeliverPending(*store_, clock_, transport);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->due, 0);
    auto listed = List();
    ASSERT_EQ(listed[0].deliveries.size(), 1u);
    EXPECT_EQ(listed[0].deliveries[0].attempts, 1);
    EXPECT_EQ(listed[0].deliveries[0].delivered_at, clock_.Now());
}

TEST_F(OutboxTest, FailedDeliveryBacksOffAndIsSentLater) {
    ASSERT_TRUE(NotifyDsl({"dsl2"}));
    RecordingTransport transport;
    transport.down = true;
    DeliveryOptions options;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        auto report = DeliverPending(*store_, clock_, transport, options);
        ASSERT_TRUE(report);
        EXPECT_EQ(report->failed, 1);
        auto early = DeliverPending(*store_, clock_, transport, options);  // not yet due again
        ASSERT_TRUE(early);
        EXPECT_EQ(early->due, 0);
        clock_.Advance(options.first_retry * attempt);  // 60 s, then 120 s
    }
    auto listed = List();
    EXPECT_EQ(listed[0].deliveries[0].attempts, 2);
    EXPECT_EQ(listed[0].deliveries[0].last_error, "The mail server is down.");
    transport.down = false;
    auto report = DeliverPending(*store_, clock_, transport, options);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->delivered, 1);
    listed = List();
    EXPECT_EQ(listed[0].deliveries[0].attempts, 3);
    EXPECT_TRUE(listed[0].deliveries[0].delivered_at);
    EXPECT_EQ(listed[0].deliveries[0].last_error, "");
}

TEST_F(OutboxTest, PersonWithoutAddressIsAFailedAttemptThatSaysWhatToDo) {
    ASSERT_TRUE(NotifyDsl({"dsl1"}));
    RecordingTransport transport;
    auto report = DeliverPending(*store_, clock_, transport);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->failed, 1);
    EXPECT_TRUE(transport.sent.empty());
    EXPECT_NE(List()[0].deliveries[0].last_error.find("no email address"), std::string::npos);
}

TEST(NextAttemptAfter, DoublesUpToTheLongestWait) {
    const core::TimePoint now(std::chrono::seconds(1000));
    DeliveryOptions options;
    EXPECT_EQ(NextAttemptAfter(now, 1, options), now + std::chrono::seconds(60));
    EXPECT_EQ(NextAttemptAfter(now, 3, options), now + std::chrono::seconds(240));
    EXPECT_EQ(NextAttemptAfter(now, 40, options), now + std::chrono::seconds(3600));
}

}  // namespace
}  // namespace steward::domain
