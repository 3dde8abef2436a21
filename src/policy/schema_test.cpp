// The schema table matches SCHEMA.md's shape: every key once, a default or "required", enum keys
// with their allowed values, and every key of a seed pack known.
#include "policy/schema.hpp"

#include <gtest/gtest.h>

#include <set>

namespace steward::policy {
namespace {

TEST(SchemaTest, HasEveryKeyOnce) {
    std::set<std::string> paths;
    for (const KeySpec& spec : Schema()) {
        EXPECT_TRUE(paths.insert(spec.path).second) << spec.path;
    }
    // 217 plain keys + 16 role titles + 14 routes + 14 route policies.
    EXPECT_EQ(Schema().size(), 261u);
}

TEST(SchemaTest, EveryKeyIsRequiredOrHasADefault) {
    int required = 0;
    for (const KeySpec& spec : Schema()) {
        if (spec.required) {
            ++required;
            EXPECT_TRUE(spec.default_text.empty()) << spec.path;
        } else {
            EXPECT_FALSE(spec.default_text.empty() && spec.kind != ValueKind::kString &&
                         spec.kind != ValueKind::kDate)
                << spec.path;
        }
    }
    EXPECT_EQ(required, 9);
}

TEST(SchemaTest, EnumKeysCarryTheirAllowedValues) {
    const KeySpec* spec = FindKeySpec("monitoring.weekend_rule");
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->kind, ValueKind::kEnum);
    EXPECT_EQ(spec->allowed, (std::vector<std::string_view>{"next_working_day", "clock_runs"}));
    EXPECT_EQ(spec->default_text, "\"next_working_day\"");
    const KeySpec* vetting = FindKeySpec("monitoring.follower_vetting_role");
    ASSERT_NE(vetting, nullptr);
    EXPECT_EQ(vetting->allowed, (std::vector<std::string_view>{"named_per_account"}));
}

TEST(SchemaTest, RangesFollowSchemaMd) {
    const KeySpec* interval = FindKeySpec("policy.review_interval_months");
    ASSERT_NE(interval, nullptr);
    EXPECT_EQ(interval->min_value, 1);
    EXPECT_EQ(interval->max_value, 60);
    const KeySpec* age = FindKeySpec("platforms.minimum_user_age");
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(age->max_value, 18);
    EXPECT_EQ(age->default_text, "13");
}

TEST(SchemaTest, TablesAreKnown) {
    for (const char* table :
         {"meta", "roles.titles", "incidents.routes", "incidents.route_policies",
          "acknowledgement.documents", "data_protection.retention_days"}) {
        EXPECT_TRUE(IsSchemaTable(table)) << table;
    }
    EXPECT_FALSE(IsSchemaTable("posts.approver_roles"));
}

}  // namespace
}  // namespace steward::policy
