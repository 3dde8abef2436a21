#include "security/password_hash.hpp"

#include <gtest/gtest.h>

namespace steward::security {
namespace {

const PasswordHashLimits kFast = PasswordHashLimits::ForTests();

TEST(PasswordHashTest, HashIsArgon2idAndVerifiesOnlyTheSamePassword) {
    auto hash = HashPassword("correct horse battery", kFast);
    ASSERT_TRUE(hash) << hash.error().ToString();
    EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery"));
    EXPECT_FALSE(VerifyPassword(*hash, "correct horse batterY"));
    EXPECT_FALSE(VerifyPassword(*hash, ""));
}

TEST(PasswordHashTest, SamePasswordGetsADifferentSaltEachTime) {
    auto first = HashPassword("correct horse battery", kFast);
    auto second = HashPassword("correct horse battery", kFast);
    ASSERT_TRUE(first && second);
    EXPECT_NE(*first, *second);
}

TEST(PasswordHashTest, EmptyAndOversizedPasswordsAreRefused) {
    auto empty = HashPassword("", kFast);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_FALSE(HashPassword(std::string(5000, 'x'), kFast));
}

TEST(PasswordHashTest, GarbageHashNeverVerifies) {
    EXPECT_FALSE(VerifyPassword("", "anything at all"));
    EXPECT_FALSE(VerifyPassword("$2y$10$notargon", "anything at all"));
    EXPECT_FALSE(VerifyPassword(std::string(500, '$'), "anything at all"));
}

TEST(PasswordHashTest, HashMadeWithOtherLimitsNeedsRehash) {
    auto hash = HashPassword("correct horse battery", kFast);
    ASSERT_TRUE(hash);
    EXPECT_FALSE(PasswordNeedsRehash(*hash, kFast));
    EXPECT_TRUE(PasswordNeedsRehash(*hash, PasswordHashLimits{2, 16u * 1024}));
    EXPECT_TRUE(PasswordNeedsRehash("not a hash", kFast));
}

}  // namespace
}  // namespace steward::security
