// Demo accounts through the accounts room's RegisterAccount.
#include "cli/demo_posts.hpp"

#include <set>

#include "domain/accounts/account_register.hpp"

namespace steward::cli {
namespace {

core::Result<std::vector<std::string>> Holders(domain::Store& store, const std::string& school_id,
                                               std::initializer_list<domain::Role> roles) {
    return store.Read([&](domain::Tx& tx) -> core::Result<std::vector<std::string>> {
        std::set<std::string> ids;
        for (domain::Role role : roles) {
            auto holders = tx.Access().HoldersOf(school_id, role);
            if (!holders) return holders.error();
            for (const auto& holder : *holders) {
                if (holder.school_id == school_id) ids.insert(holder.person_id);
            }
        }
        return std::vector<std::string>(ids.begin(), ids.end());
    });
}

core::Status SeedSchool(domain::Store& store, const core::Clock& clock,
                        const domain::School& school) {
    using domain::Role;
    auto administrators = Holders(store, school.id,
                                  {Role::kCommunicationsLead, Role::kAccountAdministrator});
    if (!administrators) return administrators.error();
    if (administrators->empty()) {
        administrators = Holders(store, school.id, {Role::kHeadteacher});
        if (!administrators) return administrators.error();
    }
    if (administrators->empty()) return core::OkStatus();
    auto moderators = Holders(store, school.id, {Role::kAccountModerator});
    if (!moderators) return moderators.error();
    for (auto [platform, site] : {std::pair{domain::Platform::kFacebook, "www.facebook.com"},
                                  std::pair{domain::Platform::kInstagram, "www.instagram.com"}}) {
        domain::NewAccount account{school.id,
                                   platform,
                                   "@" + school.id,
                                   "https://" + std::string(site) + "/" + school.id,
                                   "demo-" + std::string(domain::PlatformName(platform)) + "-" +
                                       school.id,
                                   *administrators,
                                   *moderators};
        auto added = domain::RegisterAccount(store, clock, domain::Actor::System(school.id),
                                             std::move(account));
        if (!added) return added.error();
    }
    return core::OkStatus();
}

}  // namespace

core::Status SeedDemoAccounts(domain::Store& store, const core::Clock& clock) {
    auto schools = store.Read([](domain::Tx& tx) { return tx.Access().ListSchools(""); });
    if (!schools) return schools.error();
    for (const auto& school : *schools) {
        if (auto ok = SeedSchool(store, clock, school); !ok) return ok;
    }
    return core::OkStatus();
}

}  // namespace steward::cli
