#include "domain/accounts/account_register.hpp"

#include <gtest/gtest.h>

#include "store/open_store.hpp"

namespace steward::domain {
namespace {

const core::FixedClock kClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

class AccountRegisterTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        ASSERT_TRUE(store_->Transact([](Tx& tx) -> core::Status {
            for (const char* id : {"s1", "s2"}) {
                if (auto ok = tx.Access().InsertSchool({id, id, ""}); !ok) return ok;
            }
            for (auto [id, school] : {std::pair{"comms", "s1"}, std::pair{"admin", "s1"},
                                      std::pair{"other", "s2"}}) {
                Person person{id, school, "", "Staff", "", PersonCategory::kSupportStaff,
                              "2024-09-01"};
                if (auto ok = tx.Access().InsertPerson(person); !ok) return ok;
            }
            return core::OkStatus();
        }));
    }

    NewAccount Facebook() {
        return NewAccount{"s1", Platform::kFacebook, "@s1school", "https://facebook.com/s1",
                          "1001", {"comms", "admin", "comms"}, {"admin"}};
    }

    std::unique_ptr<Store> store_;
    Actor head_{"head", Role::kHeadteacher, "s1"};
};

// Req: ACC-01
TEST_F(AccountRegisterTest, RegisteredAccountIsStoredWithItsRunnersAndAudited) {
    auto added = RegisterAccount(*store_, kClock, head_, Facebook());
    ASSERT_TRUE(added) << added.error().ToString();
    EXPECT_EQ(added->administrators, (std::vector<std::string>{"admin", "comms"}));
    auto found = store_->Read([&](Tx& tx) { return tx.Accounts().GetAccount("s1", added->id); });
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->handle, "@s1school");
    EXPECT_EQ((*found)->moderators, (std::vector<std::string>{"admin"}));
    EXPECT_TRUE((*found)->IsRunner("comms"));
    auto by_platform = store_->Read(
        [](Tx& tx) { return tx.Accounts().FindAccountByPlatformId(Platform::kFacebook, "1001"); });
    ASSERT_TRUE(by_platform && *by_platform);
    EXPECT_EQ((*by_platform)->id, added->id);
    auto other_school = store_->Read([&](Tx& tx) { return tx.Accounts().GetAccount("s2", added->id); });
    ASSERT_TRUE(other_school);
    EXPECT_FALSE(*other_school);
    auto events = store_->Read([](Tx& tx) { return tx.Audit().List(0, 100); });
    ASSERT_TRUE(events);
    ASSERT_FALSE(events->empty());
    EXPECT_EQ(events->back().action, "accounts.add_account");
    EXPECT_EQ(events->back().object_id, added->id);
}

TEST_F(AccountRegisterTest, SameHandleTwiceOnOnePlatformIsRefused) {
    ASSERT_TRUE(RegisterAccount(*store_, kClock, head_, Facebook()));
    NewAccount again = Facebook();
    again.external_id = "";
    auto second = RegisterAccount(*store_, kClock, head_, again);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, core::ErrorCode::kAlreadyExists);
    again.platform = Platform::kInstagram;
    EXPECT_TRUE(RegisterAccount(*store_, kClock, head_, again));
}

TEST_F(AccountRegisterTest, RunnerFromAnotherSchoolIsRefusedAndNothingIsWritten) {
    NewAccount request = Facebook();
    request.moderators = {"other"};
    auto added = RegisterAccount(*store_, kClock, head_, request);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().code, core::ErrorCode::kNotFound);
    EXPECT_EQ(added.error().where, "moderators");
    auto listed = store_->Read([](Tx& tx) { return tx.Accounts().ListAccounts("s1"); });
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->empty());
}

TEST_F(AccountRegisterTest, BadFieldsNameTheField) {
    NewAccount request = Facebook();
    request.administrators.clear();
    EXPECT_EQ(RegisterAccount(*store_, kClock, head_, request).error().where, "administrators");
    request = Facebook();
    request.url = "javascript:alert(1)";
    EXPECT_EQ(RegisterAccount(*store_, kClock, head_, request).error().where, "url");
    request = Facebook();
    request.handle = "";
    EXPECT_EQ(RegisterAccount(*store_, kClock, head_, request).error().where, "handle");
}

}  // namespace
}  // namespace steward::domain
