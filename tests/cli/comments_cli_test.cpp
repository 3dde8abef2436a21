// `steward import comments` and `steward comments due-check` run as processes, as a school's IT
// lead would from a shell or cron, against a demo database.
#include <gtest/gtest.h>

#include <string>

#include "demo_cli_fixture.hpp"
#include "domain/ports/store.hpp"

namespace steward::cli {
namespace {

class CommentsCliTest : public DemoCliTest {
  protected:
    void SetUp() override {
        DemoCliTest::SetUp();
        auto store = store::OpenStore(url_);
        ASSERT_TRUE(store);
        auto accounts =
            (*store)->Read([](domain::Tx& tx) { return tx.Accounts().ListAccounts("kenn"); });
        ASSERT_TRUE(accounts && !accounts->empty());
        account_id_ = accounts->front().id;  // the demo's own Kenn account
    }

    RunResult Import(const std::string& file) {
        return RunSteward("import comments --database " + url_ + " --school kenn --account " +
                          account_id_ + " " + file);
    }

    std::string account_id_;
};

TEST_F(CommentsCliTest, ImportQueuesEachCommentOnceAndRefusesABadFileWhole) {
    const std::string bad = WriteFile("bad.csv",
                                      "comment_id,author_handle,text,received_at\n"
                                      "c-1,@a,When is sports day?,2026-11-18T10:00:00Z\n"
                                      "c-2,@b,,2026-11-18T10:00:00Z\n");
    RunResult refused = Import(bad);
    EXPECT_EQ(refused.exit_code, 1) << refused.output;
    EXPECT_NE(refused.output.find("line 3"), std::string::npos) << refused.output;

    const std::string good =
        WriteFile("good.csv",
                  "comment_id,author_handle,text,received_at\n"
                  "c-1,@a,When is sports day?,2026-11-18T10:00:00Z\n"
                  "c-3,@c,Lovely photos of the harvest festival,2026-11-18T11:00:00Z\n");
    RunResult first = Import(good);
    ASSERT_EQ(first.exit_code, 0) << first.output;
    // Nothing of the refused file was kept: both rows of the good one are new.
    EXPECT_NE(first.output.find("2 queued"), std::string::npos) << first.output;
    EXPECT_NE(first.output.find("0 already queued"), std::string::npos) << first.output;

    RunResult again = Import(good);
    ASSERT_EQ(again.exit_code, 0) << again.output;
    EXPECT_NE(again.output.find("0 queued"), std::string::npos) << again.output;
    EXPECT_NE(again.output.find("2 already queued"), std::string::npos) << again.output;
}

// Req: MON-04
TEST_F(CommentsCliTest, DueCheckEscalatesAnOverdueQuestionOnceOnly) {
    // A question received long ago is overdue however the pack counts its hours.
    const std::string old =
        WriteFile("old.csv",
                  "comment_id,author_handle,text,received_at\n"
                  "q-1,@parent,When does the trip leave?,2024-01-08T09:00:00Z\n");
    ASSERT_EQ(Import(old).exit_code, 0);
    RunResult first = RunSteward("comments due-check --database " + url_);
    ASSERT_EQ(first.exit_code, 0) << first.output;
    EXPECT_NE(first.output.find("\"escalated\":1"), std::string::npos) << first.output;
    RunResult second = RunSteward("comments due-check --database " + url_);
    ASSERT_EQ(second.exit_code, 0) << second.output;
    EXPECT_NE(second.output.find("\"escalated\":0"), std::string::npos) << second.output;
}

TEST_F(CommentsCliTest, ABrokenPolicyPackStopsTheCommandWithItsFileName) {
    const auto packs = dir_ / "packs";
    std::filesystem::create_directories(packs);
    WriteFile("packs/broken.toml", "[meta\nschool_id = \"kenn\"\n");
    RunResult run =
        RunSteward("comments due-check --database " + url_ + " --policies " + packs.string());
    EXPECT_EQ(run.exit_code, 1) << run.output;
    EXPECT_NE(run.output.find("broken.toml"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace steward::cli
