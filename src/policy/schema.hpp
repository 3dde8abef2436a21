// The policy-pack schema as data: one KeySpec per key of policies/SCHEMA.md (path, type, allowed
// values or range, default, required), so validation, defaults and the defaulted-keys report all
// come from one table. Internal to the policy library (its readers take toml++ nodes).
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/policy_loader.hpp"
#include "policy/policy_pack.hpp"

namespace steward::policy {

enum class ValueKind {
    kBool,
    kInt,
    kString,
    kDate,
    kTime,
    kStringList,
    kEnum,
    kEnumList,
    kRole,
    kRoleList
};

// Where a KeySpec reader writes its value and reports problems while one file is loaded.
struct ReadContext {
    PolicyPack& pack;
    std::vector<PolicyProblem>& problems;
    std::string_view file;
    int suggestions_left = 50;  // "did you mean" lookups are bounded so junk input stays fast

    // Adds a problem located at `node`'s source position.
    void Report(const toml::node& node, std::string_view key, std::string message);
    // Adds a problem located at `where` (line 1 if the region is unknown).
    void ReportAt(const toml::source_region& where, std::string_view key, std::string message);
};

struct KeySpec {
    std::string path;  // dotted, e.g. "posts.approver_roles"
    ValueKind kind = ValueKind::kString;
    std::vector<std::string_view> allowed;  // enum names; role special values; fixed strings
    std::int64_t min_value = 0;             // ints only
    std::int64_t max_value = 0;             // ints only
    bool required = false;                  // no default: a missing key is a problem
    bool computed = false;                  // default derived after loading (next_review_due)
    bool non_empty = false;                 // lists that must name at least one value
    std::string default_text;               // as written in TOML, for messages and docs
    // Extra check on string values (slug, zone, key path): returns "" or what to fix.
    std::function<std::string(std::string_view value)> text_check;
    std::function<void(PolicyPack&)> apply_default;
    // Validates `node` and stores its value in the pack, or reports a problem.
    std::function<void(const toml::node&, const KeySpec&, ReadContext&)> read;
    // Returns the canonical roles the key holds (role and role-list keys only, else empty).
    std::function<std::vector<Role>(const PolicyPack&)> referenced_roles;
};

// Returns every key of the schema, in SCHEMA.md order. Built once; thread-safe.
const std::vector<KeySpec>& Schema();

// Returns the key with this dotted path, or nullptr.
const KeySpec* FindKeySpec(std::string_view path);

// Returns true for the dotted path of a table ("posts", "incidents.routes", ...).
bool IsSchemaTable(std::string_view path);

// Returns every key path and table path, for "did you mean" suggestions.
const std::vector<std::string>& KnownPaths();

}  // namespace steward::policy
