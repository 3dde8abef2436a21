#include "screening/plan_cache.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "screening/screener.hpp"
#include "screening/screener_internal.hpp"

namespace steward::screening {
namespace {

// A small lexicon of its own, so that no other test in this process has compiled its plan.
std::vector<LexiconEntry> Words(std::string_view extra = "") {
    auto parsed = ParseLexicon("@kind profanity\n@severity medium\nzorbleflap\n" +
                                   std::string(extra) + "\n",
                               "plan_cache_test.txt");
    EXPECT_TRUE(parsed) << parsed.error().ToString();
    return parsed ? *parsed : std::vector<LexiconEntry>{};
}

std::shared_ptr<const Screener> Make(std::vector<LexiconEntry> lexicon, std::vector<PersonName> pupils,
                                     std::vector<std::string> allow = {}) {
    ScreenerConfig config;
    config.lexicon = std::move(lexicon);
    config.pupils = std::move(pupils);
    config.allow = std::move(allow);
    auto created = Screener::Create(config);
    EXPECT_TRUE(created) << created.error().ToString();
    return created ? *created : nullptr;
}

bool Has(const CommentVerdict& verdict, Category category) {
    return std::find(verdict.categories.begin(), verdict.categories.end(), category) !=
           verdict.categories.end();
}

bool NamesPupil(const CommentVerdict& verdict) {
    return std::any_of(verdict.findings.begin(), verdict.findings.end(),
                       [](const Finding& f) { return f.rule_id == "pd/pupil_full_name"; });
}

TEST(PlanCacheTest, SchoolsWithTheSameWordsShareOneCompiledPlanButKeepTheirOwnRosters) {
    const std::size_t before = PlansCompiled();
    auto first = Make(Words(), {{"Amara", "Okafor", "", ""}});
    EXPECT_EQ(PlansCompiled(), before + 1);
    auto second = Make(Words(), {{"Tobias", "Wren", "", ""}});
    EXPECT_EQ(PlansCompiled(), before + 1) << "the same rules were compiled twice";
    ASSERT_TRUE(first && second);

    EXPECT_TRUE(Has(first->ScreenComment("what zorbleflap"), Category::kProfanity));
    EXPECT_TRUE(Has(second->ScreenComment("what zorbleflap"), Category::kProfanity));
    EXPECT_TRUE(NamesPupil(first->ScreenComment("Well done Amara Okafor")));
    EXPECT_FALSE(NamesPupil(first->ScreenComment("Well done Tobias Wren")));
    EXPECT_TRUE(NamesPupil(second->ScreenComment("Well done Tobias Wren")));
    EXPECT_FALSE(NamesPupil(second->ScreenComment("Well done Amara Okafor")));
}

TEST(PlanCacheTest, ASchoolsOwnWordsOrAllowancesGetTheirOwnPlan) {
    auto shipped = Make(Words(), {});
    const std::size_t before = PlansCompiled();
    auto added = Make(Words("quillopod"), {});
    EXPECT_EQ(PlansCompiled(), before + 1);
    auto allowed = Make(Words(), {}, {"zorbleflap"});
    EXPECT_EQ(PlansCompiled(), before + 2);
    ASSERT_TRUE(shipped && added && allowed);

    EXPECT_FALSE(Has(shipped->ScreenComment("a quillopod"), Category::kProfanity));
    EXPECT_TRUE(Has(added->ScreenComment("a quillopod"), Category::kProfanity));
    EXPECT_TRUE(Has(shipped->ScreenComment("what zorbleflap"), Category::kProfanity));
    EXPECT_FALSE(Has(allowed->ScreenComment("what zorbleflap"), Category::kProfanity));
}

TEST(PlanCacheTest, APlanIsFreedWithItsLastScreenerAndCompiledAgainWhenNeeded) {
    std::size_t before = 0;
    {
        auto only = Make(Words("flumptastic"), {});
        before = PlansCompiled();
        auto again = Make(Words("flumptastic"), {});
        EXPECT_EQ(PlansCompiled(), before);
    }
    auto later = Make(Words("flumptastic"), {});
    EXPECT_EQ(PlansCompiled(), before + 1);
    ASSERT_TRUE(later);
    EXPECT_TRUE(Has(later->ScreenComment("so flumptastic"), Category::kProfanity));
}

TEST(PlanCacheTest, KeysDifferWhenAnyCompiledFieldDiffers) {
    Rule rule;
    rule.kind = "profanity";
    rule.regex = "abc";
    const std::string base = PlanKey({rule});
    Rule other = rule;
    other.regex = "abd";
    EXPECT_NE(PlanKey({other}), base);
    other = rule;
    other.canonical_regex = "abc";
    EXPECT_NE(PlanKey({other}), base);
    other = rule;
    other.entry.suffixes = {"s"};
    EXPECT_NE(PlanKey({other}), base);
    other = rule;
    other.lead_boundary = true;
    EXPECT_NE(PlanKey({other}), base);
    other = rule;
    other.group = ScanGroup::kDigit;
    EXPECT_NE(PlanKey({other}), base);
    // Length prefixes: moving a character from one field to the next is a different key.
    Rule a = rule, b = rule;
    a.kind = "ab";
    a.tag = "c";
    b.kind = "a";
    b.tag = "bc";
    EXPECT_NE(PlanKey({a}), PlanKey({b}));
    EXPECT_EQ(PlanKey({rule, rule}), PlanKey({rule, rule}));
}

}  // namespace
}  // namespace steward::screening
