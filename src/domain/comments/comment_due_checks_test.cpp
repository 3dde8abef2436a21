// MON-04 through the real store (SQLite in memory) and a FixedClock: warnings before a comment
// falls due, escalation once it is overdue, each raised once, nothing for answered comments.
#include "domain/comments/comment_due_checks.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/comments/comment_moderation.hpp"
#include "domain/comments/comment_test_fixture.hpp"

namespace steward::domain {
namespace {

using testing::Utc;

class DueChecksTest : public testing::CommentsFixture {
  protected:
    DueCheckReport Check() {
        auto report = RunDueChecks(*store_, clock_, [this](const School&) { return &pack_; });
        EXPECT_TRUE(report) << (report ? "" : report.error().ToString());
        return report ? *report : DueCheckReport{};
    }

    std::vector<CommentAlert> Alerts(std::string person, std::vector<Role> roles,
                                     bool include_answered = false) {
        auto alerts = store_->Read([&](Tx& tx) {
            return AlertsFor(tx, "s1", person, roles, include_answered);
        });
        EXPECT_TRUE(alerts);
        return alerts ? *alerts : std::vector<CommentAlert>{};
    }

    Comment Reload(const std::string& id) {
        auto found = store_->Read([&](Tx& tx) { return tx.Comments().GetComment("s1", id); });
        EXPECT_TRUE(found && *found);
        return (found && *found) ? **found : Comment{};
    }

    std::vector<std::string> AuditActions() {
        auto events = store_->Read([](Tx& tx) { return tx.Audit().List(0, 1000); });
        std::vector<std::string> actions;
        if (events) {
            for (const auto& event : *events) actions.push_back(event.action);
        }
        return actions;
    }
};

// Req: MON-04
TEST_F(DueChecksTest, RunnersAreWarnedOnceWhenTheWarningTimeArrives) {
    // Wednesday 10:00 -> due Thursday 10:00; Kenn/Kenton warn 4 hours before: Thursday 06:00.
    const Comment question = IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    ASSERT_EQ(question.warn_at, Utc(2026, 11, 19, 6));
    clock_.Set(Utc(2026, 11, 19, 5, 59));
    EXPECT_EQ(Check().warned, 0);
    EXPECT_TRUE(Alerts("mod1", {Role::kAccountModerator}).empty());

    clock_.Set(Utc(2026, 11, 19, 6));
    const DueCheckReport report = Check();
    EXPECT_EQ(report.warned, 1);
    EXPECT_EQ(report.escalated, 0);
    EXPECT_EQ(report.alerts, 1);  // one runner: the account's moderator
    const auto alerts = Alerts("mod1", {Role::kAccountModerator});
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].kind, AlertKind::kDueSoon);
    EXPECT_EQ(alerts[0].comment_id, question.id);
    EXPECT_EQ(alerts[0].due_at, question.due_at);
    EXPECT_TRUE(Alerts("slt1", {Role::kSeniorLeadershipTeam}).empty());
    EXPECT_EQ(Reload(question.id).warned_at, Utc(2026, 11, 19, 6));

    clock_.Set(Utc(2026, 11, 19, 7));
    EXPECT_EQ(Check().alerts, 0);  // raised once
    EXPECT_EQ(Alerts("mod1", {}).size(), 1u);
}

// Req: MON-04
TEST_F(DueChecksTest, OverdueWithoutResponseIsEscalatedOnceToThePacksRole) {
    const Comment question = IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    clock_.Set(Utc(2026, 11, 19, 6));
    Check();
    clock_.Set(Utc(2026, 11, 19, 10));  // exactly due: not yet overdue
    EXPECT_EQ(Check().escalated, 0);
    clock_.Set(Utc(2026, 11, 19, 10, 1));
    const DueCheckReport report = Check();
    EXPECT_EQ(report.escalated, 1);
    EXPECT_EQ(report.warned, 0);
    // Kenn/Kenton: escalation_role = senior_leadership_team.
    const auto alerts = Alerts("slt1", {Role::kSeniorLeadershipTeam});
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].kind, AlertKind::kEscalated);
    EXPECT_EQ(alerts[0].role, Role::kSeniorLeadershipTeam);
    EXPECT_TRUE(alerts[0].person_id.empty());
    EXPECT_TRUE(Alerts("head1", {Role::kHeadteacher}).empty());
    const Comment stored = Reload(question.id);
    EXPECT_EQ(stored.escalated_to, Role::kSeniorLeadershipTeam);
    EXPECT_EQ(stored.escalated_at, Utc(2026, 11, 19, 10, 1));
    clock_.Set(Utc(2026, 11, 20, 10));
    EXPECT_EQ(Check().escalated, 0);
    const auto actions = AuditActions();
    EXPECT_EQ(std::count(actions.begin(), actions.end(), "comments.warn"), 1);
    EXPECT_EQ(std::count(actions.begin(), actions.end(), "comments.escalate"), 1);
}

// Req: MON-04
TEST_F(DueChecksTest, AnsweredCommentsAreNeitherWarnedNorEscalated) {
    const Comment question = IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    clock_.Set(Utc(2026, 11, 18, 12));
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        auto replied = ModerateComment(tx, moderator_, clock_, &pack_, "s1", question.id,
                                       {ModerationKind::kReply, "", "At the office, thanks!"});
        if (!replied) return replied.error();
        return core::OkStatus();
    }));
    clock_.Set(Utc(2026, 11, 25, 10));
    const DueCheckReport report = Check();
    EXPECT_EQ(report.warned + report.escalated + report.alerts, 0);
    EXPECT_FALSE(Reload(question.id).warned_at.has_value());
}

// Req: MON-04
TEST_F(DueChecksTest, CommentFirstSeenOverdueIsEscalatedWithoutAWarning) {
    IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    clock_.Set(Utc(2026, 11, 20, 9));
    const DueCheckReport report = Check();
    EXPECT_EQ(report.warned, 0);
    EXPECT_EQ(report.escalated, 1);
    EXPECT_TRUE(Alerts("mod1", {Role::kAccountModerator}).empty());
    EXPECT_EQ(Alerts("slt1", {Role::kSeniorLeadershipTeam}).size(), 1u);
}

// Req: MON-04
TEST_F(DueChecksTest, AnEscalationLeavesTheOpenListOnceAnswered) {
    const Comment question = IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    clock_.Set(Utc(2026, 11, 19, 11));
    Check();
    ASSERT_EQ(Alerts("slt1", {Role::kSeniorLeadershipTeam}).size(), 1u);
    ASSERT_TRUE(store_->Transact([&](Tx& tx) -> core::Status {
        auto handled = ModerateComment(tx, moderator_, clock_, &pack_, "s1", question.id,
                                       {ModerationKind::kMarkHandled, "Answered by phone", ""});
        if (!handled) return handled.error();
        return core::OkStatus();
    }));
    EXPECT_TRUE(Alerts("slt1", {Role::kSeniorLeadershipTeam}).empty());
    EXPECT_EQ(Alerts("slt1", {Role::kSeniorLeadershipTeam}, /*include_answered=*/true).size(), 1u);
}

// Req: MON-04
TEST_F(DueChecksTest, NoWarningHoursMeansNoWarningButStillEscalation) {
    pack_.monitoring.warning_hours_before_due = 0;
    pack_.monitoring.escalation_role = Role::kHeadteacher;
    IngestOk("q1", testing::kQuestionText, Utc(2026, 11, 18, 10));
    clock_.Set(Utc(2026, 11, 19, 10));
    EXPECT_EQ(Check().alerts, 0);
    clock_.Set(Utc(2026, 11, 19, 10, 1));
    EXPECT_EQ(Check().escalated, 1);
    EXPECT_EQ(Alerts("head1", {Role::kHeadteacher}).size(), 1u);
}

}  // namespace
}  // namespace steward::domain
