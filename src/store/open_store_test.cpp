#include "store/open_store.hpp"

#include <gtest/gtest.h>

namespace steward::store {
namespace {

TEST(OpenStoreTest, UnknownSchemeIsRefusedWithTheAcceptedForms) {
    for (const char* url : {"mysql://localhost/db", "sqlite:", "steward.db", ""}) {
        auto opened = OpenStore(url);
        ASSERT_FALSE(opened) << url;
        EXPECT_EQ(opened.error().code, core::ErrorCode::kInvalidInput);
        EXPECT_EQ(opened.error().where, "--database");
        EXPECT_NE(opened.error().message.find("sqlite:PATH"), std::string::npos);
    }
}

TEST(OpenStoreTest, UnreachablePostgresIsUnavailableWithoutThePassword) {
    auto opened = OpenStore("postgresql://steward:s3cret-pw@127.0.0.1:1/steward?connect_timeout=2");
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, core::ErrorCode::kUnavailable);
    EXPECT_EQ(opened.error().ToString().find("s3cret-pw"), std::string::npos);
}

TEST(OpenStoreTest, SqliteFileInMissingDirectoryIsUnavailable) {
    auto opened = OpenStore("sqlite:/nonexistent-dir/steward.db");
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, core::ErrorCode::kUnavailable);
}

TEST(OpenStoreTest, InMemoryStoreOpensMigrated) {
    auto opened = OpenStore("sqlite::memory:");
    ASSERT_TRUE(opened) << opened.error().ToString();
    auto head = (*opened)->Read([](domain::Tx& tx) { return tx.Audit().Head(); });
    ASSERT_TRUE(head);
    EXPECT_EQ(head->seq, 0);
}

}  // namespace
}  // namespace steward::store
