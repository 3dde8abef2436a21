// The demo tenants of `steward serve --demo`: the five policy packs of policies/, the trusts and
// schools of data/demo/tenants.csv, a roster per school (data/demo/rosters/) and the users of
// data/demo/users.csv, all through the domain workflows (audited like any other change).
// Entry points: SeedDemo(), LoadPolicyCatalogue().
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "api/auth/api_environment.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "domain/ports/store.hpp"
#include "security/password_hash.hpp"

namespace steward::cli {

// The one password every demo account gets. A laptop demo only: anyone who reads this file or
// the start-up banner can sign in, so never seed --demo on a server others can reach.
inline constexpr std::string_view kDemoPassword = "demo-only-steward-laptop";

struct DemoLogin {
    std::string username;
    std::string role;       // canonical key
    std::string school_id;  // "*" for a role held across the trust
};

struct DemoSeed {
    bool seeded = false;  // false when the database already held schools (nothing changed)
    std::vector<DemoLogin> logins;
    int schools = 0;
    int pupils = 0;
};

// Loads every policies/*.toml of `policy_dir`, keyed by meta.school_id. kInvalidInput naming the
// file for a pack that does not load.
core::Result<api::PolicyCatalogue> LoadPolicyCatalogue(const std::filesystem::path& policy_dir);

// Seeds an empty database from `demo_dir` (data/demo) and `packs`: a trust per pack with more
// than one school, the schools, their rosters and the users, with kDemoPassword hashed under
// `limits`. When the database already has schools, writes nothing and returns the logins.
// Errors name the file and line (kInvalidInput) or come from the store.
core::Result<DemoSeed> SeedDemo(domain::Store& store, const core::Clock& clock,
                                const api::PolicyCatalogue& packs,
                                const std::filesystem::path& demo_dir,
                                const security::PasswordHashLimits& limits);

}  // namespace steward::cli
