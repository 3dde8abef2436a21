// Contract of the accounts, posts and schools rooms' stores on every engine: accounts with runners
// and webhook lookup, posts with their pupils, checks with findings, history, takedown tasks,
// concurrent checks of one post, and the school's own contacts the post check exempts.
#include <gtest/gtest.h>

#include <thread>

#include "domain/accounts/account_register.hpp"
#include "domain/posts/post_workflow.hpp"
#include "store/contract/store_fixture.hpp"

namespace steward::store::contract {
namespace {

using domain::Tx;

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

core::Status Seed(Tx& tx) {
    if (auto ok = tx.Access().InsertSchool({"s1", "School One", ""}); !ok) return ok;
    for (const char* id : {"comms", "head"}) {
        domain::Person person{id, "s1", "", "Staff", "", domain::PersonCategory::kSupportStaff,
                              "2024-09-01"};
        if (auto ok = tx.Access().InsertPerson(person); !ok) return ok;
    }
    return tx.Access().UpsertPupil("s1", domain::Pupil{"p1", "Ada", "Lovelace", "", "5", false});
}

domain::OfficialAccount Account() {
    domain::OfficialAccount account;
    account.id = "acc-1";
    account.school_id = "s1";
    account.platform = domain::Platform::kInstagram;
    account.handle = "@s1";
    account.external_id = "17841400000";
    account.administrators = {"comms"};
    account.moderators = {"head"};
    account.created_at = kClock.Now();
    account.created_by = "head";
    return account;
}

domain::Post APost() {
    domain::Post post;
    post.id = "post-1";
    post.school_id = "s1";
    post.account_id = "acc-1";
    post.platform = domain::Platform::kInstagram;
    post.media_kind = domain::MediaKind::kImage;
    post.caption = "Well done Ada";
    post.posting_date = domain::Date{2026, 10, 5};
    post.tagged_pupil_ids = {"p1"};
    post.author_id = "comms";
    post.created_at = post.updated_at = kClock.Now();
    return post;
}

// Req: ACC-01
TEST_P(PostsStoreContract, AccountsKeepRunnersAndAreFoundByPlatformId) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
        if (auto ok = Seed(tx); !ok) return ok;
        return tx.Accounts().AddAccount(Account());
    }));
    auto found = store_->Read([](Tx& tx) {
        return tx.Accounts().FindAccountByPlatformId(domain::Platform::kInstagram, "17841400000");
    });
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->administrators, std::vector<std::string>{"comms"});
    EXPECT_EQ((*found)->moderators, std::vector<std::string>{"head"});
    auto other_platform = store_->Read([](Tx& tx) {
        return tx.Accounts().FindAccountByPlatformId(domain::Platform::kFacebook, "17841400000");
    });
    ASSERT_TRUE(other_platform);
    EXPECT_FALSE(*other_platform);
    auto duplicate = store_->Transact([](Tx& tx) {
        domain::OfficialAccount again = Account();
        again.id = "acc-2";
        again.external_id = "";
        return tx.Accounts().AddAccount(again);
    });
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, core::ErrorCode::kAlreadyExists);
}

// Req: PST-17
// Req: CON-07
TEST_P(PostsStoreContract, PostsChecksHistoryAndTakedownsRoundTrip) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
        if (auto ok = Seed(tx); !ok) return ok;
        if (auto ok = tx.Accounts().AddAccount(Account()); !ok) return ok;
        domain::Post post = APost();
        if (auto ok = tx.Posts().InsertPost(post); !ok) return ok;
        domain::PostCheckRecord check{post.id, 0, 1, kClock.Now(), "comms", {}};
        check.result.decision = domain::PostDecision::kNeedsChanges;
        check.result.reasons = {domain::PostReason::kFullNameWithMedia};
        check.result.findings = {{domain::PostReason::kFullNameWithMedia, "p1", 10, 22,
                                  "p1's full name appears with an image."}};
        if (auto ok = tx.Posts().AddCheck(check); !ok) return ok;
        check.result.findings[0].message = "second";
        if (auto ok = tx.Posts().AddCheck(check); !ok) return ok;
        for (const char* action : {"create", "check"}) {
            domain::PostEvent event{post.id, 0, kClock.Now(), "comms", "communications_lead",
                                    action, "draft", "draft", ""};
            if (auto ok = tx.Posts().AddEvent(event); !ok) return ok;
        }
        post.state = domain::PostState::kPublished;
        post.named_pupil_ids = {"p2"};
        post.live_url = "https://instagram.com/p/1";
        return tx.Posts().UpdatePost(post);
    }));
    auto read = store_->Read([](Tx& tx) -> core::Status {
        auto post = tx.Posts().FindPost("s1", "post-1");
        EXPECT_TRUE(post && *post);
        EXPECT_EQ((*post)->state, domain::PostState::kPublished);
        EXPECT_EQ((*post)->posting_date, (domain::Date{2026, 10, 5}));
        EXPECT_EQ((*post)->named_pupil_ids, std::vector<std::string>{"p2"});
        auto check = tx.Posts().LatestCheck("post-1");
        EXPECT_TRUE(check && *check);
        EXPECT_EQ((*check)->seq, 2);
        EXPECT_EQ((*check)->result.findings.at(0).message, "second");
        EXPECT_EQ((*check)->result.findings.at(0).begin, 10u);
        auto events = tx.Posts().ListEvents("post-1");
        EXPECT_EQ(events->size(), 2u);
        EXPECT_EQ(events->at(1).seq, 2);
        auto showing = tx.Posts().PublishedPostsShowing("s1", "p2");
        EXPECT_EQ(showing->size(), 1u);
        EXPECT_TRUE(tx.Posts().PublishedPostsShowing("s1", "p9")->empty());
        auto stats = tx.Posts().CountChecks("s1", kClock.Now(), kClock.Now() + std::chrono::hours(1));
        EXPECT_EQ(stats->checks, 2);
        EXPECT_EQ(stats->needs_changes, 2);
        return core::OkStatus();
    });
    ASSERT_TRUE(read);
    domain::TakedownTask task;
    task.id = "td-1";
    task.school_id = "s1";
    task.post_id = "post-1";
    task.pupil_id = "p1";
    task.reason = "consent_withdrawn";
    task.opened_at = kClock.Now();
    task.due_at = kClock.Now() + std::chrono::hours(24);
    task.assignees = {"comms"};
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Posts().InsertTakedown(task); }));
    auto twice = store_->Transact([&](Tx& tx) {
        domain::TakedownTask again = task;
        again.id = "td-2";
        return tx.Posts().InsertTakedown(again);
    });
    ASSERT_FALSE(twice) << "one open task per post and pupil";
    task.open = false;
    task.outcome = domain::TakedownOutcome::kNotReasonablyPracticable;
    task.note = "Shared widely by the local paper";
    task.closed_by = "comms";
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Posts().CloseTakedown(task); }));
    auto listed = store_->Read([](Tx& tx) { return tx.Posts().ListTakedowns("s1", false); });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_FALSE(listed->at(0).open);
    EXPECT_EQ(listed->at(0).assignees, std::vector<std::string>{"comms"});
    EXPECT_EQ(listed->at(0).outcome, domain::TakedownOutcome::kNotReasonablyPracticable);
    auto open = store_->Read([](Tx& tx) { return tx.Posts().ListTakedowns("s1", true); });
    EXPECT_TRUE(open->empty());
}

// Eight writers check one post at once, as eight browser tabs or wrk connections do. Each reads
// the post first (as every change of a post does), so they queue on it: before, PostgreSQL gave
// two of them the same check number and answered 409 "already exists" to most.
TEST_P(PostsStoreContract, ConcurrentChecksOfOnePostEachGetTheirOwnNumber) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
        if (auto ok = Seed(tx); !ok) return ok;
        if (auto ok = tx.Accounts().AddAccount(Account()); !ok) return ok;
        return tx.Posts().InsertPost(APost());
    }));
    constexpr int kWriters = 8;
    constexpr int kRounds = 5;
    std::vector<core::Status> outcomes(kWriters * kRounds, core::OkStatus());
    std::vector<std::thread> writers;
    for (int writer = 0; writer < kWriters; ++writer) {
        writers.emplace_back([&, writer] {
            for (int round = 0; round < kRounds; ++round) {
                outcomes[static_cast<size_t>(writer * kRounds + round)] =
                    store_->Transact([](Tx& tx) -> core::Status {
                        auto post = tx.Posts().FindPost("s1", "post-1");
                        if (!post) return post.error();
                        domain::PostCheckRecord check{"post-1", 0, 1, kClock.Now(), "comms", {}};
                        if (auto ok = tx.Posts().AddCheck(check); !ok) return ok;
                        domain::PostEvent event{"post-1", 0, kClock.Now(), "comms",
                                                "communications_lead", "check", "draft",
                                                "checked", ""};
                        if (auto ok = tx.Posts().AddEvent(event); !ok) return ok;
                        (*post)->state = domain::PostState::kChecked;
                        return tx.Posts().UpdatePost(**post);
                    });
            }
        });
    }
    for (auto& writer : writers) writer.join();
    for (const auto& outcome : outcomes) {
        EXPECT_TRUE(outcome) << outcome.error().ToString();
    }
    auto latest = store_->Read([](Tx& tx) { return tx.Posts().LatestCheck("post-1"); });
    ASSERT_TRUE(latest && *latest);
    EXPECT_EQ((*latest)->seq, kWriters * kRounds);
    auto events = store_->Read([](Tx& tx) { return tx.Posts().ListEvents("post-1"); });
    ASSERT_TRUE(events);
    EXPECT_EQ(events->size(), static_cast<size_t>(kWriters * kRounds));
}

domain::SchoolContacts BrookfieldContacts() {
    domain::SchoolContacts contacts;
    contacts.address = "Brookfield Academy, Pound Lane, Kingsmead, Bristol";
    contacts.postcode = "BS15 9QX";
    contacts.phones = {"0117 496 0382", "0117 496 0519"};
    contacts.emails = {"office@brookfield.bristol.sch.uk"};
    contacts.website = "www.brookfieldacademy.org.uk";
    contacts.handles = {"@brookfield_academy", "BrookfieldAcademyBristol"};
    contacts.motto_hashtags = {"#TeamBrookfield"};
    contacts.public_venues = {{"Kingsmead Leisure Centre", "2 Mill Lane, Kingsmead", "BS15 3HT"},
                              {"St Anne's Church Hall", "41 Church Road", "BS15 7EA"}};
    return contacts;
}

// The school's own contacts come back in the order they were set, a replacement replaces them
// all, and each change raises the roster version the screener cache is keyed on.
TEST_P(PostsStoreContract, SchoolContactsRoundTripAndRaiseTheRosterVersion) {
    ASSERT_TRUE(store_->Transact([](Tx& tx) { return Seed(tx); }));
    const auto version = [&] {
        auto read = store_->Read([](Tx& tx) { return tx.Access().RosterVersion("s1"); });
        EXPECT_TRUE(read);
        return read ? *read : -1;
    };
    auto empty = store_->Read([](Tx& tx) { return tx.Schools().ReadContacts("s1"); });
    ASSERT_TRUE(empty);
    EXPECT_EQ(*empty, domain::SchoolContacts{});
    const auto before = version();
    ASSERT_TRUE(store_->Transact(
        [](Tx& tx) { return tx.Schools().ReplaceContacts("s1", BrookfieldContacts()); }));
    auto stored = store_->Read([](Tx& tx) { return tx.Schools().ReadContacts("s1"); });
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, BrookfieldContacts());
    const auto after = version();
    EXPECT_GT(after, before);

    domain::SchoolContacts fewer;
    fewer.phones = {"01632 960000"};
    ASSERT_TRUE(store_->Transact([&](Tx& tx) { return tx.Schools().ReplaceContacts("s1", fewer); }));
    auto replaced = store_->Read([](Tx& tx) { return tx.Schools().ReadContacts("s1"); });
    ASSERT_TRUE(replaced);
    EXPECT_EQ(*replaced, fewer);
    EXPECT_GT(version(), after);

    auto unknown = store_->Transact(
        [&](Tx& tx) { return tx.Schools().ReplaceContacts("nowhere", BrookfieldContacts()); });
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, core::ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace steward::store::contract
