// The cases room's enum keys round-trip through policy::EnumTraits, and "" never parses.
#include "domain/cases/case_types.hpp"

#include <gtest/gtest.h>

#include "domain/cases/follower_types.hpp"

namespace steward::domain {
namespace {

template <class E, class Key, class Parse>
void ExpectRoundTrip(int count, Key key, Parse parse) {
    for (int index = 0; index < count; ++index) {
        const auto value = static_cast<E>(index);
        const std::string_view name = key(value);
        if (name.empty()) continue;
        ASSERT_EQ(parse(name), value) << name;
    }
    EXPECT_EQ(parse("no_such_key"), std::nullopt);
}

TEST(CaseTypesTest, EveryKeyParsesBackToItsEnumerator) {
    ExpectRoundTrip<ConcernType>(kConcernTypeCount, ConcernTypeKey, ParseConcernType);
    ExpectRoundTrip<CaseState>(5, CaseStateKey, ParseCaseState);
    ExpectRoundTrip<CaseOutcome>(6, CaseOutcomeKey, ParseCaseOutcome);
    ExpectRoundTrip<RequesterKind>(7, RequesterKindKey, ParseRequesterKind);
    ExpectRoundTrip<FollowerDecision>(3, FollowerDecisionKey, ParseFollowerDecision);
    EXPECT_EQ(ConcernTypeKey(ConcernType::kDataProtectionBreach), "data_protection_breach");
    EXPECT_EQ(CaseStateKey(CaseState::kInvestigating), "investigating");
}

TEST(CaseTypesTest, UndecidedOutcomeIsSpelledEmptyAndCannotBeChosen) {
    EXPECT_EQ(CaseOutcomeKey(CaseOutcome::kNone), "");
    EXPECT_EQ(ParseCaseOutcome(""), std::nullopt);
    EXPECT_EQ(ParseConcernType(""), std::nullopt);
    EXPECT_EQ(ParseCaseState(""), std::nullopt);
}

}  // namespace
}  // namespace steward::domain
