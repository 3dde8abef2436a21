#include "domain/posts/takedowns.hpp"

#include <gtest/gtest.h>

#include "policy/policy_loader.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

// Wednesday 23 September 2026, 10:00 UTC.
const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'157'600)));

ConsentRecord Consent(std::string id, Platform platform, bool video) {
    ConsentRecord record;
    record.id = std::move(id);
    record.school_id = "s1";
    record.pupil_id = "p1";
    record.academic_year = AcademicYear{2026};
    record.platform = platform;
    record.image = true;
    record.video = video;
    record.name = true;
    record.recorded_on = Date{2026, 9, 5};
    record.method = "paper";
    record.recorded_by = "dpo";
    record.created_at = kClock.Now();
    return record;
}

Post Published(std::string id, MediaKind kind) {
    Post post;
    post.id = std::move(id);
    post.school_id = "s1";
    post.account_id = "acc-1";
    post.platform = Platform::kFacebook;
    post.media_kind = kind;
    post.caption = "Sports day";
    post.posting_date = Date{2026, 9, 10};
    post.tagged_pupil_ids = {"p1"};
    post.state = PostState::kPublished;
    post.author_id = "comms";
    return post;
}

class TakedownsTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        auto pack = policy::LoadPolicyPackFile(std::string(STEWARD_SOURCE_DIR) +
                                               "/policies/clarendon.toml");
        ASSERT_TRUE(pack);
        pack_ = std::move(*pack);
        ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
            if (auto ok = tx.Access().InsertSchool({"s1", "One", ""}); !ok) return ok;
            Person comms{"comms", "s1", "", "Comms", "", PersonCategory::kSupportStaff, "2024-09-01"};
            if (auto ok = tx.Access().InsertPerson(comms); !ok) return ok;
            if (auto ok = tx.Access().UpsertPupil("s1", Pupil{"p1", "Ada", "Lovelace", "", "5", false});
                !ok) {
                return ok;
            }
            OfficialAccount account;
            account.id = "acc-1";
            account.school_id = "s1";
            account.platform = Platform::kFacebook;
            account.handle = "@s1";
            account.administrators = {"comms"};
            if (auto ok = tx.Accounts().AddAccount(account); !ok) return ok;
            if (auto ok = tx.Consent().Add(Consent("cr-1", Platform::kFacebook, true)); !ok) return ok;
            for (const Post& post : {Published("video-1", MediaKind::kVideo),
                                     Published("video-2", MediaKind::kVideo),
                                     Published("image-1", MediaKind::kImage)}) {
                if (auto ok = tx.Posts().InsertPost(post); !ok) return ok;
            }
            return core::OkStatus();
        }));
    }

    // Withdraws by amending: the video right is withdrawn from 20 September.
    core::Result<std::vector<std::string>> WithdrawVideo() {
        return store_->Transact([&](Tx& tx) -> core::Result<std::vector<std::string>> {
            ConsentRecord amended = Consent("cr-2", Platform::kFacebook, false);
            amended.recorded_on = Date{2026, 9, 20};
            amended.amends_id = "cr-1";
            amended.revision = 2;
            if (auto ok = tx.Consent().Add(amended); !ok) return ok.error();
            return OpenTakedownTasks(tx, Actor{"dpo", Role::kDpo, "s1"}, kClock, &pack_, "s1", "p1",
                                     Date{2026, 9, 20});
        });
    }

    std::unique_ptr<Store> store_;
    policy::PolicyPack pack_;
};

// Req: CON-07
TEST_F(TakedownsTest, WithdrawnVideoConsentOpensATaskPerVideoPostAndSparesImages) {
    auto opened = WithdrawVideo();
    ASSERT_TRUE(opened) << opened.error().ToString();
    ASSERT_EQ(opened->size(), 2u);
    auto tasks = store_->Read([](Tx& tx) { return tx.Posts().ListTakedowns("s1", true); });
    ASSERT_TRUE(tasks);
    ASSERT_EQ(tasks->size(), 2u);
    for (const auto& task : *tasks) {
        EXPECT_NE(task.post_id, "image-1");
        EXPECT_EQ(task.assignees, std::vector<std::string>{"comms"});
        EXPECT_EQ(task.pupil_id, "p1");
        // Clarendon's pack is silent, so the 24-hour response deadline applies: a Wednesday
        // 10:00 withdrawal is due Thursday 10:00.
        EXPECT_EQ(task.due_at, kClock.Now() + std::chrono::hours(24));
    }
    auto again = WithdrawVideo();
    ASSERT_FALSE(again) << "the same consent cannot be added twice";
}

// Req: CON-07
TEST_F(TakedownsTest, TaskClosesAsRemovedTakingThePostDownOrWithAReason) {
    auto opened = WithdrawVideo();
    ASSERT_TRUE(opened);
    const Actor comms{"comms", Role::kCommunicationsLead, "s1"};
    auto no_reason = CloseTakedownTask(*store_, kClock, comms, "s1", opened->at(0),
                                       TakedownOutcome::kNotReasonablyPracticable, " ");
    ASSERT_FALSE(no_reason);
    EXPECT_EQ(no_reason.error().where, "note");
    auto removed = CloseTakedownTask(*store_, kClock, comms, "s1", opened->at(0),
                                     TakedownOutcome::kRemoved, "");
    ASSERT_TRUE(removed) << removed.error().ToString();
    auto post = store_->Read([&](Tx& tx) { return tx.Posts().FindPost("s1", removed->post_id); });
    ASSERT_TRUE(post && *post);
    EXPECT_EQ((*post)->state, PostState::kTakenDown);
    auto twice = CloseTakedownTask(*store_, kClock, comms, "s1", opened->at(0),
                                   TakedownOutcome::kRemoved, "");
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, core::ErrorCode::kFailedPrecondition);
    auto impractical = CloseTakedownTask(*store_, kClock, comms, "s1", opened->at(1),
                                         TakedownOutcome::kNotReasonablyPracticable,
                                         "Reshared by the local paper");
    ASSERT_TRUE(impractical);
    auto open = store_->Read([](Tx& tx) { return tx.Posts().ListTakedowns("s1", true); });
    EXPECT_TRUE(open->empty());
}

}  // namespace
}  // namespace steward::domain
