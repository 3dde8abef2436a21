// Contract of the comments room's store on every engine: every SQL statement of
// store/sql/comments_store.cpp (comments, moderation actions, the queue with its filters and
// order, the log and timings, webhook deliveries, MON-04 claims and alerts, the subject access
// query) runs and answers the same on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {
namespace {

using core::ErrorCode;
using domain::Comment;
using domain::Tx;

const core::TimePoint kNow(std::chrono::seconds(1'790'000'000));

core::TimePoint At(int64_t hours) { return kNow + std::chrono::hours(hours); }

void AddSchoolAndAccount(domain::Store& store) {
    ASSERT_TRUE(store.Transact([](Tx& tx) -> core::Status {
        for (const char* school : {"s1", "s2"}) {
            if (auto ok = tx.Access().InsertSchool({school, school, ""}); !ok) return ok;
        }
        for (auto [id, school, external] :
             {std::tuple{"acc1", "s1", "1001"}, std::tuple{"acc2", "s1", "1002"},
              std::tuple{"acc3", "s2", "2001"}}) {
            domain::OfficialAccount account;
            account.id = id;
            account.school_id = school;
            account.platform = domain::Platform::kFacebook;
            account.handle = std::string("@") + id;
            account.external_id = external;
            if (auto ok = tx.Accounts().AddAccount(account); !ok) return ok;
        }
        return core::OkStatus();
    }));
}

Comment MakeComment(std::string id, std::string account, int64_t due_hours) {
    Comment comment;
    comment.id = id;
    comment.school_id = account == "acc3" ? "s2" : "s1";
    comment.account_id = std::move(account);
    comment.platform = domain::Platform::kFacebook;
    comment.platform_comment_id = "p-" + id;
    comment.platform_post_id = "post-1";
    comment.author_platform_id = "user-9";
    comment.author_handle = "parent";
    comment.author_name = "A Parent";
    comment.text = "Quote \" backslash \\ newline\n and é";
    comment.link = "https://facebook.com/x";
    comment.source = domain::CommentSource::kWebhook;
    comment.received_at = At(due_hours - 24);
    comment.categories = {"complaint", "question"};
    comment.action = "complaints";
    comment.findings_json = "[]";
    comment.due_at = At(due_hours);
    comment.warn_at = At(due_hours - 4);
    comment.created_at = comment.received_at;
    return comment;
}

core::Status Insert(domain::Store& store, const Comment& comment) {
    return store.Transact([&](Tx& tx) { return tx.Comments().InsertComment(comment); });
}

std::vector<std::string> Ids(const std::vector<Comment>& comments) {
    std::vector<std::string> ids;
    for (const Comment& comment : comments) ids.push_back(comment.id);
    return ids;
}

TEST_P(CommentsStoreContract, CommentKeepsEveryFieldAndIsFoundByPlatformIdWithinItsSchool) {
    AddSchoolAndAccount(*store_);
    Comment comment = MakeComment("c1", "acc1", 10);
    comment.first_response_at = At(1);
    comment.urgent = true;
    comment.case_id = "case-1";
    comment.visibility = domain::CommentVisibility::kHidden;
    comment.warned_at = At(2);
    comment.escalated_to = domain::Role::kHeadteacher;
    ASSERT_TRUE(Insert(*store_, comment));
    auto got = store_->Read([](Tx& tx) { return tx.Comments().GetComment("s1", "c1"); });
    ASSERT_TRUE(got && *got);
    const Comment& c = **got;
    EXPECT_EQ(c.account_id, "acc1");
    EXPECT_EQ(c.platform_comment_id, "p-c1");
    EXPECT_EQ(c.text, comment.text);
    EXPECT_EQ(c.author_name, "A Parent");
    EXPECT_EQ(c.source, domain::CommentSource::kWebhook);
    EXPECT_EQ(c.categories, comment.categories);
    EXPECT_EQ(c.received_at, comment.received_at);
    EXPECT_EQ(c.due_at, At(10));
    EXPECT_EQ(c.warn_at, At(6));
    EXPECT_EQ(c.first_response_at, At(1));
    EXPECT_EQ(c.visibility, domain::CommentVisibility::kHidden);
    EXPECT_EQ(c.case_id, "case-1");
    EXPECT_TRUE(c.urgent);
    EXPECT_EQ(c.warned_at, At(2));
    EXPECT_FALSE(c.escalated_at.has_value());
    EXPECT_EQ(c.escalated_to, domain::Role::kHeadteacher);

    auto other_school = store_->Read([](Tx& tx) { return tx.Comments().GetComment("s2", "c1"); });
    ASSERT_TRUE(other_school);
    EXPECT_FALSE(other_school->has_value());
    auto by_platform = store_->Read([](Tx& tx) {
        return tx.Comments().FindByPlatformId(domain::Platform::kFacebook, "p-c1");
    });
    ASSERT_TRUE(by_platform && *by_platform);
    EXPECT_EQ((*by_platform)->id, "c1");
    auto missing = store_->Read([](Tx& tx) {
        return tx.Comments().FindByPlatformId(domain::Platform::kInstagram, "p-c1");
    });
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
}

TEST_P(CommentsStoreContract, ARedeliveredCommentOrDeliveryIsRefusedAsAlreadyExisting) {
    AddSchoolAndAccount(*store_);
    ASSERT_TRUE(Insert(*store_, MakeComment("c1", "acc1", 10)));
    Comment again = MakeComment("c2", "acc1", 10);
    again.platform_comment_id = "p-c1";
    auto duplicate = Insert(*store_, again);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::kAlreadyExists);

    auto first = store_->Transact(
        [](Tx& tx) { return tx.Comments().RecordDelivery("abc123", "meta", kNow, 3); });
    ASSERT_TRUE(first);
    auto second = store_->Transact(
        [](Tx& tx) { return tx.Comments().RecordDelivery("abc123", "meta", kNow, 3); });
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::kAlreadyExists);
}

TEST_P(CommentsStoreContract, UpdateAndActionsRoundTrip) {
    AddSchoolAndAccount(*store_);
    Comment comment = MakeComment("c1", "acc1", 10);
    ASSERT_TRUE(Insert(*store_, comment));
    comment.state = domain::CommentState::kHandled;
    comment.visibility = domain::CommentVisibility::kDeleted;
    comment.first_response_at = At(3);
    comment.case_id = "case-9";
    comment.urgent = true;
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Comments().UpdateComment(comment); }));
    auto got = store_->Read([](Tx& tx) { return tx.Comments().GetComment("s1", "c1"); });
    ASSERT_TRUE(got && *got);
    EXPECT_EQ((*got)->state, domain::CommentState::kHandled);
    EXPECT_EQ((*got)->visibility, domain::CommentVisibility::kDeleted);
    EXPECT_EQ((*got)->first_response_at, At(3));
    EXPECT_EQ((*got)->case_id, "case-9");
    EXPECT_TRUE((*got)->urgent);

    Comment ghost = MakeComment("nope", "acc1", 10);
    auto missing = store_->Transact([&](Tx& tx) { return tx.Comments().UpdateComment(ghost); });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);

    for (auto [id, kind, at] : {std::tuple{"a2", domain::ModerationKind::kDelete, 2},
                                std::tuple{"a1", domain::ModerationKind::kReply, 1}}) {
        domain::CommentAction action{id, "c1", "s1", kind, "why", "text", "mod1", At(at),
                                     domain::PlatformStatus::kPending};
        ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Comments().InsertAction(action); }));
    }
    auto actions = store_->Read([](Tx& tx) { return tx.Comments().ListActions("c1"); });
    ASSERT_TRUE(actions);
    ASSERT_EQ(actions->size(), 2u);
    EXPECT_EQ((*actions)[0].id, "a1");  // oldest first
    EXPECT_EQ((*actions)[0].kind, domain::ModerationKind::kReply);
    EXPECT_EQ((*actions)[1].kind, domain::ModerationKind::kDelete);
    EXPECT_EQ((*actions)[1].platform_status, domain::PlatformStatus::kPending);
    EXPECT_EQ((*actions)[1].at, At(2));
}

// Req: MON-02
TEST_P(CommentsStoreContract, QueueIsUrgentFirstThenByDueTimeWithFiltersAndPages) {
    AddSchoolAndAccount(*store_);
    Comment urgent = MakeComment("u", "acc2", 30);
    urgent.urgent = true;
    Comment answered = MakeComment("r", "acc1", -5);
    answered.first_response_at = At(-10);
    Comment handled = MakeComment("h", "acc1", 1);
    handled.state = domain::CommentState::kHandled;
    for (const Comment& comment :
         {MakeComment("late", "acc1", -1), MakeComment("soon", "acc1", 2),
          MakeComment("later", "acc1", 20), urgent, answered, handled,
          MakeComment("other", "acc3", -1)}) {
        ASSERT_TRUE(Insert(*store_, comment));
    }
    auto list = [&](domain::QueueFilter filter) {
        filter.school_id = "s1";
        auto page = store_->Read([&](Tx& tx) { return tx.Comments().ListQueue(filter, kNow); });
        EXPECT_TRUE(page);
        return page ? *page : domain::QueuePage{};
    };
    domain::QueuePage open = list({});
    EXPECT_EQ(Ids(open.comments),
              (std::vector<std::string>{"u", "r", "late", "soon", "later"}));
    EXPECT_EQ(open.total, 5);
    EXPECT_EQ(Ids(list({.account_id = "acc1"}).comments),
              (std::vector<std::string>{"r", "late", "soon", "later"}));
    EXPECT_EQ(list({.state = std::nullopt}).total, 6);
    EXPECT_EQ(Ids(list({.due = domain::DueFilter::kOverdue}).comments),
              (std::vector<std::string>{"late"}));
    EXPECT_EQ(Ids(list({.due = domain::DueFilter::kDueSoon}).comments),
              (std::vector<std::string>{"soon"}));
    domain::QueuePage second = list({.limit = 2, .offset = 2});
    EXPECT_EQ(Ids(second.comments), (std::vector<std::string>{"late", "soon"}));
    EXPECT_EQ(second.total, 5);
}

// Req: MON-10
TEST_P(CommentsStoreContract, FlaggedLogAndTimingsReadTheirWindow) {
    AddSchoolAndAccount(*store_);
    Comment hate = MakeComment("h", "acc1", 10);
    hate.categories = {"hate", "insult"};
    Comment insult = MakeComment("i", "acc2", 12);
    insult.categories = {"insult"};
    insult.first_response_at = At(-1);
    Comment old_hate = MakeComment("o", "acc1", -100);
    old_hate.categories = {"hate"};
    Comment hatemonger = MakeComment("x", "acc1", 11);
    hatemonger.categories = {"hateful"};  // a longer name is not "hate"
    for (const Comment& comment : {hate, insult, old_hate, hatemonger}) {
        ASSERT_TRUE(Insert(*store_, comment));
    }
    auto flagged = store_->Read([](Tx& tx) {
        return tx.Comments().ListFlagged("s1", {"hate", "sexual"}, At(-20), At(20));
    });
    ASSERT_TRUE(flagged);
    EXPECT_EQ(Ids(*flagged), (std::vector<std::string>{"h"}));
    auto insults = store_->Read([](Tx& tx) {
        return tx.Comments().ListFlagged("s1", {"insult"}, At(-20), At(20));
    });
    ASSERT_TRUE(insults);
    EXPECT_EQ(Ids(*insults), (std::vector<std::string>{"i", "h"}));  // newest first

    auto timings = store_->Read([](Tx& tx) {
        return tx.Comments().ListTimings("s1", "", At(-20), At(20));
    });
    ASSERT_TRUE(timings);
    ASSERT_EQ(timings->size(), 3u);
    EXPECT_EQ((*timings)[0].due_at, At(10));  // by received time
    auto one_account = store_->Read([](Tx& tx) {
        return tx.Comments().ListTimings("s1", "acc2", At(-20), At(20));
    });
    ASSERT_TRUE(one_account);
    ASSERT_EQ(one_account->size(), 1u);
    EXPECT_EQ((*one_account)[0].first_response_at, At(-1));
}

// Req: MON-04
TEST_P(CommentsStoreContract, PendingAlertsAreClaimedOnceAndListedPerRecipient) {
    AddSchoolAndAccount(*store_);
    Comment answered = MakeComment("r", "acc1", 1);
    answered.first_response_at = At(-2);
    for (const Comment& comment : {MakeComment("warn", "acc1", 3), MakeComment("late", "acc1", -1),
                                   MakeComment("later", "acc1", 30), answered}) {
        ASSERT_TRUE(Insert(*store_, comment));
    }
    auto pending =
        store_->Read([](Tx& tx) { return tx.Comments().ListPendingAlerts(kNow, 100); });
    ASSERT_TRUE(pending);
    EXPECT_EQ(Ids(*pending), (std::vector<std::string>{"late", "warn"}));  // by warning time

    auto claim = [&](std::string id) {
        return store_->Transact([&](Tx& tx) { return tx.Comments().ClaimWarning(id, kNow); });
    };
    auto first = claim("warn");
    ASSERT_TRUE(first);
    EXPECT_TRUE(*first);
    auto second = claim("warn");
    ASSERT_TRUE(second);
    EXPECT_FALSE(*second);
    auto on_answered = claim("r");
    ASSERT_TRUE(on_answered);
    EXPECT_FALSE(*on_answered);
    auto escalate = [&](std::string id) {
        return store_->Transact([&](Tx& tx) {
            return tx.Comments().ClaimEscalation(id, domain::Role::kHeadteacher, kNow);
        });
    };
    auto escalated = escalate("late");
    ASSERT_TRUE(escalated);
    EXPECT_TRUE(*escalated);
    auto again = escalate("late");
    ASSERT_TRUE(again);
    EXPECT_FALSE(*again);
    auto now_pending =
        store_->Read([](Tx& tx) { return tx.Comments().ListPendingAlerts(kNow, 100); });
    ASSERT_TRUE(now_pending);
    EXPECT_EQ(Ids(*now_pending), (std::vector<std::string>{"late"}));  // warning still unclaimed

    domain::CommentAlert warning{"al1", "s1", "warn", domain::AlertKind::kDueSoon, "mod1",
                                 domain::Role::kNone, At(3), kNow};
    domain::CommentAlert escalation{"al2", "s1", "late", domain::AlertKind::kEscalated, "",
                                    domain::Role::kHeadteacher, At(-1), kNow + std::chrono::seconds(1)};
    domain::CommentAlert answered_alert{"al3", "s1", "r", domain::AlertKind::kDueSoon, "mod1",
                                        domain::Role::kNone, At(1), kNow};
    for (const auto& alert : {warning, escalation, answered_alert}) {
        ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Comments().InsertAlert(alert); }));
    }
    auto alerts_of = [&](std::string person, std::vector<domain::Role> roles, bool unanswered) {
        auto alerts = store_->Read([&](Tx& tx) {
            return tx.Comments().ListAlerts("s1", person, roles, unanswered, 10);
        });
        EXPECT_TRUE(alerts);
        std::vector<std::string> ids;
        if (alerts) {
            for (const auto& alert : *alerts) ids.push_back(alert.id);
        }
        return ids;
    };
    EXPECT_EQ(alerts_of("mod1", {domain::Role::kAccountModerator}, true),
              (std::vector<std::string>{"al1"}));
    EXPECT_EQ(alerts_of("mod1", {}, false), (std::vector<std::string>{"al1", "al3"}));
    EXPECT_EQ(alerts_of("head1", {domain::Role::kHeadteacher, domain::Role::kDsl}, true),
              (std::vector<std::string>{"al2"}));
    EXPECT_TRUE(alerts_of("", {}, false).empty());  // no person: no person's warnings
    auto listed = store_->Read([](Tx& tx) {
        return tx.Comments().ListAlerts("s1", "", {domain::Role::kHeadteacher}, true, 10);
    });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ((*listed)[0].kind, domain::AlertKind::kEscalated);
    EXPECT_EQ((*listed)[0].role, domain::Role::kHeadteacher);
    EXPECT_EQ((*listed)[0].due_at, At(-1));
    auto stored = store_->Read([](Tx& tx) { return tx.Comments().GetComment("s1", "late"); });
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->escalated_at, kNow);
    EXPECT_EQ((*stored)->escalated_to, domain::Role::kHeadteacher);
}

// Req: AUD-04
TEST_P(CommentsStoreContract, SubjectAccessQueryFindsNamingCommentsAndListedIds) {
    AddSchoolAndAccount(*store_);
    Comment naming = MakeComment("n", "acc1", 10);
    naming.findings_json =
        "[{\"span\":[0,9],\"category\":\"personal_data\",\"rule_id\":\"pd/pupil_full_name\","
        "\"severity\":\"medium\"}]";
    Comment phone = MakeComment("p", "acc1", 11);
    phone.findings_json =
        "[{\"span\":[0,9],\"category\":\"personal_data\",\"rule_id\":\"pd/uk_mobile\","
        "\"severity\":\"medium\"}]";
    Comment linked = MakeComment("l", "acc2", 12);
    Comment elsewhere = naming;
    elsewhere.id = "e";
    elsewhere.platform_comment_id = "p-e";
    elsewhere.account_id = "acc3";
    elsewhere.school_id = "s2";
    for (const Comment& comment : {naming, phone, linked, elsewhere}) {
        ASSERT_TRUE(Insert(*store_, comment));
    }
    auto found = store_->Read([](Tx& tx) {
        return tx.Comments().ListNamingPupilsOr("s1", {"l", "e"});
    });
    ASSERT_TRUE(found);
    EXPECT_EQ(Ids(*found), (std::vector<std::string>{"n", "l"}));
    auto naming_only =
        store_->Read([](Tx& tx) { return tx.Comments().ListNamingPupilsOr("s1", {}); });
    ASSERT_TRUE(naming_only);
    EXPECT_EQ(Ids(*naming_only), (std::vector<std::string>{"n"}));
}

}  // namespace
}  // namespace steward::store::contract
