// Demo seeding through the domain workflows: Organisation, ImportRoster, EnrolUser.
#include "cli/demo_seed.hpp"
#include "cli/demo_consent.hpp"
#include "cli/demo_posts.hpp"
#include "cli/demo_contacts.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "domain/access/organisation.hpp"
#include "cli/demo_cases.hpp"
#include "domain/access/roster_import.hpp"
#include "domain/access/user_enrolment.hpp"
#include "formats/csv_reader.hpp"
#include "formats/roster_csv.hpp"
#include "policy/policy_loader.hpp"

namespace steward::cli {
namespace {

struct Tenant {
    std::string pack;
    std::string school_id;
    std::string school_name;
};

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

core::Result<std::string> ReadFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return core::Error{core::ErrorCode::kUnavailable, "Cannot read the demo file.",
                           path.string()};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Reads a CSV whose header is exactly `columns`; returns the data rows.
core::Result<std::vector<formats::CsvRecord>> ReadTable(const std::filesystem::path& path,
                                                        std::size_t columns) {
    auto text = ReadFile(path);
    if (!text) return text.error();
    auto records = formats::ParseCsv(*text, path.filename().string());
    if (!records) return records.error();
    if (records->empty()) return Invalid("The file is empty.", path.string());
    for (const auto& record : *records) {
        if (record.fields.size() != columns) {
            return Invalid("Expected " + std::to_string(columns) + " columns.",
                           path.string() + " line " + std::to_string(record.line));
        }
    }
    records->erase(records->begin());
    return records;
}

core::Status AddTenants(domain::Store& store, const core::Clock& clock,
                        const api::PolicyCatalogue& packs, const std::vector<Tenant>& tenants) {
    domain::Organisation organisation(store, clock);
    const domain::Actor system = domain::Actor::System();
    std::map<std::string, int> schools_per_pack;
    for (const auto& tenant : tenants) ++schools_per_pack[tenant.pack];
    std::set<std::string> trusts;
    for (const auto& tenant : tenants) {
        const auto pack = packs.find(tenant.pack);
        if (pack == packs.end()) {
            return Invalid("No policy pack has meta.school_id " + tenant.pack + ".",
                           "data/demo/tenants.csv");
        }
        std::string trust_id;
        if (schools_per_pack[tenant.pack] > 1) {
            trust_id = tenant.pack;
            if (trusts.insert(trust_id).second) {
                if (auto ok = organisation.AddTrust(system, {trust_id, pack->second.meta.school_name});
                    !ok) {
                    return ok;
                }
            }
        }
        if (auto ok = organisation.AddSchool(system, {tenant.school_id, tenant.school_name, trust_id});
            !ok) {
            return ok;
        }
    }
    return core::OkStatus();
}

core::Result<int> ImportRosters(domain::Store& store, const core::Clock& clock,
                                const std::filesystem::path& demo_dir,
                                const std::vector<Tenant>& tenants) {
    int pupils = 0;
    for (const auto& tenant : tenants) {
        const auto path = demo_dir / "rosters" / (tenant.school_id + ".csv");
        if (!std::filesystem::exists(path)) continue;
        auto text = ReadFile(path);
        if (!text) return text.error();
        auto roster = formats::ParseRosterCsv(*text, path.filename().string());
        if (!roster) return roster.error();
        auto imported = domain::ImportRoster(store, clock, domain::Actor::System(tenant.school_id),
                                             tenant.school_id, *roster);
        if (!imported) return imported.error();
        pupils += static_cast<int>(roster->size());
    }
    return pupils;
}

// users.csv: username,display_name,pack,school_id,role,email; school_id "*" = across the pack's trust,
// held by a person of the trust's first school.
core::Result<std::vector<DemoLogin>> AddUsers(domain::Store& store, const core::Clock& clock,
                                              const std::filesystem::path& path,
                                              const std::vector<Tenant>& tenants,
                                              const std::string& password_hash) {
    auto rows = ReadTable(path, 6);
    if (!rows) return rows.error();
    std::vector<DemoLogin> logins;
    for (const auto& row : *rows) {
        const auto& f = row.fields;
        domain::Enrolment enrolment;
        enrolment.username = f[0];
        enrolment.display_name = f[1];
        enrolment.email = f[5];
        enrolment.school_id = f[3];
        enrolment.password_hash = password_hash;
        enrolment.role = domain::ParseRole(f[4]);
        const std::string where = path.string() + " line " + std::to_string(row.line);
        if (!enrolment.role) return Invalid("The role is not a canonical role key.", where);
        if (f[3] == "*") {
            enrolment.role_across_trust = true;
            for (const auto& tenant : tenants) {
                if (tenant.pack == f[2]) {
                    enrolment.school_id = tenant.school_id;
                    break;
                }
            }
        }
        auto enrolled = domain::EnrolUser(store, clock, domain::Actor::System(), enrolment);
        if (!enrolled) {
            auto error = enrolled.error();
            error.where = where;
            return error;
        }
        logins.push_back({f[0], f[4], f[3]});
    }
    return logins;
}

core::Result<std::vector<DemoLogin>> ListLogins(const std::filesystem::path& path) {
    auto rows = ReadTable(path, 6);
    if (!rows) return rows.error();
    std::vector<DemoLogin> logins;
    for (const auto& row : *rows) logins.push_back({row.fields[0], row.fields[4], row.fields[3]});
    return logins;
}

}  // namespace

core::Result<api::PolicyCatalogue> LoadPolicyCatalogue(const std::filesystem::path& policy_dir) {
    api::PolicyCatalogue packs;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(policy_dir, ec)) {
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    }
    if (ec) {
        return core::Error{core::ErrorCode::kUnavailable, "Cannot read the policy pack folder.",
                           policy_dir.string()};
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto pack = policy::LoadPolicyPackFile(file);
        if (!pack) return pack.error();
        std::string id = pack->meta.school_id;
        packs.emplace(std::move(id), std::move(*pack));
    }
    return packs;
}

core::Result<DemoSeed> SeedDemo(domain::Store& store, const core::Clock& clock,
                                const api::PolicyCatalogue& packs,
                                const std::filesystem::path& demo_dir,
                                const security::PasswordHashLimits& limits) {
    DemoSeed seed;
    auto existing = store.Read([](domain::Tx& tx) { return tx.Access().ListSchools(""); });
    if (!existing) return existing.error();
    if (!existing->empty()) {
        auto logins = ListLogins(demo_dir / "users.csv");
        if (!logins) return logins.error();
        seed.logins = std::move(*logins);
        seed.schools = static_cast<int>(existing->size());
        return seed;
    }
    auto rows = ReadTable(demo_dir / "tenants.csv", 3);
    if (!rows) return rows.error();
    std::vector<Tenant> tenants;
    for (const auto& row : *rows) tenants.push_back({row.fields[0], row.fields[1], row.fields[2]});
    if (auto ok = AddTenants(store, clock, packs, tenants); !ok) return ok.error();
    auto pupils = ImportRosters(store, clock, demo_dir, tenants);
    if (!pupils) return pupils.error();
    auto hash = security::HashPassword(kDemoPassword, limits);
    if (!hash) return hash.error();
    auto logins = AddUsers(store, clock, demo_dir / "users.csv", tenants, *hash);
    if (!logins) return logins.error();
    if (auto ok = SeedDemoCases(store, clock, packs); !ok) return ok.error();
    if (auto ok = SeedDemoConsent(store, clock); !ok) return ok.error();
    if (auto ok = SeedDemoAccounts(store, clock); !ok) return ok.error();
    if (auto ok = SeedDemoContacts(store, clock, demo_dir / "contacts"); !ok) return ok.error();
    seed.seeded = true;
    seed.logins = std::move(*logins);
    seed.schools = static_cast<int>(tenants.size());
    seed.pupils = *pupils;
    return seed;
}

}  // namespace steward::cli
