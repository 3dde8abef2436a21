// Test fixture of the comments room: in-memory SQLite with school s1 (a DSL, a headteacher, an
// account moderator), a Facebook account (page id 1001) and the Kenn/Kenton policy pack.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/civil_date.hpp"
#include "domain/comments/comment_intake.hpp"
#include "domain/ports/store.hpp"
#include "policy/policy_loader.hpp"
#include "store/open_store.hpp"

namespace steward::domain::testing {

// Returns the UTC instant of a UTC wall-clock time.
inline core::TimePoint Utc(int year, unsigned month, unsigned day, int hour, int minute = 0) {
    const auto date = std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month),
                                                  std::chrono::day(day));
    return core::TimePoint(std::chrono::sys_days(date)) + std::chrono::hours(hour) +
           std::chrono::minutes(minute);
}

inline constexpr char kHateText[] = "Not being funny but get these fuking gyppos out of our school.";
inline constexpr char kSafeguardingText[] = "you're so mature for your age, add me on snap x";
inline constexpr char kComplaintText[] =
    "With respect, the reading books coming home are far too easy and nobody has changed them "
    "since September";
inline constexpr char kQuestionText[] =
    "hiya! where do we drop off donations for the tombola? many thanks";

class CommentsFixture : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        auto pack = policy::LoadPolicyPackFile(std::string(STEWARD_SOURCE_DIR) +
                                               "/policies/kenn-kenton.toml");
        ASSERT_TRUE(pack) << pack.error().ToString();
        pack_ = std::move(*pack);
        ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
            if (auto ok = tx.Access().InsertSchool({"s1", "School One", ""}); !ok) return ok;
            for (auto [id, role] : {std::pair{"dsl1", Role::kDsl},
                                    std::pair{"head1", Role::kHeadteacher},
                                    std::pair{"mod1", Role::kAccountModerator},
                                    std::pair{"slt1", Role::kSeniorLeadershipTeam}}) {
                Person person{id, "s1", "", "Staff", "", PersonCategory::kSupportStaff,
                              "2024-09-01"};
                if (auto ok = tx.Access().InsertPerson(person); !ok) return ok;
                RoleAssignment assignment;
                assignment.person_id = id;
                assignment.role = role;
                assignment.school_id = "s1";
                if (auto ok = tx.Access().InsertRole(assignment); !ok) return ok;
            }
            OfficialAccount account;
            account.id = "acc1";
            account.school_id = "s1";
            account.platform = Platform::kFacebook;
            account.handle = "@s1school";
            account.external_id = "1001";
            account.moderators = {"mod1"};
            return tx.Accounts().AddAccount(account);
        }));
        screeners_ = std::make_unique<SchoolScreeners>(*store_);
        intake_ = std::make_unique<CommentIntake>(
            *store_, clock_, *screeners_, [this](const School&) { return &pack_; });
    }

    IncomingComment Incoming(std::string id, std::string text, core::TimePoint at) {
        IncomingComment incoming;
        incoming.school_id = "s1";
        incoming.account_id = "acc1";
        incoming.platform = Platform::kFacebook;
        incoming.platform_comment_id = std::move(id);
        incoming.author_handle = "someone";
        incoming.author_name = "Some One";
        incoming.text = std::move(text);
        incoming.received_at = at;
        return incoming;
    }

    Comment IngestOk(std::string id, std::string text, core::TimePoint at) {
        auto result = intake_->Ingest(Actor::System("s1"), Incoming(std::move(id), std::move(text), at));
        EXPECT_TRUE(result) << (result ? "" : result.error().ToString());
        return result ? result->comment : Comment{};
    }

    core::FixedClock clock_{Utc(2026, 11, 21, 10)};
    std::unique_ptr<Store> store_;
    policy::PolicyPack pack_;
    std::unique_ptr<SchoolScreeners> screeners_;  // one per store, as in the server
    std::unique_ptr<CommentIntake> intake_;
    Actor moderator_{"mod1", Role::kAccountModerator, "s1"};
};

}  // namespace steward::domain::testing
