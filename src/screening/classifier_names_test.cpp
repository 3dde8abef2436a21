// Names in comments (classifier.cpp, screener.cpp DropHitsInsideNames): a pupil's or a member of
// staff's name that is also a rude word is the name, not the word; a pupil named by a first name
// alone can be a threat's target. A school of its own here, with hand-written comments.
#include "screening/model/comment_model.hpp"
#include "screening/screener.hpp"
#include "screening/screener_for_tests.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace steward::screening {
namespace {

const Screener& School() {
    static std::shared_ptr<const Screener> screener = [] {
        ScreenerConfig config;
        config.pupils = {{"Kyle", "Dick", "", ""}, {"Jade", "Bender", "", ""},
                         {"Oliver", "Grant", "", ""}, {"Storm", "Bailey", "", ""}};
        config.staff = {{"Gary", "Cock", "", "Mr"}, {"Julie", "Bell", "", "Mrs"}};
        return ScreenerWithRepositoryLexicons(std::move(config));
    }();
    return *screener;
}

std::vector<Category> Categories(const std::string& text) { return School().ScreenComment(text).categories; }

bool Has(const std::string& text, Category c) {
    auto v = Categories(text);
    return std::find(v.begin(), v.end(), c) != v.end();
}

// The rules alone: where an assertion is about how the rules read a name, not about the model.
bool RulesHave(const std::string& text, Category c) {
    model::EnableBuiltinCommentModel(false);
    const bool has = Has(text, c);
    model::EnableBuiltinCommentModel(true);
    return has;
}

// Req: MON-01
TEST(NamesInCommentsTest, ARudeWordThatIsAPupilsSurnameIsTheirNameNotAWord) {
    EXPECT_EQ(Categories("Kyle Dick is in my son's class"), std::vector<Category>{Category::kPersonalData});
    EXPECT_EQ(Categories("DICK, Kyle was brilliant in the play"), std::vector<Category>{Category::kPersonalData});
    EXPECT_EQ(School().ScreenComment("Jade Bender did the reading").action, Action::kNone);
    EXPECT_FALSE(Has("Jade Bender did the reading", Category::kHate));
    EXPECT_TRUE(School().FindOffensive("Well done Kyle Dick on your certificate").empty());
    // The same word outside a name is still the word.
    EXPECT_TRUE(Has("what a dick", Category::kProfanity));
    EXPECT_TRUE(Has("Kyle is a dick", Category::kProfanity));
    EXPECT_TRUE(Has("Kyle Dick is a dick", Category::kProfanity));
    EXPECT_TRUE(Has("my son got called a bender", Category::kHate));
}

// Req: MON-01
TEST(NamesInCommentsTest, ARudeWordThatIsAListedStaffSurnameIsTheirName) {
    EXPECT_EQ(Categories("Mr Cock takes the football club on Fridays"), std::vector<Category>{Category::kOk});
    EXPECT_TRUE(School().FindOffensive("Thanks to Mr Cock for the trip").empty());
    // Not on the staff list, or the word on its own: still profanity.
    EXPECT_TRUE(Has("Mr Knob takes the football club", Category::kProfanity));
    EXPECT_TRUE(Has("he's a cock", Category::kProfanity));
    EXPECT_TRUE(Has("Mr Cock is a cock", Category::kProfanity));
}

// Req: MON-01
TEST(NamesInCommentsTest, AThreatAtAPupilNamedByFirstNameIsAThreatAndSafeguarding) {
    const auto both = std::vector<Category>{Category::kThreat, Category::kSafeguarding};
    EXPECT_EQ(Categories("Oliver better watch his back at home time"), both);
    EXPECT_EQ(Categories("oliver's dad says oliver better watch his back"), both);
    EXPECT_EQ(School().ScreenComment("Oliver better watch his back at home time").action, Action::kDsl);
    EXPECT_EQ(Categories("Tell Storm he better watch his back"), both);  // a word name used as a name
    EXPECT_TRUE(Has("Oliver Grant is getting battered after school", Category::kSafeguarding));
    // A member of staff is a target but not a pupil; a word name used as a word is no one.
    EXPECT_EQ(Categories("Mrs Bell better watch her back"), std::vector<Category>{Category::kThreat});
    EXPECT_EQ(Categories("Mr Grant better watch his back"), std::vector<Category>{Category::kThreat});
    // (The model, which sees no names, may still read "he'd better watch his back" as a threat.)
    EXPECT_FALSE(RulesHave("after the Storm he'd better watch his back on the ice", Category::kThreat));
    EXPECT_FALSE(Has("after the Storm he'd better watch his back on the ice", Category::kSafeguarding));
    // At a sentence's start a word name is a person only when what follows is said of people.
    EXPECT_EQ(Categories("Storm better watch his back at home time"), both);
    EXPECT_EQ(Categories("Great day. Storm better watch his back at home time"), both);
    EXPECT_FALSE(Has("Storm coming in tonight so you'd better watch your back on the ice", Category::kSafeguarding));
    // A pupil named beside no threat is no one's target.
    EXPECT_EQ(Categories("Oliver watched his brother play at home time"), std::vector<Category>{Category::kOk});
}

// Req: MON-09. A sexual remark that names a pupil (a first name used as a name, or a full name) is
// about a child: also safeguarding, to the DSL, with a finding on the name. A pupil's mum, or a
// member of staff, is an adult. The rules alone, so the model's own safeguarding vote is not what
// is tested.
TEST(NamesInCommentsTest, ASexualRemarkNamingAPupilIsSafeguarding) {
    model::EnableBuiltinCommentModel(false);
    const auto both = std::vector<Category>{Category::kSexual, Category::kSafeguarding};
    for (const std::string text : {"Oliver in the swimming gala photo is well fit 🥵", "Jade Bender is well fit 🥵"}) {
        const CommentVerdict v = School().ScreenComment(text);
        std::vector<Category> got = v.categories;
        got.erase(std::remove(got.begin(), got.end(), Category::kPersonalData), got.end());
        EXPECT_EQ(got, both) << text;
        EXPECT_EQ(v.action, Action::kDsl) << text;
        const auto named = std::find_if(v.findings.begin(), v.findings.end(), [](const Finding& f) {
            return f.rule_id == "safeguarding/sexual_about_pupil";
        });
        ASSERT_NE(named, v.findings.end()) << text;
        EXPECT_EQ(text.substr(named->span.begin, 5), text.substr(0, 5));  // the name, where it stands
    }
    EXPECT_EQ(Categories("Oliver's mum is well fit 🥵"), std::vector<Category>{Category::kSexual});
    EXPECT_EQ(Categories("Mrs Bell is well fit 🥵"), std::vector<Category>{Category::kSexual});
    // Someone pointed out by place in a photo is one of the pupils in it.
    EXPECT_EQ(Categories("nice legs on the one in the middle, dm me 🥵"), both);
    EXPECT_EQ(Categories("the lass second from the left is well fit 🥵"), both);
    EXPECT_EQ(Categories("our lad is second from the left, so proud 😍"), std::vector<Category>{Category::kOk});
    model::EnableBuiltinCommentModel(true);
}

}  // namespace
}  // namespace steward::screening
