#include "security/password_rules.hpp"

#include <gtest/gtest.h>

namespace steward::security {
namespace {

const PasswordContext kContext{"j.smith@clarendon.sch.uk", "Clarendon Infant and Junior Schools"};

TEST(PasswordRulesTest, ThreeRandomWordsAreAccepted) {
    EXPECT_TRUE(CheckPassword("kettle orbit lantern", kContext));
    EXPECT_TRUE(CheckPassword("kettleorbitlantern", kContext));
}

TEST(PasswordRulesTest, NoCompositionRules) {
    EXPECT_TRUE(CheckPassword("allsmallletters", kContext));
    EXPECT_TRUE(CheckPassword("9381726354", kContext));
}

TEST(PasswordRulesTest, ShorterThanTenCharactersIsRefusedWithAnActionableMessage) {
    auto status = CheckPassword("kettle12", kContext);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(status.error().where, "password");
    EXPECT_NE(status.error().message.find("at least 10"), std::string::npos);
}

TEST(PasswordRulesTest, LengthCountsCharactersNotBytes) {
    // Nine characters, eighteen bytes: still too short.
    EXPECT_FALSE(CheckPassword("ééééééééé", kContext));
    EXPECT_TRUE(CheckPassword("éééééééééé", kContext));
}

TEST(PasswordRulesTest, LongerThan256CharactersIsRefused) {
    EXPECT_TRUE(CheckPassword(std::string(256, 'q'), kContext));
    EXPECT_FALSE(CheckPassword(std::string(257, 'q'), kContext));
}

TEST(PasswordRulesTest, CommonPasswordsAreRefusedWhateverTheCase) {
    for (const char* common :
         {"password123", "qwertyuiop", "letmein123", "Liverpool1!", "PASSWORD2024", "iloveyou12"}) {
        auto status = CheckPassword(common, kContext);
        ASSERT_FALSE(status) << common;
        EXPECT_NE(status.error().message.find("commonly used"), std::string::npos) << common;
    }
}

TEST(PasswordRulesTest, CommonWordWithDigitsAndSymbolsAddedIsRefused) {
    EXPECT_TRUE(IsCommonPassword("Sunshine20242024!!"));
    EXPECT_FALSE(IsCommonPassword("sunshine kettle"));
}

TEST(PasswordRulesTest, ListHoldsAboutAThousandPasswords) {
    EXPECT_TRUE(IsCommonPassword("123456"));
    EXPECT_TRUE(IsCommonPassword("abcdefghijkl"));  // the last line of the data file
}

TEST(PasswordRulesTest, PasswordContainingTheUsernameIsRefused) {
    auto status = CheckPassword("my name is J.Smith ok", kContext);
    ASSERT_FALSE(status);
    EXPECT_NE(status.error().message.find("username"), std::string::npos);
}

TEST(PasswordRulesTest, PasswordContainingTheSchoolNameIsRefused) {
    auto status = CheckPassword("ClarendonRocks!", kContext);
    ASSERT_FALSE(status);
    EXPECT_NE(status.error().message.find("school"), std::string::npos);
    // Generic words of the name ("Junior", "Schools") are not refused on their own.
    EXPECT_TRUE(CheckPassword("junior kettle orbit", kContext));
}

TEST(PasswordRulesTest, InvalidUtf8IsRefused) {
    EXPECT_FALSE(CheckPassword("abcdefghij\xff", kContext));
}

}  // namespace
}  // namespace steward::security
