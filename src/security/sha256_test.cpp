#include "security/sha256.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace steward::security {
namespace {

TEST(Sha256Test, MatchesKnownVectors) {
    EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Test, HashesEmbeddedNulBytes) {
    const std::string with_nul("a\0b", 3);
    EXPECT_NE(Sha256Hex(with_nul), Sha256Hex("ab"));
    EXPECT_EQ(Sha256Hex(with_nul).size(), 64u);
}

TEST(Sha256Test, IsSafeFromManyThreads) {
    std::vector<std::thread> threads;
    std::vector<std::string> results(8);
    for (size_t index = 0; index < results.size(); ++index) {
        threads.emplace_back([&results, index] { results[index] = Sha256Hex("abc"); });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& result : results) EXPECT_EQ(result, Sha256Hex("abc"));
}

}  // namespace
}  // namespace steward::security
