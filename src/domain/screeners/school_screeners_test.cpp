#include "domain/screeners/school_screeners.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <unordered_set>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/access/roster_import.hpp"
#include "screening/plan_cache.hpp"
#include "store/open_store.hpp"

namespace steward::domain {
namespace {

class SchoolScreenersTest : public testing::Test {
  protected:
    void SetUp() override {
        auto opened = store::OpenStore("sqlite::memory:");
        ASSERT_TRUE(opened);
        store_ = std::move(*opened);
        Organisation organisation(*store_, clock_);
        ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s1", "School One", ""}));
        ASSERT_TRUE(organisation.AddSchool(Actor::System(), {"s2", "School Two", ""}));
    }

    void Import(const std::string& school, const std::vector<Pupil>& pupils) {
        ASSERT_TRUE(ImportRoster(*store_, clock_, Actor::System(school), school, pupils));
    }

    // The ids of the pupils whose full name the screener finds in `text`.
    static std::vector<std::string> FullNames(const SchoolScreener& screener,
                                              std::string_view text) {
        std::vector<std::string> ids;
        for (const auto& mention : screener.names().FindMentions(text, {})) {
            ids.push_back(mention.person_id);
        }
        return ids;
    }

    std::int64_t Version(const std::string& school) {
        auto version = store_->Read([&](Tx& tx) { return tx.Access().RosterVersion(school); });
        EXPECT_TRUE(version);
        return version ? *version : -1;
    }

    core::FixedClock clock_{core::TimePoint(std::chrono::seconds(1'790'000'000))};
    std::unique_ptr<Store> store_;
};

const Pupil kAda{"p1", "Ada", "Lovelace", "", "5", false};
const Pupil kGrace{"p2", "Grace", "Hopper", "", "6", false};

// The old comments cache kept a screener for 10 minutes: an import went unseen meanwhile.
TEST_F(SchoolScreenersTest, ARosterImportIsSeenByTheVeryNextGet) {
    Import("s1", {kAda});
    SchoolScreeners screeners(*store_);
    auto before = screeners.Get("s1");
    ASSERT_TRUE(before) << before.error().ToString();
    EXPECT_EQ(FullNames(**before, "Well done Grace Hopper"), std::vector<std::string>{});
    EXPECT_EQ((*before)->FindPupil("p2"), nullptr);

    Import("s1", {kAda, kGrace});
    const std::size_t plans = screening::PlansCompiled();
    auto after = screeners.Get("s1");
    ASSERT_TRUE(after) << after.error().ToString();
    // Only the names are new: the lexicons' compiled databases are the ones already in use.
    EXPECT_EQ(screening::PlansCompiled(), plans);
    EXPECT_EQ(FullNames(**after, "Well done Grace Hopper"), std::vector<std::string>{"p2"});
    ASSERT_NE((*after)->FindPupil("p2"), nullptr);
    EXPECT_GT((*after)->roster_version(), (*before)->roster_version());
    // The engine knows the new pupil too: a full name in a comment is personal data.
    ASSERT_NE((*after)->screener(), nullptr);
    const auto verdict = (*after)->screener()->ScreenComment("Grace Hopper was crying today");
    EXPECT_NE(std::find(verdict.categories.begin(), verdict.categories.end(),
                        screening::Category::kPersonalData),
              verdict.categories.end());
}

TEST_F(SchoolScreenersTest, AnUnchangedRosterIsCompiledOnce) {
    Import("s1", {kAda, kGrace});
    SchoolScreeners screeners(*store_);
    auto first = screeners.Get("s1");
    ASSERT_TRUE(first);
    const std::int64_t version = Version("s1");
    Import("s1", {kAda, kGrace});  // the same roster again changes nothing
    EXPECT_EQ(Version("s1"), version);
    auto second = screeners.Get("s1");
    ASSERT_TRUE(second);
    EXPECT_EQ(first->get(), second->get());
    EXPECT_EQ(screeners.compilations(), 1);
}

TEST_F(SchoolScreenersTest, TwoSchoolsNeverShareAScreener) {
    Import("s1", {kAda});
    Import("s2", {kGrace});
    ASSERT_EQ(Version("s1"), Version("s2"));  // same version number, different schools
    SchoolScreeners screeners(*store_);
    auto one = screeners.Get("s1");
    const std::size_t plans = screening::PlansCompiled();
    auto two = screeners.Get("s2");
    EXPECT_EQ(screening::PlansCompiled(), plans);  // their own names, the same compiled lexicons
    ASSERT_TRUE(one);
    ASSERT_TRUE(two);
    EXPECT_NE(one->get(), two->get());
    EXPECT_EQ((*one)->school_id(), "s1");
    EXPECT_EQ(FullNames(**one, "Ada Lovelace and Grace Hopper"), std::vector<std::string>{"p1"});
    EXPECT_EQ(FullNames(**two, "Ada Lovelace and Grace Hopper"), std::vector<std::string>{"p2"});
    EXPECT_EQ(screeners.compilations(), 2);
}

TEST_F(SchoolScreenersTest, StaffAreTheNameIndexContextAndAChangeRecompiles) {
    Import("s1", {kAda});
    SchoolScreeners screeners(*store_);
    auto before = screeners.Get("s1");
    ASSERT_TRUE(before);
    EXPECT_TRUE((*before)->profile().staff.empty());
    PeopleRegister people(*store_, clock_);
    ASSERT_TRUE(people.AddPerson(Actor::System("s1"),
                                 {"t1", "s1", "", "Mrs Jane Smith", "", PersonCategory::kTeachingStaff,
                                  "2024-09-01"}));
    // Display names that are not a person's name never become staff names.
    ASSERT_TRUE(people.AddPerson(Actor::System("s1"),
                                 {"t2", "s1", "", "Demo headteacher", "",
                                  PersonCategory::kTeachingStaff, "2024-09-01"}));
    auto after = screeners.Get("s1");
    ASSERT_TRUE(after);
    ASSERT_EQ((*after)->profile().staff.size(), 1u);
    EXPECT_EQ((*after)->profile().staff[0].title, "Mrs");
    EXPECT_EQ((*after)->profile().staff[0].first_name, "Jane");
    EXPECT_EQ((*after)->profile().staff[0].surname, "Smith");
    EXPECT_EQ((*after)->profile().name, "School One");
    EXPECT_EQ(screeners.compilations(), 2);  // both additions in one recompile
}

TEST_F(SchoolScreenersTest, UnknownSchoolIsNotFoundAndCachesNothing) {
    SchoolScreeners screeners(*store_);
    auto missing = screeners.Get("nowhere");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, core::ErrorCode::kNotFound);
    EXPECT_EQ(screeners.compilations(), 0);
}

TEST_F(SchoolScreenersTest, CallersAtOnceShareOneCompile) {
    Import("s1", {kAda, kGrace});
    SchoolScreeners screeners(*store_);
    std::vector<const SchoolScreener*> got(4, nullptr);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < got.size(); ++i) {
        threads.emplace_back([&, i] {
            auto screener = screeners.Get("s1");
            if (screener) got[i] = screener->get();
        });
    }
    for (auto& thread : threads) thread.join();
    const std::unordered_set<const SchoolScreener*> distinct(got.begin(), got.end());
    EXPECT_EQ(distinct.size(), 1u);
    EXPECT_NE(got[0], nullptr);
    EXPECT_EQ(screeners.compilations(), 1);
}

}  // namespace
}  // namespace steward::domain
