#include "security/hmac.hpp"

#include <gtest/gtest.h>

namespace steward::security {
namespace {

// RFC 4231 test case 2.
TEST(HmacTest, MatchesRfc4231Vector) {
    EXPECT_EQ(HmacSha256Hex("Jefe", "what do ya want for nothing?"),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(HmacTest, VerifiesOnlyTheRightSignature) {
    const std::string signature = HmacSha256Hex("secret", "{\"object\":\"page\"}");
    EXPECT_TRUE(VerifyHmacSha256Hex("secret", "{\"object\":\"page\"}", signature));
    std::string upper = signature;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_TRUE(VerifyHmacSha256Hex("secret", "{\"object\":\"page\"}", upper));
    EXPECT_FALSE(VerifyHmacSha256Hex("other", "{\"object\":\"page\"}", signature));
    EXPECT_FALSE(VerifyHmacSha256Hex("secret", "{\"object\":\"pagE\"}", signature));
    EXPECT_FALSE(VerifyHmacSha256Hex("secret", "x", "zz"));
    EXPECT_FALSE(VerifyHmacSha256Hex("secret", "x", std::string(64, 'g')));
}

}  // namespace
}  // namespace steward::security
