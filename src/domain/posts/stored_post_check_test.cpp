#include "domain/posts/stored_post_check.hpp"

#include <gtest/gtest.h>

#include "domain/access/organisation.hpp"
#include "domain/access/roster_import.hpp"
#include "domain/screeners/school_screeners.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class StoredPostCheckTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s1", "One", ""}));
        ASSERT_TRUE(Organisation(*store_, clock_).AddSchool(Actor::System(), {"s2", "Two", ""}));
    }

    void Import(const std::string& school, const std::vector<Pupil>& pupils) {
        ASSERT_TRUE(ImportRoster(*store_, clock_, Actor::System(school), school, pupils));
    }

    // Checks a text-only post of `school` whose caption is `caption`, as POST posts/{id}/check
    // does: the screener for the version in the store now, then one read transaction.
    PostCheckResult Check(const std::string& school, const std::string& caption) {
        auto compiled = screeners_->Get(school);
        EXPECT_TRUE(compiled) << (compiled ? "" : compiled.error().ToString());
        if (!compiled) return {};
        Post post;
        post.id = "post-1";
        post.school_id = school;
        post.platform = Platform::kInstagram;
        post.media_kind = MediaKind::kNone;
        post.posting_date = Date{2026, 10, 5};
        post.caption = caption;
        auto result = store_->Read([&](Tx& tx) {
            return EvaluatePost(tx, CompiledCheck{*compiled, PostRules{}}, post);
        });
        EXPECT_TRUE(result) << (result ? "" : result.error().ToString());
        return result ? *result : PostCheckResult{};
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
    std::unique_ptr<SchoolScreeners> screeners_;
};

const Pupil kAda{"p1", "Ada", "Lovelace", "", "5", false};
const Pupil kGrace{"p2", "Grace", "Hopper", "", "6", false};

// With the old per-school caches a new roster went unseen (comments: 10 minutes).
TEST_F(StoredPostCheckTest, ARosterImportIsSeenByTheVeryNextCheck) {
    Import("s1", {kAda});
    screeners_ = std::make_unique<SchoolScreeners>(*store_);
    const std::string caption = "Congratulations Grace Hopper on the science prize";
    EXPECT_TRUE(Check("s1", caption).findings.empty());
    Import("s1", {kAda, kGrace});
    const PostCheckResult after = Check("s1", caption);
    ASSERT_EQ(after.findings.size(), 1u);
    EXPECT_EQ(after.findings[0].reason, PostReason::kNameWithoutConsent);
    EXPECT_EQ(after.findings[0].pupil_id, "p2");
}

TEST_F(StoredPostCheckTest, AnotherSchoolsPupilIsNeverFound) {
    Import("s1", {kAda});
    Import("s2", {kGrace});
    screeners_ = std::make_unique<SchoolScreeners>(*store_);
    EXPECT_TRUE(Check("s1", "Congratulations Grace Hopper").findings.empty());
    EXPECT_EQ(Check("s2", "Congratulations Grace Hopper").findings.size(), 1u);
}

}  // namespace
}  // namespace steward::domain
