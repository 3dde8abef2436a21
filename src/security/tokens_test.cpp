#include "security/tokens.hpp"

#include <gtest/gtest.h>

#include <set>

namespace steward::security {
namespace {

TEST(TokensTest, GeneratedTokenIs43UrlSafeCharacters) {
    const std::string token = GenerateToken();
    EXPECT_EQ(token.size(), kTokenCharacters);
    EXPECT_TRUE(IsWellFormedToken(token));
    EXPECT_EQ(
        token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
}

TEST(TokensTest, TokensDoNotRepeat) {
    std::set<std::string> seen;
    for (int count = 0; count < 1000; ++count) seen.insert(GenerateToken());
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(TokensTest, MalformedTokensAreRefused) {
    EXPECT_FALSE(IsWellFormedToken(""));
    EXPECT_FALSE(IsWellFormedToken(std::string(43, '=')));
    EXPECT_FALSE(IsWellFormedToken(std::string(42, 'a')));
    EXPECT_FALSE(IsWellFormedToken(std::string(44, 'a')));
    EXPECT_TRUE(IsWellFormedToken(std::string(43, 'a')));
}

TEST(TokensTest, ConstantTimeEqualsComparesContentAndLength) {
    EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
    EXPECT_TRUE(ConstantTimeEquals("", ""));
    EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
    EXPECT_FALSE(ConstantTimeEquals("abc", "abcd"));
}

TEST(TokensTest, HashIsSha256HexAndMatchesOnlyItsToken) {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    EXPECT_EQ(HashToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const std::string token = GenerateToken();
    const std::string stored = HashToken(token);
    EXPECT_NE(stored, token);
    EXPECT_TRUE(TokenMatchesHash(token, stored));
    EXPECT_FALSE(TokenMatchesHash(GenerateToken(), stored));
}

}  // namespace
}  // namespace steward::security
